// Settings → Processes as an administrator uses it, against a real motcua-server with the demo:
// a linear process opens as a graph; the tables alone (keyboard only) add a step and its arrows
// while the diagram follows; Shift+drag in the diagram adds an arrow the tables show; the check
// names what the server would refuse; Apply saves a draft, and publishing a way longer than the
// statutory time asks first. Then the counter side: where the process branches, the action
// dialog asks which way, and a simulation walks a way with the calendar.
#include "ClientSamples.h"
#include "KeyboardInput.h"
#include "SampleData.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "TestDates.h"
#include "WorkstationLogin.h"
#include "core/VnTime.h"
#include "core/api/ProblemText.h"
#include "core/sync/Workstation.h"
#include "gui/dossier/MoveProcessDialog.h"
#include "gui/process/ActionCatalog.h"
#include "gui/process/ActionDialog.h"
#include "gui/settings/ProcedureVersionsModel.h"
#include "gui/settings/ProceduresPage.h"
#include "gui/settings/SettingsDialog.h"
#include "gui/settings/process/ProcessDesigner.h"
#include "gui/settings/process/ProcessModel.h"
#include "gui/settings/process/ProcessScene.h"
#include "gui/settings/process/ProcessesPage.h"
#include "gui/settings/process/SimulationDialog.h"
#include "gui/settings/process/StepItem.h"
#include "gui/settings/process/StepTableModel.h"
#include "gui/settings/process/TransitionItem.h"
#include "workflow/WorkflowGraph.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QGraphicsView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Process-Test-2026!");
const QString kCode = QStringLiteral("1.001193");

QStringList listed(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        out << list->item(i)->text();
    return out;
}

int countItems(QGraphicsScene* scene, int type)
{
    int n = 0;
    for (QGraphicsItem* item : scene->items())
        n += item->type() == type ? 1 : 0;
    return n;
}

void shot(QWidget* w, const char* name)
{
    const QString dir = qEnvironmentVariable("MOTCUA_SHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + QLatin1String(name)));
}

} // namespace

