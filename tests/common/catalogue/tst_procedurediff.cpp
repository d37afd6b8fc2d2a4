// What changed between two versions of a procedure (common/catalogue/ProcedureDiff), as the
// settings dialog's comparison and the import preview show it.
#include "SampleData.h"
#include "catalogue/ProcedureDiff.h"

#include <QtTest>

using namespace motcua;

namespace {

QStringList whats(const QList<ProcedureChange>& changes)
{
    QStringList out;
    for (const ProcedureChange& c : changes)
        out << c.what + u'|' + c.caseName + u'|' + c.item;
    return out;
}

} // namespace

class TstProcedureDiff : public QObject {
    Q_OBJECT

private slots:
    void theSameContentHasNoChange()
    {
        Procedure a = test::sampleProcedure();
        Procedure b = a;
        b.version = 9; // numbers and days are not content
        b.effectiveFrom = QDate(2026, 12, 8);
        QVERIFY(ProcedureDiff::between(a, b).isEmpty());
        QVERIFY(ProcedureDiff::between(test::sampleProcedureWithCases(),
                                       test::sampleProcedureWithCases())
                    .isEmpty());
    }

    void everyChangeIsListedWithItsValues()
    {
        const Procedure a = test::sampleProcedure();
        Procedure b = a;
        b.name = QStringLiteral("Đăng ký khai sinh (mới)");
        b.statutoryTime = Duration::days(2);
        b.channelTimes = {{Channel::Online, Duration::days(1)}};
        b.components[1].photocopies = 1; // changed
        b.components.removeAt(2);        // removed
        b.components.append({7, QStringLiteral("Giấy tờ mới"), 1, 0, 0, true, {}, {}, {}}); // added
        b.fees.first().amountVnd = 10000;
        b.fees.append({QStringLiteral("Phí trực tuyến"),
                       5000,
                       FeeCollection::AtIntake,
                       {},
                       {Channel::Online}});
        b.workflow.steps[2].duration = Duration::days(2);
        const QList<ProcedureChange> changes = ProcedureDiff::between(a, b);
        QCOMPARE(whats(changes),
                 (QStringList{
                     "name||", "statutoryTime||", "channelTime||online",
                     "paper.changed||Giấy chứng sinh", "paper.removed||Văn bản ủy quyền (nếu có)",
                     "paper.added||Giấy tờ mới", "fee.changed||Lệ phí đăng ký khai sinh quá hạn",
                     "fee.added||Phí trực tuyến", "step.changed||" + a.workflow.steps[2].name}));
        QCOMPARE(changes.at(0).before, a.name);
        QCOMPARE(changes.at(0).after, b.name);
        QCOMPARE(changes.at(1).before, QStringLiteral("3 workingDays"));
        QCOMPARE(changes.at(1).after, QStringLiteral("2 workingDays"));
        QCOMPARE(changes.at(2).before, QString());
        QCOMPARE(changes.at(2).after, QStringLiteral("1 workingDays"));
        QCOMPARE(changes.at(7).after, QStringLiteral("5000 atIntake [online]"));
    }

    // Splitting a procedure into cases keeps its rules as case 1: only the new case and the
    // first case's new name are changes.
    void aSplitIntoCasesShowsTheNewCase()
    {
        Procedure a = test::sampleProcedure();
        a.channelTimes = {{Channel::Online, Duration::days(2)}};
        Procedure b = test::sampleProcedureWithCases();
        b.cases[0].fees = a.fees;
        b.mirrorFirstCase();
        const QStringList got = whats(ProcedureDiff::between(a, b));
        QCOMPARE(got, (QStringList{"case.name|Đăng ký khai sinh đúng hạn|",
                                   "case.added|Đăng ký khai sinh quá hạn|"}));
    }
};

QTEST_GUILESS_MAIN(TstProcedureDiff)
#include "tst_procedurediff.moc"
