// The cases (trường hợp) of a procedure: which case a request is received under, the papers,
// time and fees of that case for the dossier's channel, and what is wrong with a set of cases.
#include "SampleData.h"
#include "catalogue/ProcedureVersions.h"
#include "workflow/IntakeBuilder.h"

#include <QtTest>

using namespace motcua;

namespace {

const QDate kToday(2026, 12, 7);

IntakeRequest request(int caseId, Channel channel, const QList<int>& papers)
{
    IntakeRequest r;
    r.procedureCode = QStringLiteral("1.001193");
    r.caseId = caseId;
    r.channel = channel;
    r.owner = {QStringLiteral("Nguyễn Thị Ánh"), QStringLiteral("001190012345"), {}, {}, {}, {}};
    for (int id : papers)
        r.components.append({id, 1, 0, 0, {}});
    return r;
}

QStringList codes(const QList<Error>& problems)
{
    QStringList out;
    for (const Error& e : problems)
        out << e.code + u'@' + e.path;
    return out;
}

} // namespace

class TstProcedureCases : public QObject {
    Q_OBJECT

private slots:
    void aProcedureWithoutCasesIsItsOwnCase()
    {
        const Procedure p = test::sampleProcedure();
        QVERIFY(!p.hasCaseChoice());
        const QList<ProcedureCase> all = p.caseList();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.first().id, 0);
        QCOMPARE(all.first().components, p.components);
        QCOMPARE(all.first().fees, p.fees);
        QCOMPARE(p.caseFor(0)->statutoryTime, Duration::days(3));
        QVERIFY(!p.caseFor(1)); // no case 1 to name
    }

    void theFirstCaseIsMirroredForOlderClients()
    {
        const Procedure p = test::sampleProcedureWithCases();
        QVERIFY(p.hasCaseChoice());
        QCOMPARE(p.components, p.cases.first().components);
        QCOMPARE(p.statutoryTime, Duration::days(3));
        QCOMPARE(p.channelTimes, p.cases.first().channelTimes);
        QVERIFY(p.fees.isEmpty());
        QCOMPARE(p.caseFor(0)->id, 1); // no case named: the first, as a 1.3 client showed it
        QCOMPARE(p.caseFor(2)->name, QStringLiteral("Đăng ký khai sinh quá hạn"));
        QVERIFY(!p.caseFor(3));
    }

    void timeAndFeesFollowTheChannel()
    {
        const Procedure p = test::sampleProcedureWithCases();
        QCOMPARE(p.caseFor(1)->timeFor(Channel::Direct), Duration::days(3));
        QCOMPARE(p.caseFor(1)->timeFor(Channel::Online), Duration::days(2));
        QCOMPARE(p.caseFor(1)->timeFor(Channel::Post), Duration::days(3));
        const ProcedureCase late = *p.caseFor(2);
        QCOMPARE(late.feesFor(Channel::Direct).size(), 1);
        QCOMPARE(late.feesFor(Channel::Direct).first().amountVnd, 8000);
        QCOMPARE(late.feesFor(Channel::Post).first().amountVnd, 8000);
        QCOMPARE(late.feesFor(Channel::Online).size(), 1);
        QCOMPARE(late.feesFor(Channel::Online).first().amountVnd, 4000);
    }

    void aDossierTakesTheRulesOfItsCase()
    {
        const Procedure p = test::sampleProcedureWithCases();
        const IntakeRequest r = request(2, Channel::Online, {1, 2, 4});
        QVERIFY(IntakeBuilder::validate(r, p, kToday).isEmpty());
        const Dossier d = IntakeBuilder::build(r, p, p.agencyId, QStringLiteral("X"));
        QCOMPARE(d.caseId, 2);
        QCOMPARE(d.caseName, QStringLiteral("Đăng ký khai sinh quá hạn"));
        QCOMPARE(d.statutoryTime, Duration::days(5));
        QCOMPARE(d.components.size(), 4);
        QCOMPARE(d.components.last().componentId, 4);
        QVERIFY(d.components.last().received);
        QCOMPARE(d.fees.size(), 1);
        QCOMPARE(d.fees.first().amountVnd, 4000);
        QCOMPARE(d.currentStepId, p.cases.at(1).workflow.steps.first().id);

        // The first case online: its online time, no fee, and paper 4 is not one of its papers.
        const Dossier first =
            IntakeBuilder::build(request(1, Channel::Online, {1, 2}), p, p.agencyId, {});
        QCOMPARE(first.statutoryTime, Duration::days(2));
        QVERIFY(first.fees.isEmpty());
        QCOMPARE(codes(IntakeBuilder::validate(request(1, Channel::Direct, {1, 2, 4}), p, kToday)),
                 QStringList{QStringLiteral("intake.unknown_component@components[2].componentId")});
    }

    void theCasesPapersAreRequiredAndAnUnknownCaseIsRefused()
    {
        const Procedure p = test::sampleProcedureWithCases();
        // Paper 4 is required in the late case only.
        QCOMPARE(codes(IntakeBuilder::validate(request(2, Channel::Direct, {1, 2}), p, kToday)),
                 QStringList{QStringLiteral("intake.missing_component@components")});
        QCOMPARE(codes(IntakeBuilder::validate(request(7, Channel::Direct, {1, 2}), p, kToday)),
                 QStringList{QStringLiteral("intake.unknown_case@caseId")});
        // No case named: received under the first, as a client before cases did.
        QVERIFY(IntakeBuilder::validate(request(0, Channel::Direct, {1, 2}), p, kToday).isEmpty());
        QCOMPARE(IntakeBuilder::build(request(0, Channel::Direct, {1, 2}), p, {}, {}).caseId, 1);
    }

    void aCaseAnsweredAtOnceHasNoStatutoryTime()
    {
        Procedure p = test::sampleProcedureWithCases();
        p.cases[1].needsAppointment = false;
        const Dossier d =
            IntakeBuilder::build(request(2, Channel::Direct, {1, 2, 4}), p, p.agencyId, {});
        QCOMPARE(d.statutoryTime.value, 0); // due within the day it counts from
    }

    void everyProblemOfTheCasesIsListed()
    {
        QVERIFY(ProcedureVersions::caseProblems(test::sampleProcedureWithCases()).isEmpty());
        QVERIFY(ProcedureVersions::caseProblems(test::sampleProcedure()).isEmpty());

        Procedure p = test::sampleProcedureWithCases();
        p.cases[1].id = 1;
        p.cases[1].name = QStringLiteral("  ");
        p.cases[0].components.append(p.cases[0].components.first());
        p.cases[0].channelTimes.append({Channel::Direct, Duration::days(1)});
        p.cases[1].channelTimes = {{Channel::Post, Duration::days(6)},
                                   {Channel::Post, Duration::days(7)}};
        p.cases[1].workflow.steps.clear();
        const QStringList got = codes(ProcedureVersions::caseProblems(p));
        QVERIFY2(got.contains("procedure.component_id_duplicate@cases[0].components[3].id"),
                 qPrintable(got.join(", ")));
        QVERIFY(got.contains("procedure.channel_time_invalid@cases[0].channelTimes[1].channel"));
        QVERIFY(got.contains("procedure.case_id_duplicate@cases[1].id"));
        QVERIFY(got.contains("procedure.case_name_required@cases[1].name"));
        QVERIFY(got.contains("procedure.channel_time_invalid@cases[1].channelTimes[1].channel"));
        bool workflow = false;
        for (const QString& c : got)
            workflow = workflow || c.contains("@cases[1].workflow");
        QVERIFY2(workflow, qPrintable(got.join(", ")));
        QCOMPARE(got.size(), 6);

        Procedure one = test::sampleProcedureWithCases();
        one.cases.removeLast();
        QCOMPARE(codes(ProcedureVersions::caseProblems(one)),
                 QStringList{QStringLiteral("procedure.single_case@cases")});
        Procedure twins = test::sampleProcedureWithCases();
        twins.cases[1].name = QStringLiteral("đăng ký khai sinh ĐÚNG HẠN");
        QCOMPARE(codes(ProcedureVersions::caseProblems(twins)),
                 QStringList{QStringLiteral("procedure.case_name_duplicate@cases[1].name")});
    }

    void aPublicationChecksTheCases()
    {
        Procedure draft = test::sampleProcedureWithCases();
        draft.version = 1;
        draft.cases[1].name.clear();
        const QList<Error> problems =
            ProcedureVersions::publishProblems({draft}, 1, kToday, kToday);
        QCOMPARE(codes(problems),
                 QStringList{QStringLiteral("procedure.case_name_required@cases[1].name")});
    }
};

QTEST_GUILESS_MAIN(TstProcedureCases)
#include "tst_procedurecases.moc"
