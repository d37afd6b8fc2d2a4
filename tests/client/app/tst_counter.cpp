#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/api/ApiClient.h"
#include "core/api/ProblemText.h"
#include "core/barcode/Barcode.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "gui/dossier/DossierView.h"
#include "gui/intake/ComponentChecklistModel.h"
#include "gui/intake/IntakePage.h"
#include "gui/intake/LastReceivedBar.h"
#include "gui/intake/PersonFields.h"
#include "gui/lookup/BarcodeWedge.h"
#include "gui/main/CounterController.h"
#include "gui/main/MainWindow.h"
#include "gui/returns/ReturnDialog.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Counter-Test-2026!");

// QTest::keyClicks aborts on non-ASCII text: type Vietnamese one character at a time.
void typeText(QWidget* w, const QString& text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

QWidget* focused()
{
    return QApplication::focusWidget();
}

QStringList barcodesOnPdf(const QString& pdf, const QString& workDir)
{
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-gray"),
                  QStringLiteral("-png"), QStringLiteral("-f"), QStringLiteral("1"),
                  QStringLiteral("-l"), QStringLiteral("1"), pdf,
                  workDir + QStringLiteral("/page")});
    raster.waitForFinished(60000);
    QStringList texts;
    const QStringList pages = QDir(workDir).entryList({QStringLiteral("page*.png")});
    for (const QString& p : pages) {
        for (const DecodedBarcode& b : barcode::decode(QImage(workDir + u'/' + p)))
            texts << b.text;
    }
    return texts;
}

} // namespace

