#include "ClientSamples.h"
#include "ServerProcess.h"
#include "Shots.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/api/ApiClient.h"
#include "core/api/ProblemText.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "gui/dossier/HistoryModel.h"
#include "gui/process/ActionCatalog.h"
#include "gui/process/ActionDialog.h"
#include "gui/process/ActionPanel.h"
#include "gui/process/AttachmentPane.h"
#include "gui/process/ControlSlipPreview.h"
#include "gui/process/PageViewer.h"
#include "gui/process/ProcessingView.h"
#include "gui/returns/ReturnDialog.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QToolButton>
#include <QTreeWidget>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Process-Test-2026!");
const QString kUnit = QStringLiteral("Tư pháp - Hộ tịch");

// One officer's workstation with the processing view on it.
struct Desk {
    QTemporaryDir dir;
    std::unique_ptr<Workstation> ws;
    std::unique_ptr<ProcessingView> view;
    std::unique_ptr<QAbstractItemModelTester> tester;
};

// A two-page A4 PDF with big page numbers, as a scanner would make one.
QByteArray twoPagePdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    pdf.setResolution(72);
    QPainter p(&pdf);
    QFont f = p.font();
    f.setPixelSize(60);
    p.setFont(f);
    p.drawText(QRect(0, 0, 500, 200), Qt::AlignCenter, QStringLiteral("Trang 1"));
    p.fillRect(QRect(0, 0, 120, 40), Qt::black); // a black mark at the top left
    pdf.newPage();
    p.drawText(QRect(0, 0, 500, 200), Qt::AlignCenter, QStringLiteral("Trang 2"));
    p.end();
    return bytes;
}

// Darkness of the image's corner region: where the black mark of page 1 sits after rotation.
bool darkAt(const QImage& image, qreal fx, qreal fy)
{
    const QColor c =
        image.pixelColor(int(fx * (image.width() - 1)), int(fy * (image.height() - 1)));
    return qGray(c.rgb()) < 64;
}

// With MOTCUA_PROCESS_SHOTS=<folder>, the views are saved as PNGs there for a look by eye.
void shot(QWidget* w, const QString& name)
{
    saveShot(*w, name, "MOTCUA_PROCESS_SHOTS");
}

} // namespace

