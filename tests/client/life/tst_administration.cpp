// The catalogue issue's "done when", end to end through the GUI with a fixed clock: on Friday
// 5 March 2027 an administrator takes procedure 2.000815 from the national database (a LayThuTuc
// record), adjusts it — a fee, the blank form of a paper — draws a step into its process, and
// publishes it for next Monday. A counter that received a dossier on Friday still offers
// version 1 that day. On Monday (the server restarted with Monday's clock, the workstation's
// clock moved on) the counter offers version 2 — its papers, its fee, the blank form, printed
// and read back — and receives a dossier under it that goes through the drawn step, while
// Friday's dossier keeps version 1's papers on its reprinted receipt and version 1's way.
#include "KeyboardInput.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "core/VnTime.h"
#include "core/barcode/Barcode.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "forms/FormKind.h"
#include "gui/intake/BlankFormsDialog.h"
#include "gui/intake/ComponentChecklistModel.h"
#include "gui/intake/IntakePage.h"
#include "gui/intake/PersonFields.h"
#include "gui/lookup/BarcodeWedge.h"
#include "gui/main/CounterController.h"
#include "gui/main/MainWindow.h"
#include "gui/settings/CaseEditor.h"
#include "gui/settings/ImportPreviewDialog.h"
#include "gui/settings/ProcedureEditor.h"
#include "gui/settings/ProcedureVersionsModel.h"
#include "gui/settings/ProceduresPage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/process/ProcessDesigner.h"
#include "gui/settings/process/ProcessModel.h"
#include "gui/settings/process/ProcessesPage.h"

#include <QAbstractItemView>
#include <QBuffer>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Admin-Test-2026!");
const QString kCode = QStringLiteral("2.000815");
const QDate kFriday(2027, 3, 5);
const QDate kMonday(2027, 3, 8);
const QString kFormText = QStringLiteral("MAU-THOA-THUAN-THOI-HAN");
const QString kAgreement = QStringLiteral("Văn bản thỏa thuận thời hạn");
const QString kCopy = QStringLiteral("Bản sao cần chứng thực");
const QString kReview = QStringLiteral("Thẩm định hồ sơ phức tạp");

QStringList serverArgs(const QDateTime& now)
{
    return {QStringLiteral("--demo"),
            QStringLiteral("--set"),
            QStringLiteral("motcua.auth.argon2.memoryKiB=64"),
            QStringLiteral("--set"),
            QStringLiteral("motcua.auth.argon2.iterations=1"),
            QStringLiteral("--set"),
            QStringLiteral("motcua.testing.now=") + now.toString(Qt::ISODate)};
}

// A one-page PDF blank form with a QR code of `text`, as a province's form would be scanned.
QByteArray formPdf(const QString& text)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setResolution(300);
    QPainter p(&pdf);
    p.setFont(QFont(QStringLiteral("DejaVu Sans"), 14));
    p.drawText(QPointF(200, 300), QStringLiteral("VĂN BẢN THỎA THUẬN THỜI HẠN"));
    const QImage qr = barcode::encodeQr(text).value();
    p.drawImage(QRectF(200, 500, qr.width() * 12, qr.height() * 12), qr); // 1 mm modules
    p.end();
    return bytes;
}

QString pdfText(const QString& pdf)
{
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!text.waitForFinished(60000) || text.exitCode() != 0)
        return {};
    return QString::fromUtf8(text.readAllStandardOutput()).simplified();
}

// The barcodes on the first page of `pdf`, rasterised by poppler as a person's scanner would see
// the sheet.
QStringList barcodesOn(const QString& pdf, const QString& dir)
{
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
                 {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-gray"),
                  QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf,
                  dir + QStringLiteral("/printed")});
    if (!raster.waitForFinished(60000) || raster.exitCode() != 0)
        return {};
    QStringList out;
    for (const DecodedBarcode& b : barcode::decode(QImage(dir + QStringLiteral("/printed.png"))))
        out << b.text;
    return out;
}

} // namespace

