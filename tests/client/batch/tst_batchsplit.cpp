// Splitting a mixed feeder stack on its separator sheets, without a server: the sheets come from
// the real FormRenderer (rasterised in process at 150 dpi), the papers are rendered text pages.
// Pages are fed as images: SANE's test backend only scans its own patterns, so a stack of our
// sheets cannot come through it.
#include "BatchSamples.h"
#include "core/batch/BatchPlan.h"
#include "core/batch/BatchSplitter.h"
#include "core/batch/PageInspector.h"

#include <QSignalSpy>
#include <QThread>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
namespace samples = motcua::test::batch;
using W = BatchGroup::Warning;

namespace {

Dossier dossier(const QString& code, const QString& owner)
{
    Dossier d;
    d.code = code;
    d.owner.fullName = owner;
    d.procedureName = QStringLiteral("Đăng ký khai sinh");
    d.components = {
        {1, QStringLiteral("Tờ khai đăng ký khai sinh"), true, 1, 0, 0, false, false, {}},
        {2, QStringLiteral("Giấy chứng sinh"), true, 1, 0, 0, false, false, {}},
        {3, QStringLiteral("Giấy chứng nhận kết hôn"), false, 0, 0, 0, false, false, {}},
        {4, QStringLiteral("CCCD của người đi đăng ký"), true, 0, 0, 1, false, false, {}}};
    return d;
}

QStringList labels(const BatchGroup& g)
{
    QStringList out;
    for (const BatchPage& p : g.pages)
        out << samples::labelOf(p.image);
    return out;
}

} // namespace

class TstBatchSplit : public QObject {
    Q_OBJECT

    Dossier m_a =
        dossier(QStringLiteral("000.00.71.H36-261122-0001"), QStringLiteral("Trần Văn Ấn"));
    Dossier m_b =
        dossier(QStringLiteral("000.00.71.H36-261122-0002"), QStringLiteral("Lê Thị Bích Ngọc"));
    QList<QImage> m_sepA, m_sepB;

    BatchPlan::DossierLookup lookup() const
    {
        return [this](const QString& code) -> std::optional<Dossier> {
            if (code == m_a.code)
                return m_a;
            if (code == m_b.code)
                return m_b;
            return std::nullopt;
        };
    }

    BatchPlan splitNow(const QList<QImage>& stack)
    {
        BatchSplitter splitter;
        QSignalSpy done(&splitter, &BatchSplitter::finished);
        splitter.start(stack);
        if (!done.wait(60000))
            qFatal("the split did not finish");
        BatchPlan plan = done.first().first().value<BatchPlan>();
        plan.review(lookup());
        return plan;
    }

private slots:
    void initTestCase()
    {
        m_sepA = samples::separatorSheets(m_a);
        m_sepB = samples::separatorSheets(m_b, {4, 1});
        QCOMPARE(m_sepA.size(), 3); // component 3 was not received
        QCOMPARE(m_sepB.size(), 2);
    }

    void eachSheetCarriesItsCode()
    {
        const PageInspection a1 = pageinspector::inspect(m_sepA.at(0));
        QCOMPARE(a1.separators, QList<SeparatorCode>{(SeparatorCode{m_a.code, 1})});
        QVERIFY(!a1.blank);
        QCOMPARE(pageinspector::inspect(m_sepB.at(0)).separators.value(0).componentId, 4);
        const PageInspection text = pageinspector::inspect(samples::textPage(QStringLiteral("X")));
        QVERIFY(!text.isSeparator());
        QVERIFY(!text.blank);
        QVERIFY(pageinspector::inspect(samples::blankPage()).blank);
        QVERIFY(pageinspector::looksBlank(QImage()));
    }