class TstProcessDesigner : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<Workstation> m_ws;
    std::unique_ptr<SettingsDialog> m_dialog;
    ProceduresPage* m_procedures = nullptr;
    ProcessesPage* m_page = nullptr;

    ProcessDesigner* designer() const { return m_page->designer(); }
    ProcessModel* model() const { return designer()->model(); }

    // The diagram and the tables show the same steps and arrows.
    void inStep()
    {
        QCOMPARE(countItems(designer()->scene(), StepItem::Type), model()->stepCount());
        QCOMPARE(designer()->stepsTable()->model()->rowCount(), model()->stepCount());
        QCOMPARE(countItems(designer()->scene(), TransitionItem::Type), model()->transitionCount());
        QCOMPARE(designer()->transitionsTable()->model()->rowCount(), model()->transitionCount());
    }

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
        m_procedures = new ProceduresPage(m_ws.get(), m_dialog.get());
        m_page = new ProcessesPage(m_ws.get(), m_dialog.get());
        m_dialog->addPage(m_procedures);
        m_dialog->addPage(m_page);
        m_dialog->setOnline(true);
        m_dialog->resize(1280, 820);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        m_dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_dialog.get()));
        m_dialog->categoryList()->setCurrentRow(1);
        m_page->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 20000);
    }
    void cleanupTestCase()
    {
        m_dialog.reset();
        m_ws.reset();
        QCOMPARE(m_server.stop(), 0);
    }

    void aLinearProcessOpensAsAGraph()
    {
        QVERIFY(m_page->list()->topLevelItemCount() >= 30);
        QVERIFY(m_page->select(kCode));
        QCOMPARE(model()->stepCount(), 4);
        // The demo's linear list, its arrows spelled out: intake → process → approve → issue.
        QCOMPARE(model()->transitionCount(), 3);
        QCOMPARE(model()->transition(2).action, WorkflowAction::Approve);
        inStep();
        QCOMPARE(listed(designer()->problemList()).size(), 1);
        QVERIFY(!designer()->problemList()->item(0)->text().isEmpty());
        QVERIFY(!m_page->isModified());
        QVERIFY(m_page->editingLabel()->text().contains(QStringLiteral("version 1")));
        // A procedure with cases names them; its own row asks for a case.
        QVERIFY(m_page->select(QStringLiteral("2.000815"), 2));
        QVERIFY(model()->stepCount() >= 4);
        QVERIFY(m_page->select(QStringLiteral("2.000815")));
        QCOMPARE(model()->stepCount(), 0);
        QVERIFY(m_page->select(kCode));
        shot(m_dialog.get(), "settings-processes-diagram.png");
    }

    // Keyboard only, in the tables: a second examination by the culture office, reached from
    // the processing step, leading to the approval; the diagram follows every edit.
    void theTablesAloneEditTheProcess()
    {
        QTest::keyClick(designer()->tabs(), Qt::Key_A, Qt::AltModifier); // "T&ables"
        QTRY_COMPARE(designer()->tabs()->currentIndex(), 1);
        QTest::keyClick(m_dialog.get(), Qt::Key_T, Qt::AltModifier); // "S&teps"
        QTRY_VERIFY(designer()->stepsTable()->hasFocus());
        QTest::keyClick(designer()->stepsTable(), Qt::Key_Insert);
        QCOMPARE(model()->stepCount(), 5);
        // The new row's name is open for typing.
        QWidget* editor = QApplication::focusWidget();
        QVERIFY(editor && editor != designer()->stepsTable());
        typeText(editor, QStringLiteral("Thẩm định Văn hóa"));
        QTest::keyClick(editor, Qt::Key_Return);
        // The delegate commits on Enter through a queued call.
        QTRY_COMPARE(model()->step(4).name, QStringLiteral("Thẩm định Văn hóa"));
        QTest::keyClick(designer()->stepsTable(), Qt::Key_Right); // Kind
        QTest::keyClick(designer()->stepsTable(), Qt::Key_Right); // Unit
        typeText(designer()->stepsTable(), QStringLiteral("Văn hóa - Xã hội"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(model()->step(4).unit, QStringLiteral("Văn hóa - Xã hội"));
        // The culture office asks for no supplement: its list of actions, Space ticks, Enter keeps.
        QTableView* steps = designer()->stepsTable();
        steps->setCurrentIndex(steps->model()->index(4, StepTableModel::Withheld));
        QTest::keyClick(steps, Qt::Key_F2);
        auto* actions = steps->findChild<QListWidget*>(QStringLiteral("withheldActions"));
        QVERIFY(actions);
        QTRY_VERIFY(actions->hasFocus());
        QCOMPARE(actions->currentRow(), 0); // requestSupplement first
        QTest::keyClick(actions, Qt::Key_Space);
        shot(m_dialog.get(), "settings-processes-withheld.png");
        QTest::keyClick(actions, Qt::Key_Return);
        QTRY_COMPARE(model()->step(4).withheld,
                     QList<WorkflowAction>{WorkflowAction::RequestSupplement});
        QVERIFY(steps->model()
                    ->index(4, StepTableModel::Withheld)
                    .data()
                    .toString()
                    .contains(ActionCatalog::dialogTitle(WorkflowAction::RequestSupplement)));
        QCOMPARE(countItems(designer()->scene(), StepItem::Type), 5);
        // Reached from nowhere yet, and leading nowhere.
        QTRY_VERIFY(listed(designer()->problemList())
                        .join('\n')
                        .contains(ProblemText::message("workflow.unreachable")));

        // Arrows: from the processing step (row 1) to the new one, and from it to approval.
        designer()->stepsTable()->setCurrentIndex(designer()->stepsTable()->model()->index(1, 0));
        QTest::keyClick(m_dialog.get(), Qt::Key_W, Qt::AltModifier); // "Arro&ws"
        QTRY_VERIFY(designer()->transitionsTable()->hasFocus());
        QTest::keyClick(designer()->transitionsTable(), Qt::Key_Insert);
        QCOMPARE(model()->transitionCount(), 4);
        QVERIFY(
            chooseInTable(designer()->transitionsTable(), 3, 0, 1)); // from: process (second step)
        QVERIFY(chooseInTable(designer()->transitionsTable(), 3, 2, 4)); // to: the new step (fifth)
        QTest::keyClick(designer()->transitionsTable(), Qt::Key_Insert);
        QVERIFY(chooseInTable(designer()->transitionsTable(), 4, 0, 4)); // from: the new step
        QVERIFY(chooseInTable(designer()->transitionsTable(), 4, 2, 2)); // to: approve
        QCOMPARE(model()->transition(3).from, QStringLiteral("process"));
        QCOMPARE(model()->transition(3).to, model()->step(4).id);
        QCOMPARE(model()->transition(4).from, model()->step(4).id);
        QCOMPARE(model()->transition(4).to, QStringLiteral("approve"));
        inStep();
        QCOMPARE(listed(designer()->problemList()).size(), 1); // "no problem"
        QVERIFY(m_page->isModified());

        // A third arrow, removed with Del: the diagram loses it too.
        QTest::keyClick(designer()->transitionsTable(), Qt::Key_Insert);
        QCOMPARE(model()->transitionCount(), 6);
        QTest::keyClick(designer()->transitionsTable(), Qt::Key_Delete);
        QCOMPARE(model()->transitionCount(), 5);
        inStep();
        shot(m_dialog.get(), "settings-processes-tables.png");
    }

    void theDiagramConnectsAndTheTablesFollow()
    {
        designer()->tabs()->setCurrentIndex(0);
        QGraphicsView* view = designer()->view();
        designer()->fit();
        StepItem* from = designer()->scene()->stepItem(model()->step(4).id);
        StepItem* to = designer()->scene()->stepItem(QStringLiteral("issue"));
        QVERIFY(from && to);
        const QPoint a = view->mapFromScene(from->sceneBoundingRect().center());
        const QPoint b = view->mapFromScene(to->sceneBoundingRect().center());
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, a);
        QMouseEvent move(QEvent::MouseMove, b, view->viewport()->mapToGlobal(b), Qt::NoButton,
                         Qt::LeftButton, Qt::ShiftModifier);
        QApplication::sendEvent(view->viewport(), &move);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::ShiftModifier, b);
        QCOMPARE(model()->transitionCount(), 6);
        QCOMPARE(model()->transition(5).to, QStringLiteral("issue"));
        QCOMPARE(model()->transition(5).action, WorkflowAction::Forward);
        inStep();
        designer()->arrange();
        shot(m_dialog.get(), "settings-processes-branch.png");
        // And removed again from the table, where the keyboard user sees it.
        designer()->tabs()->setCurrentIndex(1);
        designer()->transitionsTable()->setFocus();
        designer()->transitionsTable()->setCurrentIndex(
            designer()->transitionsTable()->model()->index(5, 0));
        QTest::keyClick(designer()->transitionsTable(), Qt::Key_Delete);
        QCOMPARE(model()->transitionCount(), 5);
        inStep();
    }

    // Applied, the change is draft 2 of the procedure, process included. The new step takes
    // three days where the procedure allows one: publishing warns, and the administrator decides.
    void applyMakesADraftAndPublishingAsksAboutTime()
    {
        WorkflowStep slow = model()->step(4);
        slow.duration = Duration::days(3);
        QVERIFY(model()->setStep(4, slow));
        // 1 + 3 hours, three days of 7.5 hours, 2 + 1 hours: 29.5 against one day.
        QTRY_VERIFY(listed(designer()->problemList()).join('\n').contains(QStringLiteral("29.5")));
        QSignalSpy applied(m_page, &SettingsPage::applyFinished);
        m_dialog->applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 20000);
        QCOMPARE(applied.first().first().toBool(), true);
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->isLoading(), 20000);
        QVERIFY(m_page->editingLabel()->text().contains(QStringLiteral("draft 2")));
        QCOMPARE(model()->stepCount(), 5);
        QCOMPARE(model()->transitionCount(), 5);

        m_procedures->reload();
        QTRY_VERIFY_WITH_TIMEOUT(!m_procedures->isLoading(), 20000);
        QVERIFY(m_procedures->select(kCode));
        const Procedure* draft = m_procedures->model()->draft(kCode);
        QVERIFY(draft);
        QCOMPARE(draft->workflow.steps.size(), 5);
        QCOMPARE(draft->workflow.steps.at(4).withheld,
                 QList<WorkflowAction>{WorkflowAction::RequestSupplement});
        const QDate tomorrow = vntime::civilDate(vntime::now()).addDays(1);
        m_procedures->publishDay()->setDate(tomorrow);
        m_procedures->setWarningAnswer(0);
        m_procedures->publish();
        QTRY_VERIFY_WITH_TIMEOUT(!m_procedures->isLoading(), 20000);
        QVERIFY(m_procedures->model()->draft(kCode)); // not published
        m_procedures->setWarningAnswer(1);
        m_procedures->publish();
        QTRY_VERIFY_WITH_TIMEOUT(!m_procedures->model()->draft(kCode), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_procedures->isLoading(), 20000);
        const Procedure* v2 = m_procedures->model()->version(kCode, 2);
        QVERIFY(v2);
        QCOMPARE(v2->effectiveFrom, tomorrow);
        QCOMPARE(v2->workflow.transitions.size(), 5);
    }

    // A dossier received today under version 1 is moved to version 2's process (published for
    // tomorrow) at the new step, with a reason; it keeps its version and appointment.
    void anAdministratorMovesARunningDossier()
    {
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        const QString code = reception.intake(birthRegistrationOf(QStringLiteral("Lê Thị Thu")));
        QVERIFY(!code.isEmpty());
        const Dossier before = reception.get(code);
        QCOMPARE(before.procedureVersion, 1);
        QCOMPARE(before.currentStepId, QStringLiteral("process"));

        MoveProcessDialog dialog(m_ws.get(), before);
        dialog.show();
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 20000);
        QCOMPARE(dialog.versionBox()->count(), 2); // 2 (scheduled) and 1, newest first
        QCOMPARE(dialog.versionBox()->currentData().toInt(), 2);
        QCOMPARE(dialog.stepBox()->currentData().toString(), QStringLiteral("process"));
        QVERIFY(!dialog.moveButton()->isEnabled()); // no reason yet
        const int newStep = dialog.stepBox()->findData(QStringLiteral("step-5"));
        QVERIFY(newStep >= 0);
        dialog.stepBox()->setCurrentIndex(newStep);
        dialog.reasonEdit()->setPlainText(QStringLiteral("Quy trình mới: thêm bước thẩm định"));
        QVERIFY(dialog.moveButton()->isEnabled());
        shot(&dialog, "dossier-move-process.png");
        QSignalSpy moved(&dialog, &MoveProcessDialog::moved);
        dialog.moveButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(moved.size(), 1, 20000);
        const Dossier after = reception.get(code);
        QCOMPARE(after.currentStepId, QStringLiteral("step-5"));
        QCOMPARE(after.currentUnit, QStringLiteral("Văn hóa - Xã hội"));
        QCOMPARE(after.procedureVersion, 1);
        QCOMPARE(after.appointmentAt, before.appointmentAt);
        QCOMPARE(after.history.constLast().action, QStringLiteral("moveProcess"));
        QCOMPARE(after.history.constLast().actor, QStringLiteral("demo-admin"));
    }

    void offlineThePageIsReadOnly()
    {
        m_dialog->setOnline(false);
        QVERIFY(model()->isReadOnly());
        const int before = model()->stepCount();
        designer()->addStep();
        QCOMPARE(model()->stepCount(), before);
        m_dialog->setOnline(true);
        QVERIFY(!model()->isReadOnly());
    }

    // Where the process branches, the officer chooses the way (deliberately: none by default),
    // and the officers offered are those of the step chosen.
    void theActionDialogAsksWhichWay()
    {
        Dossier d = sampleDossier();
        WorkflowDefinition w = d.workflow;
        w.transitions = WorkflowGraph::transitions(w);
        WorkflowStep culture = w.steps.at(1);
        culture.id = QStringLiteral("culture");
        culture.name = QStringLiteral("Văn hóa - Xã hội thẩm định");
        culture.unit = QStringLiteral("Văn hóa - Xã hội");
        culture.kind = StepKind::Process;
        culture.role = Role::Specialist;
        w.steps.append(culture);
        // From the first processing step: on to the next one, or to the culture office.
        const QString first = w.steps.at(1).id;
        w.transitions.append({first, QStringLiteral("culture"), WorkflowAction::Forward, {}});
        w.transitions.append(
            {QStringLiteral("culture"), w.steps.at(2).id, WorkflowAction::Forward, {}});
        d.workflow = w;
        d.status = DossierStatus::InProgress;
        d.currentStepId = first;
        d.currentUnit = w.steps.at(1).unit;
        d.assignee.clear();
        const QList<User> users{{QStringLiteral("cv-vhxh"),
                                 QStringLiteral("Hoàng Thị Mai"),
                                 {Role::Specialist},
                                 d.agencyId,
                                 QStringLiteral("Văn hóa - Xã hội"),
                                 {},
                                 {},
                                 true,
                                 1},
                                {QStringLiteral("cv-next"),
                                 QStringLiteral("Trần Văn Minh"),
                                 {w.steps.at(2).role},
                                 d.agencyId,
                                 w.steps.at(2).unit,
                                 {},
                                 {},
                                 true,
                                 1}};
        ActionDialog dialog(WorkflowAction::Forward, d, users, m_ws->calendar());
        auto* steps = dialog.findChild<QComboBox*>(QStringLiteral("stepCombo"));
        QVERIFY(steps);
        QCOMPARE(steps->count(), 2);
        QCOMPARE(steps->currentIndex(), -1);
        QVERIFY(!dialog.isComplete());
        steps->setCurrentIndex(steps->findData(QStringLiteral("culture")));
        QVERIFY(dialog.isComplete());
        QCOMPARE(dialog.officerChoices(), QStringList{QStringLiteral("cv-vhxh")});
        QCOMPARE(dialog.command().toStep, QStringLiteral("culture"));
        // A step with one way on asks nothing.
        d.currentStepId = QStringLiteral("culture");
        ActionDialog straight(WorkflowAction::Forward, d, users, m_ws->calendar());
        QVERIFY(!straight.findChild<QComboBox*>(QStringLiteral("stepCombo")));
        QCOMPARE(straight.command().toStep, QString());
    }

    void aSimulationWalksAWayWithTheCalendar()
    {
        QVERIFY(m_page->select(kCode));
        SimulationDialog dialog(model()->definition(), Duration::days(1), m_ws->calendar());
        QCOMPARE(dialog.pathBox()->count(), 2); // through the new step, or straight on
        dialog.receivedBox()->setDateTime(QDateTime(QDate(2026, 12, 4), QTime(9, 0))); // Friday
        dialog.pathBox()->setCurrentIndex(dialog.pathBox()->count() - 1); // the longer way
        QVERIFY(dialog.table()->rowCount() == 5);
        QVERIFY2(dialog.summary()->text().contains(QStringLiteral("after the appointment")) ||
                     dialog.summary()->text().contains(QStringLiteral("sau")),
                 qPrintable(dialog.summary()->text()));
        dialog.resize(900, 420);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        shot(&dialog, "settings-processes-simulation.png");
    }
};

QTEST_MAIN(TstProcessDesigner)
#include "tst_processdesigner.moc"