class TstProcessingView : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(m_server.start(demoServerArgs()), qPrintable(m_server.output()));
        StaffApi admin(m_server.url(), QStringLiteral("demo-admin"), kPassword);
        // A second officer in the birth registration unit, to be the assignee that is not us.
        User colleague;
        colleague.username = QStringLiteral("tst-specialist2");
        colleague.fullName = QStringLiteral("Đặng Thị Hạnh");
        colleague.roles = {Role::Specialist};
        // The demo users' agency, as a dossier received there shows it.
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        colleague.agencyId =
            reception.get(reception.intake(birthRegistrationOf(QStringLiteral("Người Mẫu"))))
                .agencyId;
        QVERIFY(!colleague.agencyId.isEmpty());
        colleague.unit = kUnit;
        QCOMPARE(admin.createUser(colleague, kPassword), 201);
    }

    void actionsShownPerRole()
    {
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        const QString code =
            reception.intake(birthRegistrationOf(QStringLiteral("Nguyễn Văn Vai Trò")));
        QVERIFY(!code.isEmpty());

        // The specialist of the step's unit, nobody assigned yet: the step's work is open.
        auto specialist = desk(QStringLiteral("demo-specialist"), code);
        QVERIFY(specialist);
        ActionPanel* panel = specialist->view->actionPanel();
        QList<WorkflowAction> enabled = panel->enabledActions();
        QVERIFY(enabled.contains(WorkflowAction::Forward));
        QVERIFY(enabled.contains(WorkflowAction::RequestSupplement));
        QVERIFY(enabled.contains(WorkflowAction::Transfer));
        QVERIFY(enabled.contains(WorkflowAction::Comment));
        QVERIFY(enabled.contains(WorkflowAction::ProposeApology));
        // Not the specialist's work at all: hidden, not merely disabled.
        const QList<WorkflowAction> visible = panel->visibleActions();
        for (const WorkflowAction a :
             {WorkflowAction::Approve, WorkflowAction::Reassign, WorkflowAction::ReturnResult,
              WorkflowAction::Withdraw, WorkflowAction::ReceiveSupplement, WorkflowAction::Stop})
            QVERIFY2(!visible.contains(a), qPrintable(name(a)));
        QVERIFY(!panel->button(WorkflowAction::Forward)->isHidden());
        QCOMPARE(panel->button(WorkflowAction::Forward)->objectName(),
                 QStringLiteral("action_forward"));
        QCOMPARE(specialist->view->findChild<QLabel*>(QStringLiteral("processCode"))->text(), code);
        QVERIFY(specialist->view->findChild<QLabel*>(QStringLiteral("processStepDeadline"))
                    ->isVisibleTo(specialist->view.get()));

        // The head of the unit gives the step to the colleague: now the specialist sees why the
        // step's actions are closed to them.
        auto leader = desk(QStringLiteral("demo-head-tuphap"), code);
        QVERIFY(leader);
        QSignalSpy reassigned(leader->view.get(), &ProcessingView::actionCompleted);
        leader->view->actionPanel()->button(WorkflowAction::Reassign)->click();
        auto* dialog = leader->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(dialog);
        // Checked while the dialog lives (it deletes itself, and its model, once closed).
        auto officers = std::make_unique<QAbstractItemModelTester>(
            dialog->findChild<QComboBox*>(QStringLiteral("officerCombo"))->model(),
            QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->officerChoices(), (QStringList{QStringLiteral("demo-specialist"),
                                                        QStringLiteral("tst-specialist2")}));
        auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("actionSubmit"));
        QVERIFY(!submit->isEnabled()); // the officer is a deliberate choice
        auto* officer = dialog->findChild<QComboBox*>(QStringLiteral("officerCombo"));
        officer->setCurrentIndex(officer->findData(QStringLiteral("tst-specialist2")));
        QVERIFY(submit->isEnabled());
        officers.reset();
        submit->click();
        QVERIFY(reassigned.wait(20000));
        QCOMPARE(reception.get(code).assignee, QStringLiteral("tst-specialist2"));
        QVERIFY(sync(*specialist, code, reception.get(code).version));
        QTRY_VERIFY(!panel->enabledActions().contains(WorkflowAction::Forward));
        enabled = panel->enabledActions();
        QVERIFY(panel->visibleActions().contains(WorkflowAction::Forward));
        const QString notYours = ProblemText::message(QStringLiteral("workflow.not_assignee"));
        QCOMPARE(panel->button(WorkflowAction::Forward)->toolTip(), notYours);
        // One note under the run forward … transfer, all refused for that reason.
        QVERIFY(panel->findChild<QLabel*>(QStringLiteral("reason_forward"))->isHidden());
        auto* reason = panel->findChild<QLabel*>(QStringLiteral("reason_transfer"));
        QVERIFY(reason && !reason->isHidden());
        QCOMPARE(reason->text(), notYours);
        // Not for this step whoever holds it: hidden rather than another grey button.
        QVERIFY(!panel->visibleActions().contains(WorkflowAction::MarkResultReady));
        QVERIFY(!panel->visibleActions().contains(WorkflowAction::ReturnToPrevious));
        QVERIFY(enabled.contains(WorkflowAction::Comment)); // colleagues may still advise
        QVERIFY(specialist->view->findChild<QLabel*>(QStringLiteral("processAssignee"))
                    ->text()
                    .contains(QStringLiteral("Đặng Thị Hạnh")));

        // The colleague, who is the assignee, has the step's work open.
        auto colleague = desk(QStringLiteral("tst-specialist2"), code);
        QVERIFY(colleague);
        QVERIFY(colleague->view->actionPanel()->enabledActions().contains(WorkflowAction::Forward));
        shot(colleague->view.get(), QStringLiteral("specialist-assignee"));
        shot(specialist->view.get(), QStringLiteral("specialist-not-assignee"));

        // The head of the unit: reassign, stop, refuse; no intake or counter actions.
        enabled = leader->view->actionPanel()->enabledActions();
        QVERIFY(enabled.contains(WorkflowAction::Reassign));
        QVERIFY(enabled.contains(WorkflowAction::Stop));
        QVERIFY(enabled.contains(WorkflowAction::Refuse));
        QVERIFY(
            !leader->view->actionPanel()->visibleActions().contains(WorkflowAction::ReturnResult));
        // Approve belongs to the approval step, later: hidden now rather than a grey button.
        QVERIFY(!enabled.contains(WorkflowAction::Approve));

        // The counter: comment and withdraw; nothing of the department's.
        auto counter = desk(QStringLiteral("demo-reception"), code);
        QVERIFY(counter);
        enabled = counter->view->actionPanel()->enabledActions();
        QVERIFY(enabled.contains(WorkflowAction::Withdraw));
        QVERIFY(enabled.contains(WorkflowAction::Comment));
        const QList<WorkflowAction> counterVisible = counter->view->actionPanel()->visibleActions();
        QVERIFY(!counterVisible.contains(WorkflowAction::Forward));
        QVERIFY(!counterVisible.contains(WorkflowAction::Approve));
        QVERIFY(!counterVisible.contains(WorkflowAction::ReturnResult)); // not finished yet
    }

    void forwardToAChosenOfficer()
    {
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        const QString code =
            reception.intake(birthRegistrationOf(QStringLiteral("Trần Thị Chuyển")));
        auto d = desk(QStringLiteral("demo-specialist"), code);
        QVERIFY(d);
        QSignalSpy completed(d->view.get(), &ProcessingView::actionCompleted);
        d->view->actionPanel()->button(WorkflowAction::Forward)->click();
        auto* dialog = d->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(dialog && dialog->isVisible());
        auto* officer = dialog->findChild<QComboBox*>(QStringLiteral("officerCombo"));
        QVERIFY(officer);
        // The next step is the leaders' approval: only its officers are offered.
        QCOMPARE(dialog->officerChoices(), QStringList{QStringLiteral("demo-leader")});
        officer->setCurrentIndex(officer->findData(QStringLiteral("demo-leader")));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("Hồ sơ hợp lệ, đề nghị phê duyệt"));
        auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("actionSubmit"));
        QVERIFY(submit->isEnabled());
        submit->click();
        QVERIFY(completed.wait(20000));
        QCOMPARE(completed.first().at(0).toString(), code);

        const Dossier onServer = reception.get(code);
        QCOMPARE(onServer.currentStepId, QStringLiteral("approve"));
        QCOMPARE(onServer.assignee, QStringLiteral("demo-leader"));
        QCOMPARE(onServer.history.last().comment,
                 QStringLiteral("Hồ sơ hợp lệ, đề nghị phê duyệt"));
        QCOMPARE(d->view->dossier().version, onServer.version);
        QVERIFY(d->view->messageText().contains(QStringLiteral("Lê Văn Hùng")));
        // The specialist is done with it: the step's actions are gone or closed.
        QVERIFY(!d->view->actionPanel()->enabledActions().contains(WorkflowAction::Forward));

        // The history shows the hand-over; the control slip lists it with full names.
        HistoryModel* history = d->view->historyModel();
        QCOMPARE(history->rowCount(), onServer.history.size());
        QCOMPARE(history->index(history->rowCount() - 1, HistoryModel::Comment).data().toString(),
                 QStringLiteral("Hồ sơ hợp lệ, đề nghị phê duyệt"));
        ControlSlipPreview* slip = d->view->controlSlip();
        slip->refresh();
        QVERIFY(!slip->pages().isEmpty());
        QVERIFY(slip->html().contains(QStringLiteral("Trần Văn Minh")));
        QVERIFY(slip->html().contains(QStringLiteral("Lê Văn Hùng")));
        QCOMPARE(slip->formData().dossier.history.size(), onServer.history.size());

        // The leader who received it approves from the same view.
        auto leader = desk(QStringLiteral("demo-leader"), code);
        QVERIFY(leader);
        const QList<WorkflowAction> enabled = leader->view->actionPanel()->enabledActions();
        QVERIFY(enabled.contains(WorkflowAction::Approve));
        QVERIFY(enabled.contains(WorkflowAction::Refuse));
        QVERIFY(!leader->view->actionPanel()->visibleActions().contains(WorkflowAction::Forward));
        shot(leader->view.get(), QStringLiteral("leader-approve"));
        leader->view->findChild<QTabWidget*>(QStringLiteral("processTabs"))->setCurrentIndex(3);
        // The preview renders when shown, and its pages are laid out by the event loop.
        auto* pages = leader->view->findChild<QScrollArea*>(QStringLiteral("controlSlipPages"));
        QTRY_VERIFY(pages->widget()->height() > 1000);
        QVERIFY(!leader->view->controlSlip()->pages().isEmpty());
        shot(leader->view.get(), QStringLiteral("leader-control-slip"));
        m_approveCode = code;
    }

    void supplementRequestListsTheItems()
    {
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        const QString code =
            reception.intake(birthRegistrationOf(QStringLiteral("Lê Văn Bổ Sung")));
        auto d = desk(QStringLiteral("demo-specialist"), code);
        QVERIFY(d);
        QSignalSpy completed(d->view.get(), &ProcessingView::actionCompleted);
        d->view->actionPanel()->button(WorkflowAction::RequestSupplement)->click();
        auto* dialog = d->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("actionWarning"))->isHidden());
        auto* items = dialog->findChild<QListWidget*>(QStringLiteral("supplementItems"));
        auto itemsTester = std::make_unique<QAbstractItemModelTester>(
            items->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("actionSubmit"));
        // The dossier's own papers are listed, none ticked (no problem noted at intake; papers
        // not received by an accepted dossier were optional).
        QVERIFY(items && items->count() >= 3);
        for (int i = 0; i < items->count(); ++i)
            QCOMPARE(items->item(i)->checkState(), Qt::Unchecked);
        QVERIFY(!submit->isEnabled()); // nothing asked for
        QVERIFY(!dialog->findChild<QLabel*>(QStringLiteral("actionProblems"))->text().isEmpty());
        items->item(0)->setCheckState(Qt::Checked);
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("supplementItemEdit"));
        edit->setText(QStringLiteral("Bản sao giấy chứng nhận kết hôn"));
        dialog->findChild<QPushButton*>(QStringLiteral("addSupplementItemButton"))->click();
        QVERIFY(submit->isEnabled());
        const QString first = items->item(0)->text();
        shot(dialog, QStringLiteral("dialog-supplement"));
        itemsTester.reset(); // the dialog deletes itself, and its model, once closed
        submit->click();
        QVERIFY(completed.wait(20000));
        const Dossier onServer = reception.get(code);
        QCOMPARE(onServer.status, DossierStatus::SupplementRequested);
        const QString comment = onServer.history.last().comment;
        QVERIFY2(comment.contains(QStringLiteral("- ") + first), qPrintable(comment));
        QVERIFY2(comment.contains(QStringLiteral("- Bản sao giấy chứng nhận kết hôn")),
                 qPrintable(comment));

        // The citizen brings the papers; a second request is the leader's to make.
        QCOMPARE(reception.act(code, WorkflowAction::ReceiveSupplement), 200);
        QVERIFY(sync(*d, code, reception.get(code).version));
        QTRY_COMPARE(d->view->dossier().status, DossierStatus::InProgress);
        QVERIFY(
            d->view->actionPanel()->visibleActions().contains(WorkflowAction::RequestSupplement));
        QVERIFY(
            !d->view->actionPanel()->enabledActions().contains(WorkflowAction::RequestSupplement));
        auto* why =
            d->view->actionPanel()->findChild<QLabel*>(QStringLiteral("reason_requestSupplement"));
        QVERIFY(why && !why->isHidden() && !why->text().isEmpty());

        auto head = desk(QStringLiteral("demo-head-tuphap"), code);
        QVERIFY(head);
        head->view->actionPanel()->button(WorkflowAction::RequestSupplement)->click();
        auto* second = head->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(second);
        QVERIFY(!second->findChild<QLabel*>(QStringLiteral("actionWarning"))->isHidden());
        second->reject();
    }

    void aConflictIsToldWithTheCurrentState()
    {
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        const QString code =
            reception.intake(birthRegistrationOf(QStringLiteral("Phạm Văn Xung Đột")));
        auto first = desk(QStringLiteral("demo-specialist"), code);
        auto second = desk(QStringLiteral("demo-specialist"), code);
        QVERIFY(first && second);
        // The second officer starts writing an opinion on the version both see…
        second->view->actionPanel()->button(WorkflowAction::Comment)->click();
        auto* comment = second->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(comment);
        QCOMPARE(comment->command().version, first->view->dossier().version);
        comment->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("Ý kiến muộn"));

        // … while the first forwards the dossier.
        QSignalSpy firstDone(first->view.get(), &ProcessingView::actionCompleted);
        first->view->actionPanel()->button(WorkflowAction::Forward)->click();
        auto* dialog = first->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(dialog);
        dialog->findChild<QPushButton*>(QStringLiteral("actionSubmit"))->click();
        QVERIFY(firstDone.wait(20000));

        // The opinion is sent with the old version: refused, the officer is told why and shown
        // the dossier as it is now; nothing of it reaches the server.
        comment->findChild<QPushButton*>(QStringLiteral("actionSubmit"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            second->view->messageText().contains(QStringLiteral("Someone else acted")), 20000);
        const Dossier onServer = reception.get(code);
        QTRY_COMPARE_WITH_TIMEOUT(second->view->dossier().version, onServer.version, 20000);
        QCOMPARE(second->view->dossier().currentStepId, QStringLiteral("approve"));
        QVERIFY(second->view->messageText().contains(QStringLiteral("Trần Văn Minh")));
        QCOMPARE(onServer.history.last().action, name(WorkflowAction::Forward));
        QVERIFY(!second->view->isBusy());
        shot(second->view.get(), QStringLiteral("conflict"));
        // Kept the server's version: no change of ours waits to be sent.
        QTRY_COMPARE_WITH_TIMEOUT(second->ws->pendingCount(), 0, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(second->ws->store().dossier(code)->version, onServer.version,
                                  20000);
        QVERIFY(!second->view->handlesConflict(code));
    }

    void anApologyIsProposedAndApproved()
    {
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        const QString code =
            reception.intake(birthRegistrationOf(QStringLiteral("Võ Thị Xin Lỗi")));
        auto d = desk(QStringLiteral("demo-specialist"), code);
        QVERIFY(d);
        const Dossier before = d->view->dossier();
        QSignalSpy completed(d->view.get(), &ProcessingView::actionCompleted);
        d->view->actionPanel()->button(WorkflowAction::ProposeApology)->click();
        auto* dialog = d->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(dialog);
        auto* submit = dialog->findChild<QPushButton*>(QStringLiteral("actionSubmit"));
        // The default: the end of the first working day after the current appointment.
        const QDateTime proposed = dialog->command().newAppointment;
        const WorkingCalendar calendar = d->ws->calendar();
        const QDate day = vntime::civilDate(proposed);
        QVERIFY(proposed > before.appointmentAt);
        QVERIFY(calendar.isWorkingDay(day));
        QCOMPARE(*calendar.nextWorkingDay(vntime::civilDate(before.appointmentAt)), day);
        QCOMPARE(vntime::civilTime(proposed), calendar.periodsOn(day)->last().end);
        QVERIFY(!submit->isEnabled()); // the reason is required
        // Not later than the current appointment: refused before sending.
        auto* edit = dialog->findChild<QDateTimeEdit*>(QStringLiteral("newAppointmentEdit"));
        const QDateTime shown = edit->dateTime();
        edit->setDateTime(shown.addDays(-30));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("Chờ xác minh của cơ quan công an"));
        QVERIFY(!submit->isEnabled());
        edit->setDateTime(shown);
        QVERIFY(submit->isEnabled());
        shot(dialog, QStringLiteral("dialog-apology"));
        submit->click();
        QVERIFY(completed.wait(20000));
        Dossier onServer = reception.get(code);
        QCOMPARE(onServer.apologies.size(), 1);
        QVERIFY(onServer.apologies.first().isPending());
        QCOMPARE(onServer.apologies.first().newAppointment, proposed);
        QVERIFY(d->view->findChild<QLabel*>(QStringLiteral("processAppointment"))
                    ->text()
                    .contains(QStringLiteral("apology pending")));

        // The head of the unit sees the proposal and approves it; Mẫu 04 is offered.
        auto head = desk(QStringLiteral("demo-head-tuphap"), code);
        QVERIFY(head);
        QVERIFY(
            head->view->actionPanel()->enabledActions().contains(WorkflowAction::ApproveApology));
        QSignalSpy headDone(head->view.get(), &ProcessingView::actionCompleted);
        head->view->actionPanel()->button(WorkflowAction::ApproveApology)->click();
        auto* approve = head->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(approve);
        shot(approve, QStringLiteral("dialog-approve-apology"));
        QVERIFY(approve->findChild<QLabel*>(QStringLiteral("apologyProposal"))
                    ->text()
                    .contains(QStringLiteral("Chờ xác minh của cơ quan công an")));
        approve->findChild<QPushButton*>(QStringLiteral("actionSubmit"))->click();
        QVERIFY(headDone.wait(20000));
        onServer = reception.get(code);
        QCOMPARE(onServer.appointmentAt, proposed);
        QVERIFY(!onServer.apologies.first().isPending());
        QVERIFY(
            !head->view->findChild<QPushButton*>(QStringLiteral("printApologyButton"))->isHidden());
        QVERIFY(
            !head->view->actionPanel()->visibleActions().contains(WorkflowAction::ApproveApology));
    }

    void approvalResultWithDocumentAndReturn()
    {
        QVERIFY(!m_approveCode.isEmpty());
        const QString code = m_approveCode;
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        auto leader = desk(QStringLiteral("demo-leader"), code);
        QVERIFY(leader);
        QSignalSpy approved(leader->view.get(), &ProcessingView::actionCompleted);
        leader->view->actionPanel()->button(WorkflowAction::Approve)->click();
        auto* dialog = leader->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(dialog);
        dialog->findChild<QPushButton*>(QStringLiteral("actionSubmit"))->click();
        QVERIFY(approved.wait(20000));
        QCOMPARE(reception.get(code).currentStepId, QStringLiteral("issue"));

        // The counter records the result with its document, then hands it back.
        auto counter = desk(QStringLiteral("demo-reception"), code);
        QVERIFY(counter);
        QTRY_VERIFY(counter->view->actionPanel()->enabledActions().contains(
            WorkflowAction::MarkResultReady));
        QSignalSpy done(counter->view.get(), &ProcessingView::actionCompleted);
        counter->view->actionPanel()->button(WorkflowAction::MarkResultReady)->click();
        auto* ready = counter->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(ready);
        ready->setResultDocument(twoPagePdf(), QStringLiteral("ket-qua.pdf"));
        QVERIFY(ready->findChild<QLineEdit*>(QStringLiteral("resultFileEdit"))
                    ->text()
                    .startsWith(QStringLiteral("ket-qua.pdf")));
        ready->findChild<QPushButton*>(QStringLiteral("actionSubmit"))->click();
        QVERIFY(done.wait(20000));
        // Sent after the document's upload, which queues behind it on this workstation.
        QTRY_COMPARE_WITH_TIMEOUT(reception.get(code).status, DossierStatus::Finished, 20000);
        // Sent at once ("done"), or after the upload ahead of it ("sent"): the view says which.
        QTRY_VERIFY_WITH_TIMEOUT(counter->view->messageText().contains(QRegularExpression(
                                     QStringLiteral("Result ready.*(done|sent)"))),
                                 20000);
        const QList<AttachmentInfo> files = counter->ws->attachments(code);
        QCOMPARE(files.size(), 1);
        QCOMPARE(files.first().componentId, 0);

        // The result document is listed and shown page by page.
        AttachmentPane* pane = counter->view->attachmentPane();
        QTRY_VERIFY(pane->selectAttachment(files.first().sha256));
        QTRY_COMPARE(pane->viewer()->pageCount(), 2);
        counter->view->findChild<QTabWidget*>(QStringLiteral("processTabs"))->setCurrentIndex(2);
        shot(counter->view.get(), QStringLiteral("counter-result-pages"));

        done.clear();
        counter->view->actionPanel()->button(WorkflowAction::ReturnResult)->click();
        auto* returning = counter->view->findChild<ReturnDialog*>(QStringLiteral("returnDialog"));
        QVERIFY(returning);
        QVERIFY(returning->isComplete()); // prefilled with the owner
        returning->accept();
        QVERIFY(done.wait(20000));
        QTRY_COMPARE_WITH_TIMEOUT(reception.get(code).status, DossierStatus::Returned, 20000);
        QCOMPARE(reception.get(code).returnedTo.fullName, QStringLiteral("Trần Thị Chuyển"));
        QVERIFY(counter->view->actionPanel()->enabledActions().isEmpty());
        QVERIFY(!counter->view->findChild<QLabel*>(QStringLiteral("noActions"))->isHidden());
    }

    void resultReadyGoesToItsDossierWhateverTheViewDoes()
    {
        // Two dossiers waiting for their result at the counter, pushed there on the server.
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        StaffApi specialist(m_server.url(), QStringLiteral("demo-specialist"), kPassword);
        StaffApi leader(m_server.url(), QStringLiteral("demo-leader"), kPassword);
        auto atIssue = [&](const QString& owner) {
            const QString code = reception.intake(birthRegistrationOf(owner));
            if (specialist.act(code, WorkflowAction::Forward, {}, QStringLiteral("demo-leader")) !=
                    200 ||
                leader.act(code, WorkflowAction::Approve) != 200)
                return QString();
            return code;
        };
        const QString first = atIssue(QStringLiteral("Hoàng Văn Kết"));
        const QString second = atIssue(QStringLiteral("Đỗ Thị Quả"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        auto counter = desk(QStringLiteral("demo-reception"), first);
        QVERIFY(counter);
        QVERIFY(sync(*counter, second, reception.get(second).version));
        QPushButton* ready = counter->view->actionPanel()->button(WorkflowAction::MarkResultReady);
        QTRY_VERIFY(ready->isEnabled());

        auto markReady = [&] {
            ready->click();
            auto* dialog = counter->view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
            if (!dialog)
                return false;
            dialog->setResultDocument(twoPagePdf(), QStringLiteral("ket-qua.pdf"));
            dialog->findChild<QPushButton*>(QStringLiteral("actionSubmit"))->click();
            return true;
        };
        QSignalSpy completed(counter->view.get(), &ProcessingView::actionCompleted);
        QVERIFY(markReady());
        // The document is being stored on the writer thread: the view is busy meanwhile, so the
        // action cannot be sent twice…
        QVERIFY(counter->view->isBusy());
        QVERIFY(!ready->isEnabled());
        // … and the clerk opening another dossier does not move the action there.
        counter->view->showDossier(second);
        QVERIFY(counter->view->isBusy());
        QVERIFY(completed.wait(20000));
        QCOMPARE(completed.first().at(0).toString(), first);
        QTRY_COMPARE_WITH_TIMEOUT(reception.get(first).status, DossierStatus::Finished, 20000);
        QCOMPARE(reception.get(second).currentStepId, QStringLiteral("issue"));
        QVERIFY2(counter->view->messageText().contains(first), // named: another one is shown
                 qPrintable(counter->view->messageText()));
        QTRY_VERIFY(!counter->view->isBusy());
        QCOMPARE(counter->view->dossierCode(), second);

        // Closed before its document is stored, the view's action is sent all the same.
        QTRY_VERIFY(ready->isEnabled());
        QVERIFY(markReady());
        QVERIFY(counter->view->isBusy());
        counter->tester.reset();
        counter->view.reset();
        QTRY_COMPARE_WITH_TIMEOUT(reception.get(second).status, DossierStatus::Finished, 20000);
        QCOMPARE(counter->ws->attachments(second).size(), 1);
    }

    void pageViewerShowsAPdfPageByPage()
    {
        PageViewer viewer;
        viewer.resize(800, 600);
        viewer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&viewer));
        QVERIFY(!viewer.hasDocument());
        QVERIFY(!viewer.message().isEmpty());
        QVERIFY(!viewer.setDocument(QByteArray("not a document at all")));
        QVERIFY(!viewer.hasDocument());

        QVERIFY(viewer.setDocument(twoPagePdf()));
        QCOMPARE(viewer.pageCount(), 2);
        QCOMPARE(viewer.currentPage(), 0);
        QCOMPARE(viewer.findChild<QLabel*>(QStringLiteral("pageLabel"))->text(),
                 QStringLiteral("Page 1 of 2"));
        // Fitted to the width: the page fills the viewer's width, give or take the scroll bar.
        QCOMPARE(viewer.fit(), PageViewer::Fit::Width);
        const QImage fitted = viewer.displayedImage();
        QVERIFY(fitted.width() > 600 && fitted.width() <= 800);
        QVERIFY(fitted.height() > fitted.width()); // A4 portrait
        QVERIFY(darkAt(fitted, 0.02, 0.01));       // the mark at the top left
        QVERIFY(!darkAt(fitted, 0.98, 0.99));

        const qreal before = viewer.zoom();
        viewer.findChild<QToolButton*>(QStringLiteral("zoomInButton"))->click();
        QVERIFY(viewer.zoom() > before);
        QVERIFY(viewer.displayedImage().width() > fitted.width());
        QCOMPARE(viewer.fit(), PageViewer::Fit::None);
        viewer.findChild<QToolButton*>(QStringLiteral("zoomOutButton"))->click();
        viewer.findChild<QToolButton*>(QStringLiteral("zoomOutButton"))->click();
        QVERIFY(viewer.zoom() < before);

        // A quarter turn clockwise: landscape, and the top-left mark moves to the top right.
        viewer.findChild<QToolButton*>(QStringLiteral("rotateRightButton"))->click();
        QCOMPARE(viewer.quarterTurns(), 1);
        QImage turned = viewer.displayedImage();
        QVERIFY(turned.width() > turned.height());
        QVERIFY(darkAt(turned, 0.99, 0.02));
        QVERIFY(!darkAt(turned, 0.01, 0.02));
        viewer.findChild<QToolButton*>(QStringLiteral("rotateLeftButton"))->click();
        QCOMPARE(viewer.quarterTurns(), 0);

        // The whole page fits the viewer.
        viewer.findChild<QToolButton*>(QStringLiteral("fitPageButton"))->click();
        QCOMPARE(viewer.fit(), PageViewer::Fit::Page);
        QVERIFY(viewer.displayedImage().height() <= 600);

        viewer.findChild<QToolButton*>(QStringLiteral("nextPageButton"))->click();
        QCOMPARE(viewer.currentPage(), 1);
        QVERIFY(!viewer.findChild<QToolButton*>(QStringLiteral("nextPageButton"))->isEnabled());
        QVERIFY(!darkAt(viewer.displayedImage(), 0.02, 0.01)); // page 2 has no mark
        viewer.findChild<QToolButton*>(QStringLiteral("prevPageButton"))->click();
        QCOMPARE(viewer.currentPage(), 0);
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

private:
    std::unique_ptr<Desk> desk(const QString& user, const QString& code)
    {
        auto d = std::make_unique<Desk>();
        d->ws = std::make_unique<Workstation>(d->dir.path());
        // No periodic pulls: the conflict test depends on one workstation still holding an old
        // version.
        d->ws->setSyncOptions(fastSyncOptions());
        if (!d->ws->open())
            return nullptr;
        const LoginAnswer in = logIn(*d->ws, m_server.url(), user, kPassword);
        if (!in.answered || in.offline)
            return nullptr;
        if (!sync(*d, code, 1))
            return nullptr;
        if (!QTest::qWaitFor([&] { return d->ws->store().user(user).has_value(); }, 20000))
            return nullptr;
        d->view = std::make_unique<ProcessingView>(*d->ws);
        d->tester = std::make_unique<QAbstractItemModelTester>(
            d->view->historyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        d->view->resize(1280, 800);
        d->view->showDossier(code);
        d->view->show();
        if (!QTest::qWaitForWindowExposed(d->view.get()))
            return nullptr;
        return d->view->hasDossier() ? std::move(d) : nullptr;
    }

    // Pulls until the workstation holds `code` at `version` or later.
    bool sync(Desk& d, const QString& code, qint64 version)
    {
        d.ws->syncNow();
        return QTest::qWaitFor(
            [&] {
                const auto v = d.ws->store().dossierVersion(code);
                return v && *v >= version;
            },
            20000);
    }

    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    QString m_approveCode;
};

QTEST_MAIN(TstProcessingView)
#include "tst_processingview.moc"