class TstAdministration : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<Workstation> m_adminWs, m_counterWs;
    std::unique_ptr<SettingsDialog> m_dialog;
    std::unique_ptr<MainWindow> m_counter;
    ProceduresPage* m_procedures = nullptr;
    ProcessesPage* m_processes = nullptr;
    QString m_friday; // the dossier received on Friday
    QString m_formSha;
    bool m_broken = false;

    QString pdfDir() const { return m_dir.path() + QStringLiteral("/pdf"); }

    void waitProcedures() { QTRY_VERIFY_WITH_TIMEOUT(!m_procedures->isLoading(), 20000); }

    // Only the window in front listens for a barcode gun (it watches the application's keys), as
    // only one would at a real desk.
    void showCounter()
    {
        m_dialog->hide();
        m_counter->wedge()->setEnabled(true);
        m_counter->show();
        m_counter->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_counter.get()));
        m_counter->showIntake();
    }

    void showAdministrator()
    {
        m_counter->hide();
        m_counter->wedge()->setEnabled(false);
        m_dialog->show();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get())); // keyboard shortcuts need it
    }

    // The counter finds 2.000815 by its code and picks case 2, keyboard first.
    void chooseSecondCase(IntakePage* page)
    {
        page->clearForm();
        page->procedureSearch()->setFocus();
        QTest::keyClicks(page->procedureSearch(), kCode.toLatin1().constData());
        QTest::keyClick(page->procedureSearch(), Qt::Key_Return);
        QVERIFY(page->currentProcedure());
        QCOMPARE(page->currentProcedure()->nationalCode, kCode);
        QVERIFY(page->caseBox()->isVisible());
        QTRY_VERIFY(page->caseBox()->view()->isVisible()); // the cases drop down at once
        QTest::keyClick(page->caseBox()->view(), Qt::Key_Down);
        QTest::keyClick(page->caseBox()->view(), Qt::Key_Down);
        QTest::keyClick(page->caseBox()->view(), Qt::Key_Return);
        QTRY_VERIFY(!page->caseBox()->view()->isVisible());
        // The offscreen platform gives the window back no activation when a popup closes.
        m_counter->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_counter.get()));
        QVERIFY(page->currentCase());
        QCOMPARE(page->currentCase()->id, 2);
    }

    static void shot(QWidget* w, const char* name)
    {
        if (const QString dir = qEnvironmentVariable("MOTCUA_SHOT_DIR"); !dir.isEmpty())
            QVERIFY(w->grab().save(dir + u'/' + QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        const QDateTime friday = vntime::fromCivil(kFriday, QTime(9, 0));
        vntime::setClockForTesting(friday);
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(m_server.start(serverArgs(friday)), qPrintable(m_server.output()));
        for (const auto& [ws, user] :
             {std::pair{&m_adminWs, "demo-admin"}, std::pair{&m_counterWs, "demo-reception"}}) {
            const QString dir = m_dir.path() + u'/' + QLatin1String(user);
            QDir().mkpath(dir);
            *ws = std::make_unique<Workstation>(dir);
            QVERIFY((*ws)->open());
            QVERIFY(logIn(**ws, m_server.url(), QString::fromLatin1(user), kPassword).answered);
            QTRY_VERIFY_WITH_TIMEOUT((*ws)->store().procedure(kCode).has_value(), 20000);
        }
        m_dialog = std::make_unique<SettingsDialog>();
        m_procedures = new ProceduresPage(m_adminWs.get(), m_dialog.get());
        m_processes = new ProcessesPage(m_adminWs.get(), m_dialog.get());
        m_dialog->addPage(m_procedures);
        m_dialog->addPage(m_processes);
        m_dialog->setOnline(true);
        m_dialog->resize(1280, 820);
        m_counter =
            std::make_unique<MainWindow>(m_counterWs.get(), *m_counterWs->currentUser(), false);
        m_counter->controller()->setPdfDirectory(pdfDir());
        m_counter->wedge()->setClock([clock = qint64(1000000)]() mutable { return clock += 120; });
        m_counter->resize(1280, 860);
        showAdministrator();
        m_procedures->reload();
        waitProcedures();
    }

    void init()
    {
        if (m_broken)
            QFAIL("an earlier step of the administration failed");
    }
    void cleanup() { m_broken = m_broken || QTest::currentTestFailed(); }

    void cleanupTestCase()
    {
        m_dialog.reset();
        m_counter.reset();
        m_adminWs.reset();
        m_counterWs.reset();
        vntime::setClockForTesting({});
        QCOMPARE(m_server.stop(), 0);
    }

    // Friday morning: a dossier of case 2 under version 1 (the copy to certify among its papers).
    void fridaysDossierIsReceivedUnderVersion1()
    {
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        IntakeRequest r;
        r.procedureCode = kCode;
        r.caseId = 2;
        r.owner.fullName = QStringLiteral("Đỗ Thứ Sáu");
        r.owner.idNumber = QStringLiteral("001190012345");
        r.owner.phone = QStringLiteral("0912 345 678");
        r.components = {{1, 1, 0, 0, {}}, {2, 0, 0, 1, {}}};
        m_friday = reception.intake(r);
        QVERIFY(!m_friday.isEmpty());
        const Dossier d = reception.get(m_friday);
        QCOMPARE(d.procedureVersion, 1);
        QCOMPARE(d.caseId, 2);
        QCOMPARE(d.currentStepId, QStringLiteral("process"));
    }

    void theAdministratorTakesTheNationalRecord()
    {
        m_procedures->importFile(QStringLiteral(MOTCUA_TEST_RESOURCES) +
                                 QStringLiteral("/laythutuc/2.000815.json"));
        QTRY_VERIFY_WITH_TIMEOUT(
            m_procedures->importDialog() && m_procedures->importDialog()->isVisible(), 20000);
        ImportPreviewDialog* preview = m_procedures->importDialog();
        QCOMPARE(preview->records()->topLevelItem(0)->text(0), kCode);
        preview->applyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isVisible(), 20000);
        waitProcedures();
        const Procedure* draft = m_procedures->model()->draft(kCode);
        QVERIFY(draft);
        QCOMPARE(draft->version, 2);
        QCOMPARE(draft->cases.size(), 2);
        QCOMPARE(draft->cases.at(1).components.at(1).name, kAgreement);
        showAdministrator();
    }

    // A fee of case 2 raised, and the agreement's blank form attached to its paper.
    void adjustsItAndAttachesTheBlankForm()
    {
        QVERIFY(m_procedures->select(kCode));
        ProcedureEditor* editor = m_procedures->editor();
        editor->tabs()->setCurrentIndex(1);
        editor->caseList()->setCurrentRow(1);
        CaseEditor* c = editor->caseEditor();
        QCOMPARE(c->papers()->item(1, 0)->text(), kAgreement);
        c->fees()->item(0, 1)->setData(Qt::EditRole, 3000);

        const QString form = m_dir.path() + QStringLiteral("/mau-thoa-thuan.pdf");
        QFile file(form);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(formPdf(kFormText));
        file.close();
        c->papers()->setCurrentCell(1, 0);
        m_procedures->attachForm(1, form);
        QTRY_COMPARE_WITH_TIMEOUT(c->papers()->item(1, 5)->text(),
                                  QStringLiteral("mau-thoa-thuan.pdf"), 20000);
        QVERIFY(m_procedures->isModified());
        shot(m_dialog.get(), "administration-form-attached.png");

        QSignalSpy applied(m_procedures, &SettingsPage::applyFinished);
        m_procedures->apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
        QVERIFY(applied.first().first().toBool());
        waitProcedures();
        const Procedure* draft = m_procedures->model()->draft(kCode);
        QVERIFY(draft);
        const ComponentRequirement& paper = draft->cases.at(1).components.at(1);
        QCOMPARE(paper.formName, QStringLiteral("mau-thoa-thuan.pdf"));
        QCOMPARE(paper.formSha256.size(), 64);
        m_formSha = paper.formSha256;
        QCOMPARE(draft->cases.at(1).fees.at(0).amountVnd, 3000);
    }

    // In the tables, keyboard only: a review step between processing and the signature.
    void drawsAStepIntoItsProcess()
    {
        m_dialog->categoryList()->setCurrentRow(1);
        m_processes->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!m_processes->isLoading(), 20000);
        QVERIFY(m_processes->select(kCode, 2));
        ProcessDesigner* designer = m_processes->designer();
        ProcessModel* model = designer->model();
        QCOMPARE(model->stepCount(), 4);
        designer->tabs()->setCurrentIndex(1);
        designer->stepsTable()->setFocus();
        QTest::keyClick(designer->stepsTable(), Qt::Key_Insert);
        QCOMPARE(model->stepCount(), 5);
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && editor != designer->stepsTable());
        typeText(editor, kReview);
        QTest::keyClick(editor, Qt::Key_Return);
        QTRY_COMPARE(model->step(4).name, kReview);
        QTest::keyClick(designer->stepsTable(), Qt::Key_Right); // Kind
        QTest::keyClick(designer->stepsTable(), Qt::Key_Right); // Unit
        typeText(designer->stepsTable(), QStringLiteral("Tư pháp - Hộ tịch"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(model->step(4).unit, QStringLiteral("Tư pháp - Hộ tịch"));
        // process → review (the arrow to the signature turned), review → signature.
        QCOMPARE(model->transition(1).from, QStringLiteral("process"));
        QCOMPARE(model->transition(1).to, QStringLiteral("approve"));
        QVERIFY(chooseInTable(designer->transitionsTable(), 1, 2, 4)); // to: the fifth step
        QCOMPARE(model->transition(1).to, model->step(4).id);
        designer->transitionsTable()->setFocus();
        QTest::keyClick(designer->transitionsTable(), Qt::Key_Insert);
        QVERIFY(chooseInTable(designer->transitionsTable(), 3, 0, 4)); // from: the review
        QVERIFY(chooseInTable(designer->transitionsTable(), 3, 2, 2)); // to: the signature
        QCOMPARE(model->transition(3).to, QStringLiteral("approve"));
        designer->tabs()->setCurrentIndex(0);
        designer->arrange();
        shot(m_dialog.get(), "administration-process.png");

        QSignalSpy applied(m_processes, &SettingsPage::applyFinished);
        m_dialog->applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
        QVERIFY(applied.first().first().toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!m_processes->isLoading(), 20000);
        QVERIFY(m_processes->editingLabel()->text().contains(QStringLiteral("draft 2")));
    }

    void publishesItForNextMonday()
    {
        m_dialog->categoryList()->setCurrentRow(0);
        m_procedures->reload();
        waitProcedures();
        QVERIFY(m_procedures->select(kCode));
        const Procedure* draft = m_procedures->model()->draft(kCode);
        QVERIFY(draft);
        QCOMPARE(draft->cases.at(1).workflow.steps.size(), 5);
        QCOMPARE(draft->cases.at(1).components.at(1).formSha256, m_formSha); // kept
        m_procedures->publishDay()->setDate(kMonday);
        m_procedures->setWarningAnswer(1);
        m_procedures->publish();
        QTRY_VERIFY_WITH_TIMEOUT(!m_procedures->model()->draft(kCode), 20000);
        waitProcedures();
        const Procedure* v2 = m_procedures->model()->version(kCode, 2);
        QVERIFY(v2);
        QCOMPARE(v2->effectiveFrom, kMonday);
        QCOMPARE(m_procedures->model()->version(kCode, 1)->effectiveTo, kMonday.addDays(-1));
    }

    // Friday still: the counter offers version 1 — no blank form, the copy to certify, 2 000 đ.
    void onFridayTheCounterStillOffersVersion1()
    {
        m_counterWs->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_counterWs->store().procedure(kCode, kMonday).has_value() &&
                                     m_counterWs->store().procedure(kCode, kMonday)->version == 2,
                                 20000);
        QCOMPARE(m_counterWs->store().procedure(kCode, kFriday)->version, 1);
        QTRY_VERIFY_WITH_TIMEOUT(m_counterWs->store().hasFormFile(m_formSha), 20000);
        showCounter();
        IntakePage* page = m_counter->intakePage();
        chooseSecondCase(page);
        QCOMPARE(page->currentProcedure()->version, 1);
        QCOMPARE(page->componentModel()->requirements().at(1).name, kCopy);
        QVERIFY(!page->blankFormsButton()->isEnabled());
        QCOMPARE(page->currentCase()->fees.at(0).amountVnd, 2000);
    }

    // Monday: the server and the workstation on Monday's clock; the counter takes version 2.
    void onMondayTheCounterOffersVersion2()
    {
        QCOMPARE(m_server.stop(), 0);
        const QDateTime monday = vntime::fromCivil(kMonday, QTime(8, 0));
        QVERIFY2(m_server.start(serverArgs(monday)), qPrintable(m_server.output()));
        vntime::setClockForTesting(monday);
        m_adminWs->setServerUrl(m_server.url());
        m_counterWs->setServerUrl(m_server.url());
        // What it synced on Friday: version 2 takes effect by the day alone (tst_midnight watches
        // the counter turn over at midnight by itself; here the clock jumped a weekend).
        QSignalSpy state(m_counterWs.get(), &Workstation::syncStateChanged);
        m_counterWs->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(state.contains(QVariantList{QStringLiteral("idle")}), 20000);
        QVERIFY(m_counterWs->isOnline());
        showCounter();
        IntakePage* page = m_counter->intakePage();
        page->reloadCatalogue();
        chooseSecondCase(page);
        QCOMPARE(page->currentProcedure()->version, 2);
        QCOMPARE(page->componentModel()->requirements().at(1).name, kAgreement);
        QCOMPARE(page->currentCase()->fees.at(0).amountVnd, 3000);

        // The blank form, printed from the workstation's copy and read back from the sheet.
        QVERIFY(page->blankFormsButton()->isEnabled());
        QTest::keyClick(m_counter.get(), Qt::Key_M, Qt::ControlModifier);
        QTRY_VERIFY(page->blankFormsDialog() && page->blankFormsDialog()->isVisible());
        BlankFormsDialog* forms = page->blankFormsDialog();
        QCOMPARE(forms->list()->count(), 1);
        QVERIFY(forms->list()->item(0)->text().contains(kAgreement));
        QVERIFY(forms->printButton()->isEnabled());
        shot(forms, "administration-blank-forms.png");
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setOutputFormat(QPrinter::PdfFormat);
        const QString printed = m_dir.path() + QStringLiteral("/printed-form.pdf");
        printer->setOutputFileName(printed);
        QSignalSpy done(forms, &BlankFormsDialog::printFinished);
        QVERIFY(forms->startPrint(printer));
        QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, 20000);
        QVERIFY(done.first().first().toBool());
        QCOMPARE(barcodesOn(printed, m_dir.path()), QStringList{kFormText});
        forms->close();
        // As after the case list: the offscreen platform does not hand activation back.
        m_counter->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_counter.get()));

        // A dossier received on Monday: version 2, its fee, its way through the review.
        Person owner;
        owner.fullName = QStringLiteral("Lý Thứ Hai");
        owner.idNumber = QStringLiteral("001190054321");
        owner.phone = QStringLiteral("0912345679");
        page->ownerFields()->setPerson(owner);
        page->componentTable()->setFocus();
        page->componentTable()->setCurrentIndex(page->componentModel()->index(0, 0));
        for (int row = 0; row < page->componentModel()->rowCount(); ++row) {
            if (page->componentModel()->requirements().at(row).mandatory)
                QTest::keyClick(page->componentTable(), Qt::Key_Space);
            QTest::keyClick(page->componentTable(), Qt::Key_Down);
        }
        QTest::keyClick(m_counter.get(), Qt::Key_F9);
        QTRY_VERIFY_WITH_TIMEOUT(!page->lastAcceptedCode().isEmpty(), 20000);
        const QString mondayCode = page->lastAcceptedCode();
        StaffApi specialist(m_server.url(), QStringLiteral("demo-specialist"), kPassword);
        const Dossier received = specialist.get(mondayCode);
        QCOMPARE(received.procedureVersion, 2);
        QCOMPARE(received.caseId, 2);
        QCOMPARE(received.fees.at(0).amountVnd, 3000);
        QCOMPARE(
            specialist.act(mondayCode, WorkflowAction::Forward, QStringLiteral("Đã đối chiếu")),
            200);
        const Dossier reviewed = specialist.get(mondayCode);
        const WorkflowStep* step = reviewed.workflow.step(reviewed.currentStepId);
        QVERIFY(step);
        QCOMPARE(step->name, kReview);
    }

    // Friday's dossier runs on unchanged: version 1's papers on its receipt reprinted today, and
    // version 1's way (processing straight to the signature).
    void fridaysDossierRunsOnUnchanged()
    {
        const QString pdf = pdfDir() + QStringLiteral("/receipt-%1.pdf").arg(m_friday);
        m_counterWs->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(m_counterWs->store().dossier(m_friday).has_value(), 20000);
        m_counter->controller()->printForm(FormKind::Receipt, m_friday);
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(pdf), 20000);
        if (const QString dir = qEnvironmentVariable("MOTCUA_SHOT_DIR"); !dir.isEmpty()) {
            QFile::remove(dir + QStringLiteral("/administration-old-receipt.pdf"));
            QVERIFY(QFile::copy(pdf, dir + QStringLiteral("/administration-old-receipt.pdf")));
        }
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(kCopy), qPrintable(text));
        QVERIFY2(!text.contains(kAgreement), qPrintable(text));

        StaffApi specialist(m_server.url(), QStringLiteral("demo-specialist"), kPassword);
        const Dossier before = specialist.get(m_friday);
        QCOMPARE(before.procedureVersion, 1);
        QCOMPARE(before.workflow.steps.size(), 4);
        QCOMPARE(specialist.act(m_friday, WorkflowAction::Forward, QStringLiteral("Đã đối chiếu")),
                 200);
        QCOMPARE(specialist.get(m_friday).currentStepId, QStringLiteral("approve"));
    }
};

QTEST_MAIN(TstAdministration)
#include "tst_administration.moc"