    void pagesLandInTheirComponents()
    {
        const QList<QImage> stack{samples::textPage(QStringLiteral("loose")),
                                  m_sepA.at(0),
                                  samples::textPage(QStringLiteral("A1-p1")),
                                  samples::textPage(QStringLiteral("A1-p2")),
                                  m_sepA.at(1),
                                  samples::textPage(QStringLiteral("A2-p1")),
                                  samples::blankPage(),
                                  m_sepB.at(0),
                                  samples::textPage(QStringLiteral("B4-p1")),
                                  m_sepA.at(2), // back to dossier A, component 4
                                  samples::textPage(QStringLiteral("A4-p1")),
                                  m_sepB.at(1)}; // B1: nothing after it
        const BatchPlan plan = splitNow(stack);
        QCOMPARE(plan.separatorCount(), 5);
        QCOMPARE(plan.pageCount(), 7);
        const QList<BatchGroup>& g = plan.groups();
        QCOMPARE(g.size(), 6);
        QVERIFY(g[0].dossierCode.isEmpty());
        QCOMPARE(g[0].warnings, W::BeforeFirstSeparator | W::Unassigned);
        QCOMPARE(labels(g[0]), QStringList{QStringLiteral("loose")});
        QCOMPARE(g[1].dossierCode, m_a.code);
        QCOMPARE(g[1].componentId, 1);
        QCOMPARE(g[1].ownerName, m_a.owner.fullName);
        QCOMPARE(g[1].componentName, QStringLiteral("Tờ khai đăng ký khai sinh"));
        QCOMPARE(labels(g[1]), (QStringList{QStringLiteral("A1-p1"), QStringLiteral("A1-p2")}));
        QCOMPARE(g[1].warnings, BatchGroup::Warnings());
        QCOMPARE(g[2].componentId, 2);
        QCOMPARE(labels(g[2]), (QStringList{QStringLiteral("A2-p1"), QStringLiteral("blank")}));
        QCOMPARE(g[2].warnings, W::BlankPages);
        QVERIFY(g[2].pages.at(1).blank);
        QCOMPARE(g[3].dossierCode, m_b.code);
        QCOMPARE(g[3].componentId, 4);
        QCOMPARE(labels(g[3]), QStringList{QStringLiteral("B4-p1")});
        QCOMPARE(g[4].dossierCode, m_a.code);
        QCOMPARE(g[4].componentId, 4);
        QCOMPARE(g[5].dossierCode, m_b.code);
        QCOMPARE(g[5].componentId, 1);
        QCOMPARE(g[5].warnings, W::NoPages);
        QCOMPARE(g[1].pages.at(0).stackIndex, 2);

        // What Confirm would save: four documents; the loose page is left out.
        const QList<BatchPlan::Document> docs = plan.documents();
        QCOMPARE(docs.size(), 4);
        QCOMPARE(docs[0].pages.size(), 2);
        QCOMPARE(plan.unassignedPageCount(), 1);
    }

    void unknownDossierAndComponentAreFlagged()
    {
        Dossier stranger = m_a;
        stranger.code = QStringLiteral("000.00.71.H36-201231-9999");
        Dossier noSuchComponent = m_b;
        noSuchComponent.components.append(
            {9, QStringLiteral("Khác"), true, 1, 0, 0, false, false, {}});
        const QList<QImage> stack{samples::separatorSheets(stranger, {1}).value(0),
                                  samples::textPage(QStringLiteral("S1")),
                                  samples::separatorSheets(noSuchComponent, {9}).value(0),
                                  samples::textPage(QStringLiteral("B9"))};
        const BatchPlan plan = splitNow(stack);
        QCOMPARE(plan.groups().size(), 2);
        QCOMPARE(plan.groups()[0].warnings, W::UnknownDossier);
        QCOMPARE(plan.groups()[1].warnings, W::UnknownComponent);
        QCOMPARE(plan.groups()[1].ownerName, m_b.owner.fullName);
    }

