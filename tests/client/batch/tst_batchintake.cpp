// Batch intake end to end: three dossiers received on a real motcua-server (port 0) by a logged-in
// Workstation; their separator sheets printed to PDF by the real FormRenderer and rasterised by
// pdftoppm, as a scanner would see them; interleaved with papers (rendered text pages, a blank
// back side, a loose page before the first sheet); the stack fed to the batch dialog offscreen as
// images (SANE's test backend cannot scan our own sheets), reviewed and confirmed; then the
// server is asked what each component got: exactly its pages, as one PDF, and digitised.
// A second stack names a dossier this counter does not know, in the middle: the dialog says which
// documents were saved and which not, and the clerk fixes the group and confirms the rest.
#include "BatchSamples.h"
#include "ClientSamples.h"
#include "PdfTools.h"
#include "ServerProcess.h"
#include "Shots.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "codec/JsonCodec.h"
#include "core/api/ApiClient.h"
#include "core/batch/BatchSplitter.h"
#include "core/scan/PageDocument.h"
#include "core/sync/Workstation.h"
#include "forms/FormRenderer.h"
#include "gui/batch/BatchReviewPanel.h"
#include "gui/batch/BatchScanDialog.h"

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;
namespace samples = motcua::test::batch;

namespace {

const QString kPassword = QStringLiteral("Batch-Pass-2026!");

} // namespace

class TstBatchIntake : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<Workstation> m_ws;
    QList<Dossier> m_dossiers;

    // The separator sheets of a dossier as printed (PDF) and scanned back (pdftoppm, grey).
    QList<QImage> printedSheets(const Dossier& d, const QList<int>& ids = {})
    {
        FormData data;
        data.kind = FormKind::Separator;
        data.dossier = d;
        data.componentIds = ids;
        const QString pdf =
            m_dir.filePath(QStringLiteral("sep-%1-%2.pdf").arg(d.code).arg(ids.size()));
        if (const Status s = FormRenderer().renderPdf(data, pdf); !s)
            qFatal("%s", qPrintable(s.error().describe()));
        QList<QImage> pages;
        for (const QString& png : pdf::rasterise(pdf, samples::kDpi))
            pages << QImage(png).convertToFormat(QImage::Format_Grayscale8);
        return pages;
    }

    // Each (component id → page count) the server holds for `code`, with the PDFs' pages counted
    // by poppler; waits for the uploads (they go in the background).
    QMap<int, QList<int>> onServer(StaffApi& direct, const QString& code, int expectedFiles)
    {
        QJsonArray list;
        (void)QTest::qWaitFor( // the comparison after it says what was missing
            [&] {
                list = direct.attachments(code).body.toArray();
                return list.size() >= expectedFiles;
            },
            30000);
        QMap<int, QList<int>> out;
        for (const QJsonValue& v : list) {
            const QJsonObject o = v.toObject();
            const QString path =
                m_dir.filePath(o.value("sha256").toString() + QStringLiteral(".pdf"));
            QFile f(path);
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(path));
            f.write(direct.attachmentBytes(code, o.value("sha256").toString()));
            f.close();
            if (o.value("mime").toString() != QStringLiteral("application/pdf"))
                out[o.value("componentId").toInt()] << -1;
            else
                out[o.value("componentId").toInt()] << pdf::pageCount(path);
        }
        return out;
    }

