// Scanning papers into a dossier's components, offscreen, against SANE's test backend and a real
// motcua-server (port 0): the dossier view's buttons, the scan-into-dossier dialog (component
// selector, several components in one sitting, the last one remembered), attaching a file from
// disk, and what the server then holds (one PDF per save, the component digitised); the dialog
// cannot be closed while it saves.
#include "ClientSamples.h"
#include "PdfTools.h"
#include "ServerProcess.h"
#include "Shots.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "codec/JsonCodec.h"
#include "core/api/ApiClient.h"
#include "core/scan/Scanner.h"
#include "core/sync/Workstation.h"
#include "gui/dossier/DossierView.h"
#include "gui/scan/ScanIntoDossierDialog.h"

#include <csignal>

#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Scan-Pass-2026!");

template <typename T> T* child(const QWidget& w, const char* name)
{
    T* found = w.findChild<T*>(QLatin1String(name));
    if (!found)
        qFatal("no widget %s", name);
    return found;
}

void choose(QComboBox* box, const QVariant& data)
{
    const int i = box->findData(data);
    if (i < 0)
        qFatal("no item %s", qPrintable(data.toString()));
    box->setCurrentIndex(i);
    emit box->activated(i);
}

} // namespace

class TstScanIntoDossier : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<Workstation> m_ws;
    std::unique_ptr<QSettings> m_settings;
    Dossier m_dossier;
    std::unique_ptr<StaffApi> m_admin; // what the server holds, asked directly

    QJsonArray serverAttachments(int atLeast)
    {
        QJsonArray list;
        (void)QTest::qWaitFor(
            [&] {
                list = m_admin->attachments(m_dossier.code).body.toArray();
                return list.size() >= atLeast;
            },
            30000);
        return list;
    }

    int pdfPages(const QString& sha)
    {
        const QString path = m_dir.filePath(sha + QStringLiteral(".pdf"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return -1;
        f.write(m_admin->attachmentBytes(m_dossier.code, sha));
        f.close();
        return pdf::pageCount(path);
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR"))
            qputenv("SANE_CONFIG_DIR", MOTCUA_SANE_CONFIG_DIR);
        std::signal(SIGPIPE, SIG_DFL); // as in tst_scandialog: SANE's readers need the default
        if (!pdf::have(QStringLiteral("pdfinfo")))
            QFAIL("pdfinfo is missing (poppler-utils)");
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("motcua.conf")),
                                                 QSettings::IniFormat);
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(m_server.start(demoServerArgs()), qPrintable(m_server.output()));
        QDir().mkpath(m_dir.filePath(QStringLiteral("ws")));
        m_ws = std::make_unique<Workstation>(m_dir.filePath(QStringLiteral("ws")));
        QVERIFY(m_ws->open());
        QVERIFY(logIn(*m_ws, m_server.url(), QStringLiteral("demo-reception"), kPassword).answered);

        QSignalSpy done(m_ws.get(), &Workstation::intakeDone);
        m_ws->submitIntake(birthRegistrationOf(QStringLiteral("Phạm Thị Quét")));
        QVERIFY(done.wait(20000));
        m_dossier = done.first().at(1).value<Dossier>();
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->store().dossier(m_dossier.code).has_value(), 20000);

        m_admin =
            std::make_unique<StaffApi>(m_server.url(), QStringLiteral("demo-admin"), kPassword);
        QVERIFY(m_admin->loggedIn());
    }

    void scanTwoComponentsInOneSitting()
    {
        DossierView view;
        view.setDossier(m_dossier);
        auto* scanButton = child<QPushButton>(view, "scanPapersButton");
        QVERIFY(!scanButton->isVisibleTo(&view)); // no workstation, no papers
        view.setWorkstation(m_ws.get());
        QVERIFY(scanButton->isVisibleTo(&view) && scanButton->isEnabled());
        QVERIFY(child<QPushButton>(view, "attachFileButton")->isEnabled());
        QVERIFY(child<QPushButton>(view, "printSeparatorsButton")->isEnabled());

        ScanIntoDossierDialog dialog(*m_ws, m_dossier, nullptr, m_settings.get());
        dialog.show();
        QVERIFY(child<QLabel>(dialog, "dossierLabel")->text().contains(m_dossier.code));
        auto* component = child<QComboBox>(dialog, "componentCombo");
        QCOMPARE(component->count(), 3);        // the received components only
        QCOMPARE(dialog.currentComponent(), 1); // nothing remembered, nothing scanned: the first
        auto* source = child<QComboBox>(dialog, "sourceCombo");
        auto* scan = child<QPushButton>(dialog, "scanButton");
        auto* save = child<QPushButton>(dialog, "saveButton");
        auto* pages = child<QListWidget>(dialog, "pageList");
        QTRY_VERIFY_WITH_TIMEOUT(source->count() == 2, 10000);
        choose(source, int(ScanSource::Feeder));
        choose(child<QComboBox>(dialog, "resolutionCombo"), 75);
        choose(child<QComboBox>(dialog, "modeCombo"), int(ScanMode::Gray));
        QVERIFY(!save->isEnabled());
        scan->click();
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled() && pages->count() == 10, 20000);
        // Two pages deleted: the PDF must hold what the clerk kept.
        pages->item(0)->setSelected(true);
        pages->item(1)->setSelected(true);
        child<QPushButton>(dialog, "deleteButton")->click();
        QCOMPARE(pages->count(), 8);
        dialog.resize(1100, 760);
        saveShot(dialog, QStringLiteral("scan-into-dossier"));

        QSignalSpy saved(&dialog, &ScanIntoDossierDialog::saved);
        save->click();
        // The PDF is made on a worker thread and stored on the writer thread: "saved" follows.
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(saved.first().at(1).toInt(), 1);
        QCOMPARE(saved.first().at(2).toInt(), 8);
        QVERIFY(dialog.isVisible()); // stays open for the next paper
        QCOMPARE(pages->count(), 0);
        QVERIFY2(child<QLabel>(dialog, "saveResult")->text().contains(QStringLiteral("Saved 8")),
                 qPrintable(child<QLabel>(dialog, "saveResult")->text()));
        QCOMPARE(dialog.currentComponent(), 2); // on to the next one without a file
        QVERIFY2(component->itemText(0).contains(QStringLiteral("1 file(s)")),
                 qPrintable(component->itemText(0)));
        // The view counts the file at once, waiting to be sent until the server has it.
        view.setDossier(m_dossier);
        QVERIFY(!view.filesText(1).isEmpty());

        // The second paper, one page from the glass, in line-art, into component 4.
        QVERIFY(dialog.selectComponent(4));
        choose(source, int(ScanSource::Flatbed));
        choose(child<QComboBox>(dialog, "modeCombo"), int(ScanMode::Lineart));
        scan->click();
        QTRY_VERIFY_WITH_TIMEOUT(scan->isEnabled() && pages->count() == 1, 20000);
        save->click();
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 2, 20000);
        QCOMPARE(dialog.savedCount(), 2);
        m_ws->syncNow();

        const QJsonArray list = serverAttachments(2);
        QCOMPARE(list.size(), 2);
        QMap<int, int> pagesByComponent;
        for (const QJsonValue& v : list) {
            QCOMPARE(v.toObject().value("mime").toString(), QStringLiteral("application/pdf"));
            pagesByComponent[v.toObject().value("componentId").toInt()] =
                pdfPages(v.toObject().value("sha256").toString());
        }
        QCOMPARE(pagesByComponent, (QMap<int, int>{{1, 8}, {4, 1}}));
        const Dossier onServer = m_admin->get(m_dossier.code);
        for (const ReceivedComponent& c : onServer.components)
            QVERIFY2(c.digitised == pagesByComponent.contains(c.componentId), qPrintable(c.name));
        // Sent: the view says so once the workstation knows.
        QTRY_COMPARE_WITH_TIMEOUT(view.filesText(1), QStringLiteral("1"), 20000);
        auto* table = child<QTableWidget>(view, "componentsTable");
        QTRY_VERIFY_WITH_TIMEOUT(
            table->item(0, 6) && table->item(0, 6)->text() == QStringLiteral("1"), 20000);

        view.resize(1100, 700);
        view.findChild<QTabWidget*>(QStringLiteral("dossierTabs"))->setCurrentIndex(1);
        saveShot(view, QStringLiteral("dossier-view-papers"));

        // The component used last is preselected next time.
        ScanIntoDossierDialog again(*m_ws, m_dossier, nullptr, m_settings.get(), dialog.scanner());
        QCOMPARE(again.currentComponent(), 4);
    }

    void attachAFileFromDisk()
    {
        DossierView view;
        view.setWorkstation(m_ws.get());
        view.setDossier(m_dossier);
        const QString png = m_dir.filePath(QStringLiteral("photo.png"));
        QImage img(200, 300, QImage::Format_Grayscale8);
        img.fill(200);
        QVERIFY(img.save(png));
        const auto id = view.attachFile(png, 2);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().message));
        QTRY_VERIFY(!view.filesText(2).isEmpty()); // once stored (the writer thread)

        const QString fake = m_dir.filePath(QStringLiteral("letter.pdf"));
        QFile f(fake);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a PDF");
        f.close();
        const auto refused = view.attachFile(fake, 2);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, QStringLiteral("dossier.attach_type"));
        QCOMPARE(view.attachFile(m_dir.filePath(QStringLiteral("missing.pdf")), 2).error().code,
                 QStringLiteral("dossier.attach_unreadable"));
        QCOMPARE(view.attachFile(png, 77).error().code, QStringLiteral("dossier.attach_failed"));

        m_ws->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(serverAttachments(3).size(), 3, 20000);
        const QJsonArray list = serverAttachments(3);
        bool found = false;
        for (const QJsonValue& v : list)
            found |= v.toObject().value("componentId").toInt() == 2 &&
                     v.toObject().value("mime").toString() == QStringLiteral("image/png");
        QVERIFY(found);
    }

    void closingWhileSavingKeepsThePages()
    {
        // Opened as the application opens it: deleted when closed.
        QPointer<ScanIntoDossierDialog> dialog =
            new ScanIntoDossierDialog(*m_ws, m_dossier, nullptr, m_settings.get());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
        QVERIFY(dialog->selectComponent(1));
        auto* source = child<QComboBox>(*dialog, "sourceCombo");
        auto* scan = child<QPushButton>(*dialog, "scanButton");
        auto* close = child<QPushButton>(*dialog, "closeButton");
        QTRY_VERIFY_WITH_TIMEOUT(source->count() == 2, 10000);
        choose(source, int(ScanSource::Flatbed));
        choose(child<QComboBox>(*dialog, "resolutionCombo"), 75);
        scan->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            scan->isEnabled() && child<QListWidget>(*dialog, "pageList")->count() == 1, 20000);
        const qsizetype filesBefore = m_ws->attachments(m_dossier.code).size();

        QSignalSpy saved(dialog.data(), &ScanIntoDossierDialog::saved);
        QVERIFY(close->isEnabled());
        child<QPushButton>(*dialog, "saveButton")->click();
        // The PDF is being made on a worker thread: Close, Escape and the window's close button
        // all leave the dialog, and the pages, where they are.
        QVERIFY(!close->isEnabled());
        QTest::keyClick(dialog.data(), Qt::Key_Escape);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->close());
        dialog->reject();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY2(dialog->statusLabel()->text().contains(QStringLiteral("closed once")),
                 qPrintable(dialog->statusLabel()->text()));

        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 20000);
        QCOMPARE(m_ws->attachments(m_dossier.code).size(), filesBefore + 1);
        // Saved: it closes again.
        QVERIFY(close->isEnabled());
        close->click();
        QTRY_VERIFY(!dialog);
    }

    void cleanupTestCase()
    {
        m_ws.reset();
        m_server.stop();
    }
};

QTEST_MAIN(TstScanIntoDossier)
#include "tst_scanintodossier.moc"