class TstCounter : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(m_server.start({QStringLiteral("--demo")}), qPrintable(m_server.output()));
        m_workstation = std::make_unique<Workstation>(m_dir.path() + QStringLiteral("/ws"));
        QDir().mkpath(m_dir.path() + QStringLiteral("/ws"));
        QVERIFY(m_workstation->open());
        const LoginAnswer loggedIn =
            logIn(*m_workstation, m_server.url(), QStringLiteral("demo-reception"), kPassword);
        QVERIFY(loggedIn.answered);
        QCOMPARE(loggedIn.offline, false); // online
        QTRY_VERIFY_WITH_TIMEOUT(m_workstation->store().procedures().size() >= 30, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(m_workstation->store().user(QStringLiteral("demo-leader")), 20000);
        m_window =
            std::make_unique<MainWindow>(m_workstation.get(), *m_workstation->currentUser(), false);
        m_window->controller()->setPdfDirectory(pdfDir());
        // The test types as a person does (a key every 120 ms on the barcode gun's clock), except
        // where it plays the barcode gun.
        m_window->wedge()->setClock([this] { return m_clock += m_keyGapMs; });
        m_window->resize(1280, 860);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void aWholeIntakeByKeyboardPrintsReceiptAndSlip()
    {
        IntakePage* page = m_window->intakePage();
        m_window->showIntake();
        QCOMPARE(focused(), page->procedureSearch());
        QTest::keyClicks(focused(), "dang ky khai sinh");
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(page->currentProcedure()->nationalCode, QStringLiteral("1.001193"));
        QTest::keyClick(focused(), Qt::Key_Tab);
        QTest::keyClick(focused(), Qt::Key_Tab);
        typeText(focused(), QStringLiteral("Nguyễn Thị Ngọc Ánh"));
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::keyClicks(focused(), "001190012345");
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::keyClicks(focused(), "0912345678");
        QTest::keyClick(focused(), Qt::Key_Return);
        QTest::keyClick(focused(), Qt::Key_Return);
        typeText(focused(), QStringLiteral("Phường Xuân Hương, Lâm Đồng"));
        page->componentTable()->setFocus();
        page->componentTable()->setCurrentIndex(page->componentModel()->index(0, 0));
        for (int row = 0; row < page->componentModel()->rowCount(); ++row) {
            if (page->componentModel()->requirements().at(row).mandatory)
                QTest::keyClick(page->componentTable(), Qt::Key_Space);
            QTest::keyClick(page->componentTable(), Qt::Key_Down);
        }
        const QDateTime appointment = page->appointmentPreview();
        const int papers = page->componentModel()->rowCount();
        QVERIFY(appointment.isValid());
        QTest::keyClick(m_window.get(), Qt::Key_F9);

        // The receipt and the control slip come out as the dossier is accepted by the server
        // (written on worker threads, each reported as it is done).
        QTRY_VERIFY2_WITH_TIMEOUT(
            QDir(pdfDir()).entryList({QStringLiteral("control-slip-*.pdf")}).size() == 1 &&
                QDir(pdfDir()).entryList({QStringLiteral("receipt-*.pdf")}).size() == 1,
            qPrintable(page->problemLabel()->text() + u'|' +
                       page->findChild<QLabel*>(QStringLiteral("result"))->text() + u'|' +
                       QDir(pdfDir()).entryList().join(u',')),
            20000);
        const QStringList receipts = QDir(pdfDir()).entryList({QStringLiteral("receipt-*.pdf")});
        QCOMPARE(receipts.size(), 1);
        m_code = receipts.first().mid(8).chopped(4); // receipt-CODE.pdf
        QVERIFY2(m_code.startsWith(QStringLiteral("000.00.71.H36-")), qPrintable(m_code));
        // The clerk sees it at once, above the cleared form: the code, the appointment and where
        // each form went (here PDF files, named after the whole code); the status bar names the
        // file too.
        auto* last = page->lastReceivedBar();
        QVERIFY(last->isVisible() && last->isFresh());
        QCOMPARE(last->code(), m_code);
        QVERIFY(last->text().contains(vntime::civilTime(appointment).toString("HH:mm")));
        QTRY_VERIFY2(
            last->text().contains(pdfDir() + QStringLiteral("/receipt-") + m_code + ".pdf"),
            qPrintable(last->text()));
        QTRY_VERIFY(
            last->text().contains(pdfDir() + QStringLiteral("/control-slip-") + m_code + ".pdf"));
        // In the order of the forms, whichever file was written first.
        QVERIFY2(last->text().indexOf(QStringLiteral("/receipt-")) <
                     last->text().indexOf(QStringLiteral("/control-slip-")),
                 qPrintable(last->text()));
        QTRY_VERIFY2(m_window->statusBar()->currentMessage().contains(pdfDir()),
                     qPrintable(m_window->statusBar()->currentMessage()));
        // Reprint from the line: the receipt again, under the same whole name.
        QFile::remove(pdfDir() + QStringLiteral("/receipt-") + m_code + ".pdf");
        QTest::mouseClick(last->findChild<QPushButton*>(QStringLiteral("lastReceivedReprint")),
                          Qt::LeftButton);
        QTRY_VERIFY(QFile::exists(pdfDir() + QStringLiteral("/receipt-") + m_code + ".pdf"));
        QVERIFY(page->findChild<QLabel*>(QStringLiteral("result"))->text().contains(m_code));
        QVERIFY(page->ownerFields()->person().fullName.isEmpty()); // ready for the next citizen

        StaffApi admin(m_server.url(), QStringLiteral("demo-admin"), kPassword);
        const Dossier onServer = admin.get(m_code);
        QCOMPARE(onServer.owner.fullName, QStringLiteral("Nguyễn Thị Ngọc Ánh"));
        QCOMPARE(onServer.owner.idNumber, QStringLiteral("001190012345"));
        QCOMPARE(onServer.status, DossierStatus::Accepted);
        QCOMPARE(onServer.components.size(), papers);
        // The appointment shown live while typing is the one the server computed.
        QCOMPARE(onServer.appointmentAt, appointment);
        QVERIFY(m_workstation->store().dossier(m_code));

        // The receipt's barcodes read back (an independent raster of the PDF).
        QTemporaryDir raster;
        const QStringList texts = barcodesOnPdf(pdfDir() + u'/' + receipts.first(), raster.path());
        QVERIFY2(texts.contains(m_code), qPrintable(texts.join(u'|')));
    }

    void guidanceAndRefusalPrintTheirSlipsAndAreRecorded()
    {
        IntakePage* page = m_window->intakePage();
        m_window->showIntake();
        QTest::keyClicks(page->procedureSearch(), "ket hon");
        QTest::keyClick(page->procedureSearch(), Qt::Key_Return);
        QVERIFY(page->currentProcedure());
        page->ownerFields()->nameEdit()->setText(QStringLiteral("Trần Văn Bình"));
        QTest::keyClick(m_window.get(), Qt::Key_F10);
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(pdfDir()).entryList({QStringLiteral("supplement-*.pdf")}).size() == 1, 10000);

        QTest::keyClicks(page->procedureSearch(), "ket hon");
        QTest::keyClick(page->procedureSearch(), Qt::Key_Return);
        page->ownerFields()->nameEdit()->setText(QStringLiteral("Lò Thị Mai"));
        QTest::keyClick(m_window.get(), Qt::Key_F11); // no reason yet: refused by the page
        QVERIFY(page->problemLabel()->isVisible());
        page->reasonEdit()->setPlainText(QStringLiteral("Hồ sơ thuộc thẩm quyền cấp tỉnh"));
        QTest::keyClick(m_window.get(), Qt::Key_F11);
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(pdfDir()).entryList({QStringLiteral("refusal-*.pdf")}).size() == 1, 10000);

        const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
        const auto outcomes = m_workstation->store().counterOutcomes(today.addDays(-1), today);
        QCOMPARE(outcomes.size(), 2);
        // Each record keeps the instant its printed form shows (the file is named after it).
        QMap<QString, QString> stamps;
        for (const CounterOutcome& o : outcomes)
            stamps.insert(o.kind,
                          vntime::toVietnam(o.at).toString(QStringLiteral("yyMMdd-HHmmss")));
        const QString supplement =
            QDir(pdfDir()).entryList({QStringLiteral("supplement-*.pdf")}).first();
        const QString refusal = QDir(pdfDir()).entryList({QStringLiteral("refusal-*.pdf")}).first();
        QCOMPARE(QStringLiteral("supplement-") + stamps.value(QStringLiteral("guide")) + ".pdf",
                 supplement);
        QCOMPARE(QStringLiteral("refusal-") + stamps.value(QStringLiteral("refuse")) + ".pdf",
                 refusal);
    }

    void aBarcodeBurstOpensTheDossierAndTheResultIsReturned()
    {
        QVERIFY(!m_code.isEmpty());
        // Push the dossier through the department and the leader on the server.
        StaffApi specialist(m_server.url(), QStringLiteral("demo-specialist"), kPassword);
        StaffApi leader(m_server.url(), QStringLiteral("demo-leader"), kPassword);
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        QCOMPARE(specialist.act(m_code, WorkflowAction::Forward), 200);
        QCOMPARE(leader.act(m_code, WorkflowAction::Approve), 200);
        QCOMPARE(reception.act(m_code, WorkflowAction::MarkResultReady), 200);
        m_workstation->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(m_workstation->store().dossier(m_code)->status,
                                  DossierStatus::Finished, 20000);

        // F3 and F2 switch between the lookup and the intake.
        QTest::keyClick(m_window.get(), Qt::Key_F3);
        QCOMPARE(m_window->tabs()->currentIndex(), 1);
        QTest::keyClick(m_window.get(), Qt::Key_F2);
        QCOMPARE(m_window->tabs()->currentWidget(), m_window->intakePage());

        // At intake, the gun reading a citizen ID card's QR code fills the applicant.
        m_window->showIntake();
        m_keyGapMs = 5;
        for (const QChar c :
             QStringLiteral("001090012345||NGUYEN VAN AN|14031990|Nam|HA NOI|01072021"))
            QTest::keyClick(m_window->intakePage()->procedureSearch(), c.toLatin1());
        QTest::keyClick(m_window->intakePage()->procedureSearch(), Qt::Key_Return);
        m_keyGapMs = 120;
        QTRY_COMPARE(m_window->intakePage()->ownerFields()->person().fullName,
                     QStringLiteral("NGUYEN VAN AN"));
        QCOMPARE(m_window->intakePage()->ownerFields()->person().birthDate, QDate(1990, 3, 14));
        QVERIFY(m_window->intakePage()->procedureSearch()->text().isEmpty());
        m_window->intakePage()->clearForm();

        // The barcode gun: a fast burst ending in Enter, wherever the focus is.
        m_window->showIntake();
        QWidget* target = m_window->intakePage()->ownerFields()->nameEdit();
        target->setFocus();
        m_keyGapMs = 5;
        for (const QChar c : m_code)
            QTest::keyClick(target, c.toLatin1());
        QTest::keyClick(target, Qt::Key_Return);
        m_keyGapMs = 120;
        QTRY_VERIFY(m_window->dossierView()->hasDossier());
        QCOMPARE(m_window->dossierView()->dossier().code, m_code);
        QVERIFY(m_window->intakePage()->ownerFields()->person().fullName.isEmpty());

        // Return at the counter: the dialog comes prefilled with the owner.
        QTimer::singleShot(0, this, [] {
            auto* dialog = qobject_cast<ReturnDialog*>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QVERIFY(dialog->isComplete());
            dialog->accept();
        });
        auto* button =
            m_window->dossierView()->findChild<QPushButton*>(QStringLiteral("returnResultButton"));
        QVERIFY(button && button->isEnabled());
        button->click();
        StaffApi admin(m_server.url(), QStringLiteral("demo-admin"), kPassword);
        QTRY_COMPARE_WITH_TIMEOUT(admin.get(m_code).status, DossierStatus::Returned, 20000);
        QCOMPARE(admin.get(m_code).returnedTo.fullName, QStringLiteral("Nguyễn Thị Ngọc Ánh"));
        QCOMPARE(admin.get(m_code).returnedTo.idNumber, QStringLiteral("001190012345"));
    }

    void thePrintCommandWorksOnlineAndFromTheCache()
    {
        QVERIFY(!m_code.isEmpty());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOTCUA_USER"), QStringLiteral("demo-reception"));
        env.insert(QStringLiteral("MOTCUA_PASSWORD"), kPassword);
        const QString out = m_dir.path() + QStringLiteral("/reprint.pdf");
        QProcess print;
        print.setProcessEnvironment(env);
        print.start(QStringLiteral(MOTCUA_CLIENT_BIN),
                    {QStringLiteral("print"), QStringLiteral("--form"), QStringLiteral("receipt"),
                     QStringLiteral("--dossier"), m_code, QStringLiteral("--output"), out,
                     QStringLiteral("--server"), m_server.url().toString(),
                     QStringLiteral("--data-dir"), m_dir.path() + QStringLiteral("/ws")});
        QVERIFY(print.waitForFinished(60000));
        QVERIFY2(print.exitCode() == 0, print.readAllStandardError().constData());
        QTemporaryDir raster;
        QVERIFY(barcodesOnPdf(out, raster.path()).contains(m_code));
        // An independent reader (zbar) finds the code too, and the text keeps its diacritics.
        QProcess zbar;
        zbar.start(QStringLiteral("zbarimg"),
                   {QStringLiteral("-q"), QStringLiteral("--raw"),
                    raster.path() + QStringLiteral("/") +
                        QDir(raster.path()).entryList({QStringLiteral("page*.png")}).first()});
        QVERIFY(zbar.waitForFinished(60000));
        QVERIFY2(QString::fromUtf8(zbar.readAllStandardOutput()).split(u'\n').contains(m_code),
                 "zbarimg did not read the dossier code");
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(words.contains(QStringLiteral("GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ")));
        QVERIFY(words.contains(QStringLiteral("Nguyễn Thị Ngọc Ánh")));
        QVERIFY(words.contains(QStringLiteral("Thủ tục đăng ký khai sinh")));
        QProcess info;
        info.start(QStringLiteral("pdfinfo"), {out});
        QVERIFY(info.waitForFinished(60000));
        const QString pages = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(pages.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))),
                 "the receipt of a real procedure must fit one sheet");

        // Server gone, no credentials: the workstation's cache still prints it.
        QCOMPARE(m_server.stop(), 0);
        const QString offline = m_dir.path() + QStringLiteral("/offline.pdf");
        print.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        print.start(QStringLiteral(MOTCUA_CLIENT_BIN),
                    {QStringLiteral("print"), QStringLiteral("--form"),
                     QStringLiteral("control-slip"), QStringLiteral("--dossier"), m_code,
                     QStringLiteral("--output"), offline, QStringLiteral("--data-dir"),
                     m_dir.path() + QStringLiteral("/ws")});
        QVERIFY(print.waitForFinished(60000));
        QVERIFY2(print.exitCode() == 0, print.readAllStandardError().constData());
        QVERIFY(QFileInfo(offline).size() > 1000);

        // A code nobody has: a clear message, no file.
        print.start(QStringLiteral(MOTCUA_CLIENT_BIN),
                    {QStringLiteral("print"), QStringLiteral("--form"), QStringLiteral("receipt"),
                     QStringLiteral("--dossier"), QStringLiteral("000.00.71.H36-200101-9999"),
                     QStringLiteral("--output"), m_dir.path() + QStringLiteral("/none.pdf"),
                     QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--data-dir"),
                     m_dir.path() + QStringLiteral("/ws")});
        QVERIFY(print.waitForFinished(60000));
        QCOMPARE(print.exitCode(), 1);
        QVERIFY(print.readAllStandardError().contains("not in the local cache"));
        QVERIFY(!QFile::exists(m_dir.path() + QStringLiteral("/none.pdf")));
    }

    void aGuidanceNotRecordedSaysWhy()
    {
        // Logged out behind the window's back (the server is gone by now): the guidance cannot
        // be recorded, and the clerk is told the real reason, in words.
        QSignalSpy out(m_workstation.get(), &Workstation::loggedOut);
        m_workstation->logout();
        QVERIFY(out.wait(20000));
        IntakePage* page = m_window->intakePage();
        m_window->showIntake();
        QTest::keyClicks(page->procedureSearch(), "ket hon");
        QTest::keyClick(page->procedureSearch(), Qt::Key_Return);
        QVERIFY(page->currentProcedure());
        page->ownerFields()->nameEdit()->setText(QStringLiteral("Hà Văn Chờ"));
        const int files = QDir(pdfDir()).entryList({QStringLiteral("supplement-*.pdf")}).size();
        // The shortcut works in the active window (the previous test ran other processes).
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_F10);
        QTRY_VERIFY(page->problemLabel()->isVisible());
        const QString shown = page->problemLabel()->text();
        QVERIFY2(shown.contains(ProblemText::message(QStringLiteral("auth.not_logged_in"))),
                 qPrintable(shown));
        QVERIFY2(!shown.contains(ProblemText::message(QStringLiteral("storage.failed"))),
                 qPrintable(shown));
        // Nothing printed, and the intake is kept for another try.
        QCOMPARE(QDir(pdfDir()).entryList({QStringLiteral("supplement-*.pdf")}).size(), files);
        QCOMPARE(page->ownerFields()->person().fullName, QStringLiteral("Hà Văn Chờ"));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_workstation.reset();
    }

private:
    QString pdfDir() const { return m_dir.path() + QStringLiteral("/pdf"); }

    QTemporaryDir m_dir;
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<Workstation> m_workstation;
    std::unique_ptr<MainWindow> m_window;
    QString m_code;
    qint64 m_clock = 1000000;
    qint64 m_keyGapMs = 120;
};

QTEST_MAIN(TstCounter)
#include "tst_counter.moc"
