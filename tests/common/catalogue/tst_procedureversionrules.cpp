// The rules of a procedure's versions (common/catalogue/ProcedureVersions): which is in force on a
// day, when a draft may be published, which versions a publication ends.
#include "SampleData.h"
#include "catalogue/ProcedureVersions.h"

#include <QtTest>

using namespace motcua;

namespace {

const QDate kToday(2026, 12, 7);

Procedure version(int n, QDate from = {}, QDate to = {})
{
    Procedure p = test::sampleProcedure();
    p.version = n;
    p.effectiveFrom = from;
    p.effectiveTo = to;
    return p;
}

QStringList codes(const QList<Error>& problems)
{
    QStringList out;
    for (const Error& e : problems)
        out << e.code;
    return out;
}

} // namespace

class TstProcedureVersionRules : public QObject {
    Q_OBJECT

private slots:
    void bothDaysAreIncludedAndDraftsAreNeverInForce()
    {
        const QList<Procedure> all{version(1, QDate(2026, 1, 1), QDate(2026, 12, 7)),
                                   version(2, QDate(2026, 12, 8)), version(3)};
        QCOMPARE(ProcedureVersions::inForce(all, QDate(2025, 12, 31)), nullptr);
        QCOMPARE(ProcedureVersions::inForce(all, QDate(2026, 1, 1))->version, 1);
        QCOMPARE(ProcedureVersions::inForce(all, kToday)->version, 1);
        QCOMPARE(ProcedureVersions::inForce(all, kToday.addDays(1))->version, 2);
        QCOMPARE(ProcedureVersions::inForce(all, QDate(2099, 1, 1))->version, 2);
        QCOMPARE(ProcedureVersions::newest(all)->version, 3);
        QVERIFY(all.at(2).isDraft());
        // Replaced before it took effect: in force on no day.
        QVERIFY(!version(4, kToday, kToday.addDays(-1)).inForceOn(kToday));
    }

    void aDraftIsPublishedForTodayOrLaterInVersionOrder()
    {
        const QList<Procedure> all{version(1, QDate(2026, 1, 1)), version(2, kToday.addDays(7)),
                                   version(3)};
        QCOMPARE(codes(ProcedureVersions::publishProblems(all, 3, kToday.addDays(7), kToday)),
                 QStringList());
        QCOMPARE(codes(ProcedureVersions::publishProblems(all, 3, kToday.addDays(30), kToday)),
                 QStringList());
        QCOMPARE(codes(ProcedureVersions::publishProblems(all, 3, kToday.addDays(6), kToday)),
                 QStringList{"procedure.effective_before_previous"});
        QCOMPARE(
            codes(ProcedureVersions::publishProblems(all, 3, kToday.addDays(-1), kToday)),
            (QStringList{"procedure.effective_in_past", "procedure.effective_before_previous"}));
        QCOMPARE(codes(ProcedureVersions::publishProblems(all, 3, {}, kToday)),
                 QStringList{"procedure.effective_missing"});
        QCOMPARE(codes(ProcedureVersions::publishProblems(all, 2, kToday, kToday)),
                 QStringList{"procedure.not_draft"});
        QCOMPARE(codes(ProcedureVersions::publishProblems(all, 9, kToday, kToday)),
                 QStringList{"procedure.no_version"});
    }

    void everyProblemIsReportedAtOnce()
    {
        Procedure broken = version(2);
        broken.workflow.steps.clear();
        const QList<Error> problems = ProcedureVersions::publishProblems(
            {version(1, QDate(2026, 1, 1)), broken}, 2, kToday.addDays(-3), kToday);
        QCOMPARE(problems.size(), 2);
        QCOMPARE(problems.at(0).code, QStringLiteral("procedure.effective_in_past"));
        QCOMPARE(problems.at(0).path, QStringLiteral("effectiveFrom"));
        QVERIFY(problems.at(1).path.startsWith(QStringLiteral("workflow.")));
    }

    void publishingEndsWhatIsInForceThenOrLater()
    {
        const QList<Procedure> all{version(1, QDate(2020, 1, 1), QDate(2025, 6, 30)),
                                   version(2, QDate(2025, 7, 1)), version(3, kToday.addDays(7)),
                                   version(4)};
        // From tomorrow: version 2 ends today, version 3 (not yet in force) is replaced.
        const QList<Procedure> ended = ProcedureVersions::endedBy(all, kToday.addDays(7));
        QCOMPARE(ended.size(), 2);
        QCOMPARE(ended.at(0).version, 2);
        QCOMPARE(ended.at(0).effectiveTo, kToday.addDays(6));
        QCOMPARE(ended.at(1).version, 3);
        QVERIFY(!ended.at(1).inForceOn(kToday.addDays(7)));
    }

    void contentIgnoresTheNumberAndTheDays()
    {
        QVERIFY(ProcedureVersions::sameContent(version(1, kToday), version(5)));
        Procedure other = version(5);
        other.name += QStringLiteral(" (sửa)");
        QVERIFY(!ProcedureVersions::sameContent(version(1, kToday), other));
    }
};

QTEST_GUILESS_MAIN(TstProcedureVersionRules)
#include "tst_procedureversionrules.moc"