private slots:
    void initTestCase()
    {
        for (const char* tool : {"pdftoppm", "pdfinfo"}) {
            if (!pdf::have(QString::fromLatin1(tool)))
                QFAIL(qPrintable(
                    QStringLiteral("%1 is missing (poppler-utils)").arg(QLatin1String(tool))));
        }
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(m_server.start(demoServerArgs()), qPrintable(m_server.output()));
        QDir().mkpath(m_dir.filePath(QStringLiteral("ws")));
        m_ws = std::make_unique<Workstation>(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(m_ws->open());
        const LoginAnswer loggedIn =
            logIn(*m_ws, m_server.url(), QStringLiteral("demo-reception"), kPassword);
        QVERIFY(loggedIn.answered);
        QCOMPARE(loggedIn.offline, false);

        QSignalSpy done(m_ws.get(), &Workstation::intakeDone);
        QSignalSpy failed(m_ws.get(), &Workstation::intakeFailed);
        const QStringList owners{QStringLiteral("Nguyễn Văn Một"), QStringLiteral("Trần Thị Hai"),
                                 QStringLiteral("Lê Đức Ba")};
        for (const QString& owner : owners) {
            m_ws->submitIntake(birthRegistrationOf(owner));
            QTRY_VERIFY_WITH_TIMEOUT(done.size() + failed.size() == m_dossiers.size() + 1, 20000);
            QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(2).toString()));
            QCOMPARE(done.last().at(2).toBool(), false); // accepted by the server, not offline
            m_dossiers << done.last().at(1).value<Dossier>();
        }
        for (const Dossier& d : m_dossiers)
            QTRY_VERIFY_WITH_TIMEOUT(m_ws->store().dossier(d.code).has_value(), 20000);
    }

    void aMixedStackLandsInTheRightComponents()
    {
        const Dossier& d1 = m_dossiers.at(0);
        const Dossier& d2 = m_dossiers.at(1);
        const QList<QImage> s1 = printedSheets(d1); // components 1, 2, 4
        const QList<QImage> s2 = printedSheets(d2, {4, 1});
        QCOMPARE(s1.size(), 3);
        QCOMPARE(s2.size(), 2);
        auto page = [](const QString& l) {
            return samples::textPage(l);
        };
        const QList<QImage> stack{page(QStringLiteral("loose")),
                                  s1.at(0),
                                  page(QStringLiteral("1-1a")),
                                  page(QStringLiteral("1-1b")),
                                  s2.at(0),
                                  page(QStringLiteral("2-4a")),
                                  s1.at(1),
                                  page(QStringLiteral("1-2a")),
                                  samples::blankPage(),
                                  page(QStringLiteral("1-2b")),
                                  s2.at(1),
                                  page(QStringLiteral("2-1a")),
                                  page(QStringLiteral("2-1b")),
                                  page(QStringLiteral("2-1c")),
                                  s1.at(2),
                                  page(QStringLiteral("1-4a"))};

        BatchScanDialog dialog(*m_ws);
        dialog.show();
        QSignalSpy split(dialog.splitter(), &BatchSplitter::finished);
        dialog.loadPages(stack);
        QVERIFY(dialog.isReading());
        QVERIFY(split.wait(60000));
        const BatchPlan& plan = dialog.review()->plan();
        QCOMPARE(plan.separatorCount(), 5);
        const QList<BatchGroup>& g = plan.groups();
        QCOMPARE(g.size(), 6);
        struct Expect {
            QString code;
            int component;
            QStringList labels;
        };
        const QList<Expect> expected{
            {{}, 0, {QStringLiteral("loose")}},
            {d1.code, 1, {QStringLiteral("1-1a"), QStringLiteral("1-1b")}},
            {d2.code, 4, {QStringLiteral("2-4a")}},
            {d1.code, 2, {QStringLiteral("1-2a"), QStringLiteral("blank"), QStringLiteral("1-2b")}},
            {d2.code, 1, {QStringLiteral("2-1a"), QStringLiteral("2-1b"), QStringLiteral("2-1c")}},
            {d1.code, 4, {QStringLiteral("1-4a")}}};
        for (int i = 0; i < expected.size(); ++i) {
            QCOMPARE(g[i].dossierCode, expected[i].code);
            QCOMPARE(g[i].componentId, expected[i].component);
            QStringList labels;
            for (const BatchPage& p : g[i].pages)
                labels << samples::labelOf(p.image);
            QCOMPARE(labels, expected[i].labels);
        }
        QCOMPARE(g[1].ownerName, QStringLiteral("Nguyễn Văn Một"));
        QVERIFY(g[3].warnings & BatchGroup::Warning::BlankPages);

        // The review screen shows a row per group, with the clerk's words for the warnings.
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("groupTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 6);
        QCOMPARE(table->item(1, 0)->text(), d1.code);
        QCOMPARE(table->item(4, 3)->text(), QStringLiteral("3"));
        QVERIFY(table->item(0, 5)->text().contains(QStringLiteral("before the first separator")));
        QVERIFY(table->item(3, 5)->text().contains(QStringLiteral("look blank")));
        dialog.review()->selectGroup(3);
        saveShot(dialog, QStringLiteral("batch-review"));

        // The clerk deletes the blank back side, then confirms. Nothing is on the server before.
        QCOMPARE(StaffApi(m_server.url(), QStringLiteral("demo-admin"), kPassword)
                     .attachments(d1.code)
                     .body.toArray()
                     .size(),
                 0);
        dialog.review()->selectGroup(3);
        auto* pages = dialog.findChild<QListWidget*>(QStringLiteral("groupPages"));
        QCOMPARE(pages->count(), 3);
        pages->item(1)->setSelected(true);
        dialog.findChild<QPushButton*>(QStringLiteral("deletePagesButton"))->click();
        QCOMPARE(dialog.review()->plan().groups()[3].pages.size(), 2);

        QSignalSpy saved(&dialog, &BatchScanDialog::saved);
        auto* confirm = dialog.findChild<QPushButton*>(QStringLiteral("confirmButton"));
        QVERIFY(confirm->isVisible() && confirm->isEnabled());
        confirm->click();
        // The PDFs are made off the GUI thread: the dialog answers, and cannot be closed until
        // the documents are saved.
        QVERIFY(dialog.isSaving());
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("closeButton"))->isEnabled());
        QVERIFY(dialog.findChild<QProgressBar*>(QStringLiteral("saveProgress"))->isVisible());
        saveShot(dialog, QStringLiteral("batch-saving"));
        dialog.reject();
        QVERIFY(dialog.isVisible());
        QVERIFY(saved.wait(60000));
        QVERIFY(!dialog.isSaving());
        QVERIFY(dialog.findChild<QPushButton*>(QStringLiteral("closeButton"))->isEnabled());
        const auto result = saved.first().first().value<BatchCommitResult>();
        // "Saved" means on this workstation's disk already, every one of them.
        QCOMPARE(m_ws->attachments(d1.code).size(), 3);
        QCOMPARE(m_ws->attachments(d2.code).size(), 2);
        QVERIFY(result.ok());
        QCOMPARE(result.saved.size(), 5);
        QVERIFY2(
            dialog.resultText().contains(QStringLiteral("1 page(s) without a dossier were left "
                                                        "out")),
            qPrintable(dialog.resultText()));
        // Saved groups leave the review; the loose page stays for the clerk.
        QCOMPARE(dialog.review()->plan().groups().size(), 1);
        m_ws->syncNow();

        StaffApi direct(m_server.url(), QStringLiteral("demo-admin"), kPassword);
        const QMap<int, QList<int>> one = onServer(direct, d1.code, 3);
        QCOMPARE(one, (QMap<int, QList<int>>{{1, {2}}, {2, {2}}, {4, {1}}}));
        const QMap<int, QList<int>> two = onServer(direct, d2.code, 2);
        QCOMPARE(two, (QMap<int, QList<int>>{{1, {3}}, {4, {1}}}));
        // Digitised: exactly the components that got pages (the others were not handed in, or
        // got none).
        for (const ReceivedComponent& c : direct.get(d1.code).components)
            QVERIFY2(c.digitised == one.contains(c.componentId), qPrintable(c.name));
        for (const ReceivedComponent& c : direct.get(d2.code).components)
            QVERIFY2(c.digitised == two.contains(c.componentId), qPrintable(c.name));
        // And the workstation knows they were sent.
        const auto allSent = [this](const QString& code) {
            const QList<AttachmentInfo> files = m_ws->attachments(code);
            return files.size() == 3 &&
                   std::all_of(files.cbegin(), files.cend(),
                               [](const AttachmentInfo& a) { return a.onServer; });
        };
        QTRY_VERIFY_WITH_TIMEOUT(allSent(d1.code), 20000);
    }

    void anUnknownDossierInTheMiddleSaysWhatWasSaved()
    {
        const Dossier& d3 = m_dossiers.at(2);
        Dossier stranger = d3;
        stranger.code = QStringLiteral("000.00.71.H36-201231-9999");
        const QList<QImage> s3 = printedSheets(d3, {1, 4});
        const QList<QImage> unknown = printedSheets(stranger, {2});
        const QList<QImage> stack{s3.at(0),
                                  samples::textPage(QStringLiteral("3-1a")),
                                  unknown.at(0),
                                  samples::textPage(QStringLiteral("x-2a")),
                                  s3.at(1),
                                  samples::textPage(QStringLiteral("3-4a")),
                                  samples::textPage(QStringLiteral("3-4b"))};
        BatchScanDialog dialog(*m_ws);
        dialog.show();
        QSignalSpy split(dialog.splitter(), &BatchSplitter::finished);
        dialog.loadPages(stack);
        QVERIFY(split.wait(60000));
        QCOMPARE(dialog.review()->plan().groups().size(), 3);
        QVERIFY(dialog.review()->plan().groups()[1].warnings & BatchGroup::Warning::UnknownDossier);
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("groupTable"));
        QVERIFY(table->item(1, 5)->text().contains(stranger.code));

        const auto commit = [&dialog] {
            QSignalSpy done(&dialog, &BatchScanDialog::committed);
            dialog.confirm();
            return done.wait(60000) ? done.first().first().value<BatchCommitResult>()
                                    : BatchCommitResult{};
        };
        const BatchCommitResult first = commit();
        QCOMPARE(first.saved.size(), 1);
        QCOMPARE(first.saved.first().componentId, 1);
        QCOMPARE(first.failed.size(), 1);
        QCOMPARE(first.failed.first().dossierCode, stranger.code);
        QCOMPARE(first.notTried.size(), 1);
        QCOMPARE(first.notTried.first().componentId, 4);
        const QString text = dialog.resultText();
        QVERIFY2(text.contains(QStringLiteral("NOT saved: ") + stranger.code), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Not saved yet")), qPrintable(text));
        QVERIFY(text.contains(d3.code));
        QCOMPARE(dialog.review()->plan().groups().size(), 2); // what was not saved stays
        saveShot(dialog, QStringLiteral("batch-partial-failure"));

        // The clerk puts the stray page into component 2 of the right dossier, and confirms again.
        dialog.review()->selectGroup(0);
        auto* code = dialog.findChild<QLineEdit*>(QStringLiteral("assignCodeEdit"));
        auto* component = dialog.findChild<QComboBox*>(QStringLiteral("assignComponentCombo"));
        code->setText(d3.code);
        QCOMPARE(component->count(), 3);
        component->setCurrentIndex(component->findData(2));
        dialog.findChild<QPushButton*>(QStringLiteral("assignButton"))->click();
        QCOMPARE(dialog.review()->plan().groups()[0].warnings, BatchGroup::Warnings());
        const BatchCommitResult second = commit();
        QVERIFY(second.ok());
        QCOMPARE(second.saved.size(), 2);
        m_ws->syncNow();

        StaffApi direct(m_server.url(), QStringLiteral("demo-admin"), kPassword);
        const QMap<int, QList<int>> three = onServer(direct, d3.code, 3);
        QCOMPARE(three, (QMap<int, QList<int>>{{1, {1}}, {2, {1}}, {4, {2}}}));
        for (const ReceivedComponent& c : direct.get(d3.code).components)
            QVERIFY2(c.digitised == three.contains(c.componentId), qPrintable(c.name));
    }

    // The stack as a scanned multi-page PDF (our own scan writer: grey JPEG pages), opened from
    // disk: rasterised by poppler on the reading thread, split the same way. A file that is not
    // a PDF or an image says so and changes nothing.
    void aScannedPdfFileSplitsTheSameWay()
    {
        const Dossier& d1 = m_dossiers.at(0);
        const QList<QImage> s1 = printedSheets(d1, {2, 4});
        PageDocument doc;
        for (const QImage& page : {s1.at(0), samples::textPage(QStringLiteral("a")),
                                   samples::textPage(QStringLiteral("b")), s1.at(1),
                                   samples::textPage(QStringLiteral("c"))})
            doc.append(page);
        const QString path = m_dir.filePath(QStringLiteral("stack.pdf"));
        QVERIFY(doc.writePdf(path).ok());

        BatchScanDialog dialog(*m_ws);
        QSignalSpy split(dialog.splitter(), &BatchSplitter::finished);
        QVERIFY(dialog.openFile(path));
        QVERIFY(split.wait(60000));
        const QList<BatchGroup>& g = dialog.review()->plan().groups();
        QCOMPARE(g.size(), 2);
        QCOMPARE(g[0].dossierCode, d1.code);
        QCOMPARE(g[0].componentId, 2);
        QCOMPARE(g[0].pages.size(), 2);
        QCOMPARE(g[1].componentId, 4);
        QCOMPARE(g[1].pages.size(), 1);

        const QString text = m_dir.filePath(QStringLiteral("notes.pdf"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a scan");
        f.close();
        BatchScanDialog other(*m_ws);
        QVERIFY(!other.openFile(text));
        QVERIFY(!other.isReading());
        QVERIFY(other.findChild<QLabel*>(QStringLiteral("readStatus"))
                    ->text()
                    .startsWith(QStringLiteral("The stack could not be read")));
    }

    void cleanupTestCase()
    {
        m_ws.reset();
        m_server.stop();
    }
};

QTEST_MAIN(TstBatchIntake)
#include "tst_batchintake.moc"
