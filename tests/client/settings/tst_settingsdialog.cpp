// Settings → Procedures as an administrator uses it, against a real motcua-server with the demo:
// the list with its filters, a change saved as a draft and published for tomorrow (today's
// version untouched), the server's refusal shown translated, the page found by the words on it,
// read-only offline, and no unsaved change lost by leaving.
#include "ServerProcess.h"
#include "WorkstationLogin.h"
#include "core/VnTime.h"
#include "core/api/ProblemText.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "gui/dossier/DossierText.h"
#include "gui/settings/CaseEditor.h"
#include "gui/settings/ImportPreviewDialog.h"
#include "gui/settings/ProcedureDiffView.h"
#include "gui/settings/ProcedureEditor.h"
#include "gui/settings/ProcedureVersionsModel.h"
#include "gui/settings/ProceduresPage.h"
#include "gui/settings/SettingsDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Settings-Test-2026!");

QDate vietnamToday()
{
    return vntime::civilDate(vntime::now());
}

} // namespace

class TstSettingsDialog : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<Workstation> m_ws;
    std::unique_ptr<SettingsDialog> m_dialog;
    ProceduresPage* m_page = nullptr;

    void waitLoaded() { QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 20000); }

private slots:
    void initTestCase()
    {
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("--set"),
                                 QStringLiteral("motcua.auth.argon2.memoryKiB=64"),
                                 QStringLiteral("--set"),
                                 QStringLiteral("motcua.auth.argon2.iterations=1")}),
                 qPrintable(m_server.output()));
        QDir().mkpath(m_dir.path() + QStringLiteral("/ws"));
        m_ws = std::make_unique<Workstation>(m_dir.path() + QStringLiteral("/ws"));
        QVERIFY(m_ws->open());
        QVERIFY(logIn(*m_ws, m_server.url(), QStringLiteral("demo-admin"), kPassword).answered);
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->store().fields().size() >= 5, 20000);
        m_dialog = std::make_unique<SettingsDialog>();
        m_page = new ProceduresPage(m_ws.get(), m_dialog.get());
        m_dialog->addPage(m_page);
        m_dialog->setOnline(true);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get())); // keyboard shortcuts need it
        m_page->reload();
        waitLoaded();
    }
    void cleanupTestCase()
    {
        m_dialog.reset();
        m_ws.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void theListIsFilteredByWordsFieldAndState()
    {
        ProcedureVersionsModel* model = m_page->model();
        QVERIFY2(model->rowCount() >= 30, qPrintable(QString::number(model->rowCount())));
        QTest::keyClicks(m_page->filterBox(), "chung thuc ban sao");
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->codeAt(0), QStringLiteral("2.000815"));
        m_page->filterBox()->clear();

        // By field: Chứng thực has the eight certifications of the demo.
        m_page->fieldBox()->setCurrentIndex(m_page->fieldBox()->findData("G09-TP03"));
        emit m_page->fieldBox()->activated(m_page->fieldBox()->currentIndex());
        QCOMPARE(model->rowCount(), 8);
        m_page->fieldBox()->setCurrentIndex(0);
        emit m_page->fieldBox()->activated(0);

        // No drafts in the demo; every procedure in force today.
        const auto byState = [&](ProcedureVersionsModel::State s) {
            QComboBox* box = m_page->stateBox();
            box->setCurrentIndex(box->findData(int(s)));
            emit box->activated(box->currentIndex());
            return model->rowCount();
        };
        const int all = byState(ProcedureVersionsModel::State::Any);
        QCOMPARE(byState(ProcedureVersionsModel::State::Draft), 0);
        QCOMPARE(byState(ProcedureVersionsModel::State::InForce), all);
        QCOMPARE(byState(ProcedureVersionsModel::State::Ended), 0);
        byState(ProcedureVersionsModel::State::Any);
    }

    // A change to a published version becomes draft 2; published for tomorrow it ends version 1
    // tonight; the history shows both; today the counter still gets version 1.
    void aChangeIsADraftPublishedForTomorrow()
    {
        QVERIFY(m_page->select(QStringLiteral("1.000656")));
        ProcedureEditor* editor = m_page->editor();
        QVERIFY(!m_page->isModified());
        QVERIFY(!m_page->publishButton()->isEnabled()); // nothing to publish
        editor->nameEdit()->setFocus();
        editor->nameEdit()->selectAll();
        QTest::keyClicks(editor->nameEdit(), "Thu tuc dang ky khai tu (sua)");
        editor->timeBox()->setValue(2);
        QVERIFY(m_page->isModified());
        QVERIFY(m_dialog->applyButton()->isEnabled());
        QVERIFY(m_dialog->categoryList()->item(0)->text().endsWith(QStringLiteral("●")));
        const QString shot = qEnvironmentVariable("MOTCUA_SHOT_DIR");
        if (!shot.isEmpty())
            QVERIFY(m_dialog->grab().save(shot + QStringLiteral("/settings-procedures.png")));

        QSignalSpy applied(m_page, &SettingsPage::applyFinished);
        m_dialog->applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
        QCOMPARE(applied.first().first().toBool(), true);
        waitLoaded();
        QVERIFY(!m_page->isModified());
        QVERIFY(!m_dialog->categoryList()->item(0)->text().endsWith(QStringLiteral("●")));
        const Procedure* draft = m_page->model()->draft(QStringLiteral("1.000656"));
        QVERIFY(draft);
        QCOMPARE(draft->version, 2);
        QCOMPARE(draft->name, QStringLiteral("Thu tuc dang ky khai tu (sua)"));
        QCOMPARE(draft->statutoryTime, Duration::days(2));
        QCOMPARE(m_page->history()->topLevelItemCount(), 2);
        // The draft compared with the version in force: exactly the two changes made.
        QVERIFY(!m_page->compareButton()->isEnabled());
        m_page->history()->topLevelItem(1)->setSelected(true);
        QVERIFY(m_page->compareButton()->isEnabled());
        QVERIFY(m_page->compareSelected());
        QTreeWidget* diff = m_page->diffView();
        QCOMPARE(diff->topLevelItemCount(), 2);
        QCOMPARE(diff->topLevelItem(0)->text(0), ProcedureDiffView::label("name"));
        QCOMPARE(diff->topLevelItem(0)->text(4), QStringLiteral("Thu tuc dang ky khai tu (sua)"));
        QCOMPARE(diff->topLevelItem(1)->text(0), ProcedureDiffView::label("statutoryTime"));
        QCOMPARE(diff->topLevelItem(1)->text(3),
                 DossierText::duration(1, DurationUnit::WorkingDays));
        QCOMPARE(diff->topLevelItem(1)->text(4),
                 DossierText::duration(2, DurationUnit::WorkingDays));
        if (const QString shot = qEnvironmentVariable("MOTCUA_SHOT_DIR"); !shot.isEmpty())
            QVERIFY(diff->window()->grab().save(shot + QStringLiteral("/settings-compare.png")));
        diff->window()->close();
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));

        const QDate tomorrow = vietnamToday().addDays(1);
        QVERIFY(m_page->publishButton()->isEnabled());
        QCOMPARE(m_page->publishDay()->minimumDate(), vietnamToday()); // never in the past
        m_page->publishDay()->setDate(tomorrow);
        m_page->publishButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->model()->draft(QStringLiteral("1.000656")), 20000);
        waitLoaded();
        const QList<Procedure> versions = m_page->model()->versionsOf(QStringLiteral("1.000656"));
        QCOMPARE(versions.size(), 2);
        QCOMPARE(versions.at(0).effectiveTo, vietnamToday());
        QCOMPARE(versions.at(1).effectiveFrom, tomorrow);
        QCOMPARE(m_page->model()->inForce(QStringLiteral("1.000656"))->version, 1);
        QVERIFY(m_page->statusLabel()->text().contains(tomorrow.toString("dd/MM/yyyy")));
        // The workstation learns of it through the change feed and keeps tomorrow's version.
        QTRY_VERIFY_WITH_TIMEOUT(m_ws->store()
                                         .procedure(QStringLiteral("1.000656"), tomorrow)
                                         .value_or(Procedure{})
                                         .version == 2,
                                 20000);
        QCOMPARE(m_ws->store().procedure(QStringLiteral("1.000656"))->version, 1);
    }

    // Opening a procedure and applying nothing changes nothing: the form gives back exactly what
    // the server sent, for every procedure of the demo (one with two cases among them).
    void openingAProcedureChangesNothing()
    {
        ProcedureVersionsModel* model = m_page->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            QVERIFY(m_page->select(model->codeAt(row)));
            QVERIFY2(!m_page->isModified(), qPrintable(model->codeAt(row)));
        }
    }

    // 2.000815's second case: a paper added with the keyboard, a fee for online filings only, a
    // shorter time online; saved as a draft with the first case untouched.
    void aCasesPapersFeesAndTimesAreEdited()
    {
        QVERIFY(m_page->select(QStringLiteral("2.000815")));
        ProcedureEditor* editor = m_page->editor();
        QCOMPARE(editor->caseList()->count(), 2);
        editor->tabs()->setCurrentIndex(1);
        editor->caseList()->setCurrentRow(1);
        CaseEditor* c = editor->caseEditor();
        QCOMPARE(c->papers()->rowCount(), 2);
        QCOMPARE(editor->timeBox()->value(), 2); // the long case: 2 working days

        c->papers()->setFocus();
        QTest::keyClick(c->papers(), Qt::Key_Insert);
        QCOMPARE(c->papers()->rowCount(), 3);
        QWidget* cell = QApplication::focusWidget();
        QVERIFY(qobject_cast<QLineEdit*>(cell)); // typing goes into the new paper's name
        QTest::keyClicks(cell, "Ban dich tieng Viet");
        QTest::keyClick(cell, Qt::Key_Return);
        c->addFee();
        c->fees()->item(2, 0)->setText(QStringLiteral("Phi truc tuyen"));
        c->fees()->item(2, 1)->setData(Qt::EditRole, 1500);
        auto* channels = qobject_cast<QComboBox*>(c->fees()->cellWidget(2, 3));
        channels->setCurrentIndex(2); // online only (every channel, in person and post, online, …)
        c->findChild<QSpinBox*>(QStringLiteral("onlineTime"))->setValue(1);
        QVERIFY(m_page->isModified());

        QSignalSpy applied(m_page, &SettingsPage::applyFinished);
        m_page->apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
        QVERIFY(applied.first().first().toBool());
        waitLoaded();
        const Procedure* draft = m_page->model()->draft(QStringLiteral("2.000815"));
        QVERIFY(draft);
        QCOMPARE(draft->cases.size(), 2);
        const ProcedureCase& longCase = draft->cases.at(1);
        QCOMPARE(longCase.components.size(), 3);
        QCOMPARE(longCase.components.last().name, QStringLiteral("Ban dich tieng Viet"));
        QCOMPARE(longCase.components.last().id, 3); // a number no paper of the case had
        QCOMPARE(longCase.fees.size(), 3);
        QCOMPARE(longCase.fees.last().amountVnd, 1500);
        QCOMPARE(longCase.fees.last().channels, QList<Channel>{Channel::Online});
        QCOMPARE(longCase.timeFor(Channel::Online), Duration::days(1));
        QCOMPARE(longCase.timeFor(Channel::Direct), Duration::days(2));
        const Procedure* now = m_page->model()->inForce(QStringLiteral("2.000815"));
        QCOMPARE(draft->cases.first(), now->cases.first());
        if (const QString shot = qEnvironmentVariable("MOTCUA_SHOT_DIR"); !shot.isEmpty())
            QVERIFY(m_dialog->grab().save(shot + QStringLiteral("/settings-cases.png")));
    }

    // A procedure of one case split in two, the new case renamed; removing it again leaves the
    // procedure's own rules.
    void aProcedureIsSplitIntoCases()
    {
        QVERIFY(m_page->select(QStringLiteral("1.004873")));
        ProcedureEditor* editor = m_page->editor();
        QCOMPARE(editor->caseList()->count(), 1);
        editor->addCase();
        QCOMPARE(editor->caseList()->count(), 2);
        editor->caseList()->item(1)->setText(QStringLiteral("Đã đăng ký thường trú nhiều nơi"));
        editor->timeBox()->setValue(20);
        Procedure p = editor->procedure();
        QCOMPARE(p.cases.size(), 2);
        QCOMPARE(p.cases.at(0).id, 1);
        QCOMPARE(p.cases.at(1).id, 2);
        QCOMPARE(p.cases.at(1).name, QStringLiteral("Đã đăng ký thường trú nhiều nơi"));
        QCOMPARE(p.cases.at(1).statutoryTime, Duration::days(20));
        QCOMPARE(p.statutoryTime, Duration::days(3)); // the first case, at the top level
        editor->removeCase(1);
        QCOMPARE(editor->caseList()->count(), 1);
        QVERIFY(editor->procedure().cases.isEmpty());
        QVERIFY(!m_page->isModified()); // back to what the server holds
    }

    // The version in force corrected in place (no new version), then given an end day; each
    // asks for its reason, which the server requires.
    void aPublishedVersionIsCorrectedAndEnded()
    {
        const QString code = QStringLiteral("1.004845");
        QVERIFY(m_page->select(code));
        QVERIFY(!m_page->correctButton()->isEnabled()); // nothing changed yet
        m_page->editor()->nameEdit()->setText(QStringLiteral("Thủ tục đăng ký chấm dứt giám hộ."));
        emit m_page->editor()->changed();
        QVERIFY(m_page->correctButton()->isEnabled());
        m_page->correctShown(QStringLiteral("Thừa dấu chấm cuối tên"));
        waitLoaded();
        QVERIFY(!m_page->isModified());
        QCOMPARE(m_page->model()->versionsOf(code).size(), 1);
        QCOMPARE(m_page->model()->inForce(code)->name,
                 QStringLiteral("Thủ tục đăng ký chấm dứt giám hộ."));

        m_page->history()->topLevelItem(0)->setSelected(true);
        QVERIFY(m_page->endButton()->isEnabled());
        m_page->endSelected(vietnamToday().addDays(10), QString()); // no reason
        waitLoaded();
        QVERIFY(m_page->editor()->problemLabel()->text().contains(
            ProblemText::message(QStringLiteral("procedure.reason_required")).toHtmlEscaped()));
        m_page->endSelected(vietnamToday().addDays(10),
                            QStringLiteral("Bãi bỏ theo quyết định mới"));
        waitLoaded();
        QCOMPARE(m_page->model()->versionsOf(code).first().effectiveTo, vietnamToday().addDays(10));
        QVERIFY(m_page->statusLabel()->text().contains(
            vietnamToday().addDays(10).toString(QStringLiteral("dd/MM/yyyy"))));
    }

    // A file of the national database previewed (every change, every note translated), then
    // imported: a draft of 2.000815 with its two cases, processes kept.
    void aNationalRecordIsPreviewedThenImported()
    {
        m_page->importFile(QStringLiteral(MOTCUA_TEST_RESOURCES) +
                           QStringLiteral("/laythutuc/2.000815.json"));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->importDialog() && m_page->importDialog()->isVisible(),
                                 20000);
        ImportPreviewDialog* preview = m_page->importDialog();
        QCOMPARE(preview->records()->topLevelItemCount(), 1);
        QCOMPARE(preview->records()->topLevelItem(0)->text(0), QStringLiteral("2.000815"));
        QVERIFY(preview->changes()->topLevelItemCount() > 5);
        QVERIFY(preview->notes()->text().contains(
            ProblemText::message(QStringLiteral("import.bad_number")).toHtmlEscaped()));
        if (const QString shot = qEnvironmentVariable("MOTCUA_SHOT_DIR"); !shot.isEmpty())
            QVERIFY(preview->grab().save(shot + QStringLiteral("/settings-import.png")));
        // 2.000815 has a draft already (an earlier test): the import replaces it, nothing else.
        const int before = int(m_page->model()->versionsOf(QStringLiteral("2.000815")).size());
        preview->applyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isVisible(), 20000);
        waitLoaded();
        const QList<Procedure> versions = m_page->model()->versionsOf(QStringLiteral("2.000815"));
        QCOMPARE(int(versions.size()), before);
        const Procedure* draft = m_page->model()->draft(QStringLiteral("2.000815"));
        QVERIFY(draft);
        QCOMPARE(draft->cases.size(), 2);
        QCOMPARE(draft->cases.first().name, QStringLiteral("Thông thường"));
        QVERIFY(!draft->cases.last().workflow.steps.isEmpty());
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
    }

    void theServersRefusalIsShownTranslated()
    {
        m_page->newProcedure();
        QVERIFY(m_page->isModified());
        ProcedureEditor* editor = m_page->editor();
        QTest::keyClicks(editor->nationalCodeEdit(), "1.001193"); // exists already
        QTest::keyClicks(editor->nameEdit(), "Trung ma");
        QSignalSpy applied(m_page, &SettingsPage::applyFinished);
        m_page->apply();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
        QCOMPARE(applied.first().first().toBool(), false);
        QVERIFY(editor->problemLabel()->isVisible());
        QVERIFY2(
            editor->problemLabel()->text().contains(
                ProblemText::message(QStringLiteral("catalogue.procedure_exists")).toHtmlEscaped()),
            qPrintable(editor->problemLabel()->text()));
        QVERIFY(m_page->isModified()); // nothing typed is lost
        m_dialog->revertButton()->click();
        QVERIFY(!m_page->isModified());
    }

    // A file that is no form is refused before any upload, with the reason; a form attached and
    // removed again leaves the paper as it was.
    void aBlankFormIsAttachedOrRefused()
    {
        QVERIFY(m_page->select(QStringLiteral("1.001193")));
        CaseEditor* c = m_page->editor()->caseEditor();
        const QString text = m_dir.filePath(QStringLiteral("to-khai.pdf"));
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Họ và tên: ............");
        file.close();
        m_page->attachForm(0, text);
        QCOMPARE(m_page->statusLabel()->text(),
                 ProblemText::message(QStringLiteral("form.unsupported_type")));
        QCOMPARE(c->value().components.at(0).formSha256, QString());
        QVERIFY(!m_page->isModified());

        const QString pdf = m_dir.filePath(QStringLiteral("mau-to-khai.pdf"));
        QFile real(pdf);
        QVERIFY(real.open(QIODevice::WriteOnly));
        real.write("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");
        real.close();
        m_page->attachForm(0, pdf);
        QTRY_COMPARE_WITH_TIMEOUT(c->value().components.at(0).formName,
                                  QStringLiteral("mau-to-khai.pdf"), 20000);
        QCOMPARE(c->value().components.at(0).formSha256.size(), 64);
        QVERIFY(m_page->isModified());
        c->papers()->setCurrentCell(0, 0);
        c->findChild<QPushButton*>(QStringLiteral("removeForm"))->click();
        QCOMPARE(c->value().components.at(0).formSha256, QString());
        m_dialog->revertButton()->click();
        QVERIFY(!m_page->isModified());

        // Another procedure chosen while the file travels: the form goes to no paper.
        m_page->attachForm(0, pdf);
        QVERIFY(m_page->select(QStringLiteral("2.000815")));
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 20000);
        QTRY_VERIFY2_WITH_TIMEOUT(
            m_page->statusLabel()->text().contains(QStringLiteral("no longer shown")),
            qPrintable(m_page->statusLabel()->text()), 20000);
        for (const ComponentRequirement& r : m_page->editor()->caseEditor()->value().components)
            QVERIFY(r.formSha256.isEmpty());
        QVERIFY(!m_page->isModified());
    }

    void thePageIsFoundByTheWordsOnIt()
    {
        QListWidget* list = m_dialog->categoryList();
        m_dialog->searchBox()->setText(QStringLiteral("takes effect"));
        QVERIFY(!list->item(0)->isHidden());
        m_dialog->searchBox()->setText(QStringLiteral("printer margins"));
        QVERIFY(list->item(0)->isHidden());
        m_dialog->searchBox()->clear();
        QVERIFY(!list->item(0)->isHidden());
    }

    void offlineThePageIsReadOnly()
    {
        QVERIFY(m_page->select(QStringLiteral("1.001193")));
        m_dialog->setOnline(false);
        QVERIFY(m_dialog->offlineBanner()->isVisible());
        QVERIFY(m_page->editor()->nameEdit()->isReadOnly());
        QVERIFY(!m_page->publishButton()->isEnabled());
        m_dialog->setOnline(true);
        QVERIFY(!m_page->editor()->nameEdit()->isReadOnly());
    }

    void leavingWithUnsavedChangesAsksFirst()
    {
        QVERIFY(m_page->select(QStringLiteral("1.001193")));
        m_page->editor()->nameEdit()->setText(QStringLiteral("Đổi tên"));
        emit m_page->editor()->changed();
        QVERIFY(m_page->isModified());
        int asked = 0;
        m_dialog->setLeaveAnswer([&](SettingsPage*) {
            ++asked;
            return SettingsDialog::Leave::Stay;
        });
        m_dialog->reject();
        QCOMPARE(asked, 1);
        QVERIFY(m_dialog->isVisible());
        QVERIFY(m_page->isModified());
        m_dialog->setLeaveAnswer([&](SettingsPage*) {
            ++asked;
            return SettingsDialog::Leave::Discard;
        });
        m_dialog->reject();
        QCOMPARE(asked, 2);
        QVERIFY(!m_dialog->isVisible());
        QVERIFY(!m_page->isModified());
        QCOMPARE(m_page->model()->versionsOf(QStringLiteral("1.001193")).size(), 1);
    }

    // The catalogue saved to a file and taken back: every procedure is already here as it is.
    void theCatalogueIsExportedAndTakenBackUnchanged()
    {
        waitLoaded();
        const QString path = m_dir.path() + QStringLiteral("/catalogue.json");
        m_page->exportTo(path);
        waitLoaded();
        QVERIFY2(m_page->statusLabel()->text().contains(QStringLiteral("catalogue.json")),
                 qPrintable(m_page->statusLabel()->text()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonObject bundle = QJsonDocument::fromJson(file.readAll()).object();
        QCOMPARE(bundle.value("format").toString(), QStringLiteral("motcua-catalogue"));
        const int procedures = int(bundle.value("procedures").toArray().size());
        QCOMPARE(procedures, m_page->model()->rowCount());

        m_page->importFile(path);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->importDialog() && m_page->importDialog()->isVisible(),
                                 20000);
        ImportPreviewDialog* preview = m_page->importDialog();
        QTRY_COMPARE(preview->records()->topLevelItemCount(), procedures);
        QCOMPARE(preview->applyButton()->text(), ImportPreviewDialog::tr("&Take the catalogue"));
        for (int i = 0; i < procedures; ++i)
            QCOMPARE(preview->records()->topLevelItem(i)->text(2),
                     ImportPreviewDialog::tr("unchanged"));
        QVERIFY(!preview->applyButton()->isEnabled()); // nothing to take
        preview->reject();
    }

    // A province-wide administrator (no agency of their own) chooses whose a procedure is; an
    // agency's administrator is not asked.
    void aProvinceAdministratorChoosesTheAgency()
    {
        ProcedureEditor editor;
        Procedure fresh;
        fresh.nationalCode = QStringLiteral("1.009999");
        fresh.name = QStringLiteral("Thủ tục mới của tỉnh");
        editor.setProcedure(fresh, true);
        QVERIFY(!editor.agencyBox()->isVisibleTo(&editor));
        QVERIFY(editor.procedure().agencyId.isEmpty());
        editor.setAgencies(m_ws->store().agencies());
        QVERIFY(editor.agencyBox()->isVisibleTo(&editor));
        QVERIFY(editor.agencyBox()->count() >= 2);
        QCOMPARE(editor.agencyBox()->currentIndex(), -1); // a deliberate choice
        editor.agencyBox()->setCurrentIndex(editor.agencyBox()->findData("000.00.71.H36"));
        QCOMPARE(editor.procedure().agencyId, QStringLiteral("000.00.71.H36"));
        // A procedure of an agency shows it chosen.
        Procedure theirs = fresh;
        theirs.agencyId = editor.agencyBox()->itemData(1).toString();
        editor.setProcedure(theirs, false);
        QCOMPARE(editor.agencyBox()->currentData().toString(), theirs.agencyId);
        QVERIFY(!editor.edited());
    }
};

QTEST_MAIN(TstSettingsDialog)
#include "tst_settingsdialog.moc"