    // The sheet carries its code twice: a torn or stained big code still splits; with both gone
    // the sheet is an ordinary page (shown to the clerk, never silently dropped); a code of ours
    // that does not parse opens a group of its own instead of falling into the previous one.
    void damagedSeparators()
    {
        const QImage bigGone = samples::blotQrCodes(m_sepA.at(1), 250);
        const PageInspection spare = pageinspector::inspect(bigGone);
        QCOMPARE(spare.separators, QList<SeparatorCode>{(SeparatorCode{m_a.code, 2})});
        const QImage bothGone = samples::blotQrCodes(m_sepA.at(1), 50);
        QVERIFY(!pageinspector::inspect(bothGone).isSeparator());

        const QList<QImage> stack{
            m_sepA.at(0),
            samples::textPage(QStringLiteral("A1")),
            bigGone,
            samples::textPage(QStringLiteral("A2")),
            samples::foreignSeparator(QStringLiteral("MOTCUA-SEP:1:bad code:x")),
            samples::textPage(QStringLiteral("after-bad")),
            m_sepA.at(2),
            samples::textPage(QStringLiteral("A4")),
            bothGone,
            samples::textPage(QStringLiteral("A4-more"))};
        BatchPlan plan = splitNow(stack);
        const QList<BatchGroup>& g = plan.groups();
        QCOMPARE(g.size(), 4);
        QCOMPARE(labels(g[1]), QStringList{QStringLiteral("A2")});
        QCOMPARE(g[1].componentId, 2);
        QVERIFY(g[2].dossierCode.isEmpty());
        QVERIFY(g[2].warnings & W::DamagedSeparator);
        QVERIFY2(g[2].detail.contains(QStringLiteral("bad code")), qPrintable(g[2].detail));
        QCOMPARE(labels(g[2]), QStringList{QStringLiteral("after-bad")});
        QCOMPARE(labels(g[3]), (QStringList{QStringLiteral("A4"), QStringLiteral("separator"),
                                            QStringLiteral("A4-more")}));

        // The clerk's corrections: the unreadable group assigned, the sheet that lost both codes
        // deleted, a page moved.
        QVERIFY(plan.assign(2, m_b.code, 2));
        plan.review(lookup());
        QCOMPARE(plan.groups()[2].warnings, BatchGroup::Warnings());
        QCOMPARE(plan.groups()[2].componentName, QStringLiteral("Giấy chứng sinh"));
        QVERIFY(plan.removePage(3, 1));
        QVERIFY(plan.movePage(3, 1, 0)); // "A4-more" goes to component 1, after "A1"
        QCOMPARE(labels(plan.groups()[0]),
                 (QStringList{QStringLiteral("A1"), QStringLiteral("A4-more")}));
        QVERIFY(!plan.movePage(3, 5, 0));
        QVERIFY(!plan.removePage(9, 0));
        QCOMPARE(plan.documents().size(), 4);
        // Two groups of the same component are saved as one document, in stack order.
        QVERIFY(plan.assign(1, m_a.code, 1));
        const QList<BatchPlan::Document> docs = plan.documents();
        QCOMPARE(docs.size(), 3);
        QCOMPARE(docs[0].groups, (QList<int>{0, 1}));
        QStringList merged;
        for (const BatchPage& p : docs[0].pages)
            merged << samples::labelOf(p.image);
        QCOMPARE(merged, (QStringList{QStringLiteral("A1"), QStringLiteral("A2"),
                                      QStringLiteral("A4-more")}));
    }

    // Thirty pages read on the splitter's own thread, with progress, while this thread's event
    // loop keeps running; a cancel ends it without a plan.
    void aLongStackDoesNotBlockTheCaller()
    {
        QList<QImage> stack;
        for (int d = 0; d < 5; ++d) {
            stack << m_sepA.at(d % 3);
            for (int i = 0; i < 5; ++i)
                stack << samples::textPage(QStringLiteral("p%1-%2").arg(d).arg(i));
        }
        QCOMPARE(stack.size(), 30);
        BatchSplitter splitter;
        QSignalSpy progress(&splitter, &BatchSplitter::progress);
        QSignalSpy done(&splitter, &BatchSplitter::finished);
        const Qt::HANDLE gui = QThread::currentThreadId();
        Qt::HANDLE worker = nullptr;
        QVERIFY(splitter.start(int(stack.size()), [&](int i) -> Expected<QImage> {
            worker = QThread::currentThreadId();
            return stack.at(i);
        }));
        QVERIFY(splitter.isRunning());
        QVERIFY(!splitter.start(stack)); // one at a time
        QVERIFY(done.wait(60000));
        QVERIFY(worker != nullptr && worker != gui);
        QCOMPARE(progress.size(), 31); // 0, then each page
        QCOMPARE(progress.last().at(0).toInt(), 30);
        QCOMPARE(done.first().first().value<BatchPlan>().groups().size(), 5);

        QSignalSpy cancelled(&splitter, &BatchSplitter::cancelled);
        QVERIFY(splitter.start(stack));
        splitter.cancel();
        QVERIFY(cancelled.wait(60000));
        QCOMPARE(done.size(), 1);

        // A page that cannot be loaded ends the run with its number and why.
        QSignalSpy failed(&splitter, &BatchSplitter::failed);
        splitter.start(3, [&](int i) -> Expected<QImage> {
            if (i == 1)
                return Error{QStringLiteral("decode.page_failed"), QStringLiteral("torn"), {}};
            return stack.at(i);
        });
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().first().toString(), QStringLiteral("page 2: torn"));
    }
};

QTEST_MAIN(TstBatchSplit)
#include "tst_batchsplit.moc"
