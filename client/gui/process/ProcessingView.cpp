#include "gui/process/ProcessingView.h"

#include "calendar/DeadlineCalculator.h"
#include "core/VnTime.h"
#include "core/api/ProblemText.h"
#include "core/sync/Workstation.h"
#include "forms/FormDataFactory.h"
#include "forms/FormRenderer.h"
#include "gui/dossier/DeadlineState.h"
#include "gui/dossier/DossierText.h"
#include "gui/dossier/DossierWidgets.h"
#include "gui/dossier/HistoryModel.h"
#include "gui/print/FormPrinter.h"
#include "gui/process/ActionCatalog.h"
#include "gui/process/ActionDialog.h"
#include "gui/process/ActionPanel.h"
#include "gui/process/AttachmentPane.h"
#include "gui/process/ControlSlipPreview.h"
#include "gui/returns/ReturnDialog.h"
#include "workflow/WorkflowEngine.h"

#include <QDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

using dossierwidgets::badgeStyle;
using dossierwidgets::runningStepDeadline;
using dossierwidgets::valueLabel;

void showBadge(QLabel* label, const DeadlineState& state)
{
    label->setText(state.text());
    label->setStyleSheet(badgeStyle(state.background(), state.foreground()));
    label->setVisible(!state.text().isEmpty());
}

QTableWidgetItem* cell(const QString& text)
{
    auto* i = new QTableWidgetItem(text);
    i->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return i;
}

// A closed dialog is deleted later; until then it must not be found by its name in place of
// the next one (GUI tests and the life test look dialogs up by objectName).
void forgetWhenClosed(QDialog* dialog)
{
    QObject::connect(dialog, &QDialog::finished, dialog, [dialog] { dialog->setObjectName({}); });
}

} // namespace

ProcessingView::ProcessingView(Workstation& ws, QWidget* parent)
    : QWidget(parent)
    , m_ws(ws)
    , m_clock([] { return vntime::now(); })
    , m_printer(new FormPrinter(FormRenderer(FormSettings::load(QSettings())), this))
    , m_codeLabel(valueLabel("processCode", this))
    , m_owner(valueLabel("processOwner", this))
    , m_procedure(valueLabel("processProcedure", this))
    , m_status(valueLabel("processStatus", this))
    , m_appointment(valueLabel("processAppointment", this))
    , m_deadline(valueLabel("processDeadline", this))
    , m_step(valueLabel("processStep", this))
    , m_stepDeadline(valueLabel("processStepDeadline", this))
    , m_assignee(valueLabel("processAssignee", this))
    , m_unit(valueLabel("processUnit", this))
    , m_pending(valueLabel("processPending", this))
    , m_message(valueLabel("processMessage", this))
    , m_printApology(new QPushButton(tr("Print apology (form 04)…"), this))
    , m_progress(new QProgressBar(this))
    , m_tabs(new QTabWidget(this))
    , m_applicant(valueLabel("processApplicant", this))
    , m_components(new QTableWidget(0, 6, this))
    , m_historyView(new QTableView(this))
    , m_history(new HistoryModel(this))
    , m_attachments(new AttachmentPane(ws, this))
    , m_slip(new ControlSlipPreview(ws.store(), *m_printer, this))
    , m_actions(new ActionPanel(this))
{
    m_printer->setParent(this);
    m_printApology->setObjectName(QStringLiteral("printApologyButton"));
    m_progress->setObjectName(QStringLiteral("processProgress"));
    m_tabs->setObjectName(QStringLiteral("processTabs"));
    m_components->setObjectName(QStringLiteral("processComponents"));
    m_historyView->setObjectName(QStringLiteral("processHistory"));
    m_attachments->setObjectName(QStringLiteral("attachmentPane"));
    m_slip->setObjectName(QStringLiteral("controlSlipPreview"));

    QFont big = m_codeLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_codeLabel->setFont(big);
    m_codeLabel->setWordWrap(false);
    QFont bold = m_owner->font();
    bold.setBold(true);
    m_owner->setFont(bold);
    m_status->setStyleSheet(badgeStyle(QColor(0x37, 0x47, 0x4f), Qt::white));
    m_status->setWordWrap(false);
    m_deadline->setWordWrap(false);
    m_stepDeadline->setWordWrap(false);
    m_pending->setText(tr("Saved on this workstation, not yet sent to the server"));
    m_pending->setStyleSheet(badgeStyle(QColor(0xff, 0xe0, 0x82), Qt::black));
    m_message->setTextFormat(Qt::PlainText);
    m_progress->setRange(0, 0); // busy: the server answers in its own time
    m_progress->setMaximumHeight(8);
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_printApology->hide();
    m_applicant->setTextFormat(Qt::RichText);
    m_applicant->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_components->setHorizontalHeaderLabels({tr("No."), tr("Component"), tr("Received"),
                                             tr("Copies (O/C/P)"), tr("Scanned"), tr("Note")});
    m_components->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_components->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_components->verticalHeader()->setVisible(false);
    m_components->setAlternatingRowColors(true);
    m_components->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_components->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_historyView->setModel(m_history);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setAlternatingRowColors(true);
    m_historyView->setWordWrap(true);
    m_historyView->verticalHeader()->setVisible(false);
    m_historyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_historyView->horizontalHeader()->setSectionResizeMode(HistoryModel::Comment,
                                                            QHeaderView::Stretch);

    // Header: who and what on the first lines, then where it stands and by when.
    auto* titleRow = new QHBoxLayout;
    titleRow->addWidget(m_codeLabel);
    titleRow->addWidget(m_status);
    titleRow->addWidget(m_pending);
    titleRow->addStretch(1);
    auto* grid = new QGridLayout;
    grid->setHorizontalSpacing(12);
    auto caption = [this](const QString& text) {
        auto* l = new QLabel(text, this);
        l->setStyleSheet(QStringLiteral("color: #555;"));
        return l;
    };
    grid->addWidget(caption(tr("Appointment:")), 0, 0);
    grid->addWidget(m_appointment, 0, 1);
    grid->addWidget(m_deadline, 0, 2);
    grid->addWidget(caption(tr("Current step:")), 1, 0);
    grid->addWidget(m_step, 1, 1);
    grid->addWidget(m_stepDeadline, 1, 2);
    grid->addWidget(caption(tr("Officer:")), 0, 3);
    grid->addWidget(m_assignee, 0, 4);
    grid->addWidget(caption(tr("Unit:")), 1, 3);
    grid->addWidget(m_unit, 1, 4);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(4, 2);

    auto* messageRow = new QHBoxLayout;
    messageRow->addWidget(m_message, 1);
    messageRow->addWidget(m_printApology);

    auto* details = new QWidget(this);
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->addWidget(m_applicant);
    detailsLayout->addWidget(m_components, 1);
    m_tabs->addTab(details, tr("Details"));
    m_tabs->addTab(m_historyView, tr("History"));
    m_tabs->addTab(m_attachments, tr("Scanned papers"));
    m_tabs->addTab(m_slip, tr("Control slip (form 05)"));

    auto* actionsScroll = new QScrollArea(this);
    actionsScroll->setWidget(m_actions);
    actionsScroll->setWidgetResizable(true);
    actionsScroll->setFrameShape(QFrame::NoFrame);
    actionsScroll->setMinimumWidth(240);
    auto* actionsBox = new QWidget(this);
    auto* actionsLayout = new QVBoxLayout(actionsBox);
    actionsLayout->setContentsMargins(0, 0, 0, 0);
    auto* actionsTitle = new QLabel(tr("Actions"), this);
    actionsTitle->setStyleSheet(QStringLiteral("font-weight: bold;"));
    actionsLayout->addWidget(actionsTitle);
    actionsLayout->addWidget(actionsScroll, 1);

    auto* main = new QWidget(this);
    auto* mainLayout = new QVBoxLayout(main);
    mainLayout->setContentsMargins(0, 0, 0, 0);
    mainLayout->addLayout(titleRow);
    mainLayout->addWidget(m_owner);
    mainLayout->addWidget(m_procedure);
    mainLayout->addLayout(grid);
    mainLayout->addWidget(m_progress);
    mainLayout->addLayout(messageRow);
    mainLayout->addWidget(m_tabs, 1);

    auto* split = new QSplitter(this);
    split->addWidget(main);
    split->addWidget(actionsBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 0);
    split->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split);

    connect(m_actions, &ActionPanel::actionTriggered, this, &ProcessingView::onActionTriggered);
    connect(&m_ws, &Workstation::actionDone, this, &ProcessingView::onActionDone);
    connect(&m_ws, &Workstation::actionFailed, this, &ProcessingView::onActionFailed);
    connect(&m_ws, &Workstation::conflictDetected, this, &ProcessingView::onConflict);
    connect(&m_ws, &Workstation::dossiersChanged, this, &ProcessingView::onDossiersChanged);
    connect(&m_ws, &Workstation::queuedItemRejected, this,
            [this](const QString& requestId, const QString& dossierCode, const QString& code) {
                onQueuedRejected(requestId, dossierCode, code);
            });
    connect(&m_ws, &Workstation::loggedIn, this, [this] { updateActions(); });
    connect(m_printApology, &QPushButton::clicked, this, &ProcessingView::printApology);
    // Deadline states and the apology's time rule change with time alone: recheck each minute.
    auto* tick = new QTimer(this);
    tick->setInterval(60'000);
    connect(tick, &QTimer::timeout, this, [this] {
        if (m_dossier && !isBusy()) {
            fillHeader(*m_dossier);
            updateActions();
        }
    });
    tick->start();

    clear();
}

ProcessingView::~ProcessingView() = default;

void ProcessingView::setClock(Clock clock)
{
    m_clock = std::move(clock);
    if (m_dossier)
        setDossier(*m_dossier);
}

void ProcessingView::clear()
{
    m_code.clear();
    m_dossier.reset();
    m_conflictCode.clear();
    m_queuedRequest.clear();
    for (QLabel* l :
         {m_owner, m_procedure, m_appointment, m_step, m_assignee, m_unit, m_applicant, m_message})
        l->clear();
    m_codeLabel->setText(tr("No dossier open"));
    for (QLabel* l : {m_status, m_deadline, m_stepDeadline, m_pending, m_message})
        l->hide();
    m_printApology->hide();
    m_components->setRowCount(0);
    m_history->setHistory({}, {});
    m_attachments->clear();
    m_slip->clear();
    m_actions->clear();
}

void ProcessingView::showDossier(const QString& code)
{
    if (code != m_code) {
        m_message->hide();
        m_printApology->hide();
        m_conflictCode.clear();
        m_queuedRequest.clear();
    }
    m_code = code;
    reload();
}

void ProcessingView::reload()
{
    if (m_code.isEmpty())
        return;
    const auto d = m_ws.store().dossier(m_code);
    if (!d) {
        const QString code = m_code;
        clear();
        m_code = code;
        m_codeLabel->setText(code);
        showMessage(tr("This dossier is not on this workstation yet. It appears after the next "
                       "synchronisation with the server."),
                    true);
        return;
    }
    setDossier(*d);
}

std::optional<User> ProcessingView::user() const
{
    return m_ws.currentUser();
}

QString ProcessingView::officer(const QString& username) const
{
    if (username.isEmpty())
        return {};
    const auto u = m_ws.store().user(username);
    return u && !u->fullName.isEmpty() ? QStringLiteral("%1 (%2)").arg(u->fullName, username)
                                       : username;
}

QString ProcessingView::stepName(const Dossier& d, const QString& stepId) const
{
    const WorkflowStep* s = d.workflow.step(stepId);
    return s && !s->name.isEmpty() ? s->name : stepId;
}

void ProcessingView::setDossier(const Dossier& d)
{
    m_dossier = d;
    m_code = d.code;
    fillHeader(d);
    m_applicant->setText(
        tr("<b>Owner:</b> %1<br><b>Submitted by:</b> %2<br><b>Received:</b> %3 (%4)")
            .arg(DossierText::personHtml(d.owner),
                 d.submitter.isEmpty() || d.submitter == d.owner
                     ? tr("the owner").toHtmlEscaped()
                     : DossierText::personHtml(d.submitter),
                 DossierText::dateTime(d.receivedAt).toHtmlEscaped(),
                 DossierText::channel(d.channel).toHtmlEscaped()));
    fillComponents(d);
    m_history->setHistory(d.history, d.workflow, [this](const QString& username) {
        const auto u = m_ws.store().user(username);
        return u ? u->fullName : QString();
    });
    m_historyView->resizeRowsToContents();
    m_attachments->setDossier(d);
    if (const auto u = user())
        m_slip->setDossier(d, *u);
    else
        m_slip->setDossier(d, User{});
    updateActions();
}

void ProcessingView::fillHeader(const Dossier& d)
{
    const QDateTime now = m_clock();
    const WorkingCalendar calendar = m_ws.calendar();
    m_codeLabel->setText(d.code);
    m_owner->setText(d.owner.fullName);
    m_procedure->setText(DossierText::procedure(d));
    m_status->setText(DossierText::status(d.status));
    m_status->show();
    m_pending->setVisible(m_ws.store().isPending(d.code));

    QString appointment = DossierText::dateTime(d.appointmentAt);
    for (const Apology& a : d.apologies) {
        if (a.isPending())
            appointment += tr(" — apology pending: new appointment %1 proposed by %2")
                               .arg(DossierText::dateTime(a.newAppointment), officer(a.proposedBy));
    }
    m_appointment->setText(appointment);
    showBadge(m_deadline, DeadlineState::evaluate(d, now, calendar));

    const bool running = !isTerminal(d.status) && d.status != DossierStatus::Finished;
    m_step->setText(running ? stepName(d, d.currentStepId) : QString());
    const StepDeadline* sd = running ? runningStepDeadline(d) : nullptr;
    if (sd && sd->dueAt.isValid()) {
        DeadlineState state =
            DeadlineState::evaluate(d.status, sd->dueAt, sd->finishedAt, now, calendar);
        showBadge(m_stepDeadline, state);
        m_stepDeadline->setToolTip(tr("Step due %1").arg(DossierText::dateTime(sd->dueAt)));
    } else {
        m_stepDeadline->hide();
    }
    m_assignee->setText(d.assignee.isEmpty() ? (running ? tr("not assigned yet") : QString())
                                             : officer(d.assignee));
    m_unit->setText(d.currentUnit);
}

void ProcessingView::fillComponents(const Dossier& d)
{
    m_components->setRowCount(int(d.components.size()));
    for (int row = 0; row < d.components.size(); ++row) {
        const ReceivedComponent& c = d.components.at(row);
        m_components->setItem(row, 0, cell(QString::number(row + 1)));
        m_components->setItem(row, 1, cell(c.name));
        // Once accepted, every mandatory paper was there: one not received was optional and is
        // "not provided", not missing (red would send the officer looking for it).
        const bool accepted = d.status != DossierStatus::Registered;
        m_components->setItem(row, 2,
                              cell(c.received ? tr("yes")
                                   : accepted ? tr("not provided")
                                              : tr("missing")));
        m_components->setItem(row, 3,
                              cell(QStringLiteral("%1 / %2 / %3")
                                       .arg(c.originals)
                                       .arg(c.certifiedCopies)
                                       .arg(c.photocopies)));
        QString scanned = c.digitised ? tr("scanned") : tr("not scanned");
        if (c.reused)
            scanned = tr("reused");
        m_components->setItem(row, 4, cell(scanned));
        m_components->setItem(row, 5, cell(c.note));
        if (!c.received)
            m_components->item(row, 2)->setForeground(
                accepted ? palette().color(QPalette::PlaceholderText) : QColor(0xb3, 0x26, 0x1e));
    }
}

void ProcessingView::updateActions()
{
    if (!m_dossier) {
        m_actions->clear();
        return;
    }
    const auto u = user();
    if (!u) {
        m_actions->clear();
        return;
    }
    const WorkflowEngine engine{DeadlineCalculator(m_ws.calendar())};
    const Dossier& d = *m_dossier;
    const QDateTime now = m_clock();
    const Actor actor{u->username, u->roles, u->unit};
    // The same user as if they held the current step: tells "not yours" from "not now".
    Actor holder = actor;
    if (const WorkflowStep* step = d.workflow.step(d.currentStepId);
        step && !holder.has(step->role))
        holder.roles << step->role;
    if (!d.assignee.isEmpty())
        holder.username = d.assignee;
    if (!d.currentUnit.isEmpty())
        holder.unit = d.currentUnit;
    m_actions->setAvailability(engine.availability(d, actor, now), u->roles,
                               engine.availability(d, holder, now));
    m_actions->setBusy(isBusy());
}

void ProcessingView::onActionTriggered(WorkflowAction action)
{
    if (!m_dossier || isBusy())
        return;
    const Dossier d = *m_dossier;
    if (action == WorkflowAction::ReturnResult) {
        auto* dialog = new ReturnDialog(d, vntime::civilDate(m_clock()), this);
        dialog->setObjectName(QStringLiteral("returnDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        forgetWhenClosed(dialog);
        connect(dialog, &QDialog::accepted, this,
                [this, dialog, code = d.code] { submit(code, dialog->command()); });
        dialog->open();
        return;
    }
    auto* dialog = new ActionDialog(action, d, m_ws.store().users(), m_ws.calendar(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    forgetWhenClosed(dialog);
    // The dossier the action was decided on: the view may show another one by the time it goes.
    connect(dialog, &QDialog::accepted, this, [this, dialog, code = d.code] {
        if (dialog->action() == WorkflowAction::MarkResultReady &&
            !dialog->resultBytes().isEmpty()) {
            submitWithResult(code, dialog->command(), dialog->resultBytes(),
                             dialog->resultFileName());
            return;
        }
        submit(code, dialog->command());
    });
    dialog->open();
}

void ProcessingView::submit(const QString& code, const ActionCommand& command)
{
    m_pendingAction = command.action;
    m_conflictCode.clear();
    m_printApology->hide();
    m_requestCode = code;
    m_requestId = m_ws.submitAction(code, command);
    setBusy(true);
    showMessage(tr("Sending “%1”…").arg(actionTitle(code)), false);
}

void ProcessingView::submitWithResult(const QString& code, const ActionCommand& command,
                                      const QByteArray& document, const QString& fileName)
{
    // The document first, durably on this workstation: "result ready" never goes out without
    // the result it announces, so the action waits for the file to be stored (and queued before
    // it).
    QString error;
    const QString id = m_ws.attachDocument(code, 0, document, fileName, &error);
    if (id.isEmpty()) {
        resultNotStored(error);
        return;
    }
    m_pendingAction = command.action;
    m_conflictCode.clear();
    m_printApology->hide();
    m_requestCode = code;
    m_storingId = id;
    setBusy(true);
    showMessage(tr("Saving the result document, then sending “%1”…").arg(actionTitle(code)), false);
    // The wait belongs to the workstation, not to this view: the officer's decision goes out
    // even when the view is closed before the document is on disk.
    QPointer<ProcessingView> self(this);
    Workstation& ws = m_ws;
    auto* wait = new QObject(&m_ws);
    connect(&m_ws, &Workstation::attachmentStored, wait,
            [self, &ws, wait, id, code, command](const QString& requestId) {
                if (requestId != id)
                    return;
                wait->deleteLater();
                if (!self) {
                    ws.submitAction(code, command);
                    return;
                }
                self->m_storingId.clear();
                self->submit(code, command);
            });
    connect(&m_ws, &Workstation::attachmentFailed, wait,
            [self, wait, id](const QString& requestId, const QString&, const QString& message) {
                if (requestId != id)
                    return;
                wait->deleteLater();
                if (self) {
                    self->m_storingId.clear();
                    self->setBusy(false);
                    self->resultNotStored(message);
                }
            });
}

void ProcessingView::resultNotStored(const QString& message)
{
    showMessage(tr("The result document could not be attached: %1. Nothing was sent.").arg(message),
                true);
    updateActions();
}

QString ProcessingView::actionTitle(const QString& code) const
{
    // Named with its dossier when the view shows another one by now.
    const QString title = ActionCatalog::dialogTitle(m_pendingAction);
    return code == m_code ? title : tr("%1 (dossier %2)").arg(title, code);
}

void ProcessingView::setBusy(bool busy)
{
    m_progress->setVisible(busy);
    m_actions->setBusy(busy);
}

void ProcessingView::onActionDone(const QString& requestId, const Dossier& dossier, bool queued)
{
    if (requestId != m_requestId)
        return;
    m_requestId.clear();
    setBusy(false);
    if (dossier.code == m_code)
        setDossier(dossier);
    const QString action = actionTitle(dossier.code);
    // "Sent" is told later for the dossier shown (onDossiersChanged).
    m_queuedRequest = queued && dossier.code == m_code ? requestId : QString();
    if (!queued)
        showMessage(tr("“%1” done. %2").arg(action, stateSummary(dossier)), false);
    else if (m_ws.isOnline())
        // Behind this workstation's earlier changes of the dossier (e.g. a document uploading).
        showMessage(tr("“%1” is waiting for this workstation's earlier changes of the dossier "
                       "and is sent right after them.")
                        .arg(action),
                    false);
    else
        showMessage(tr("“%1” is saved on this workstation and will be sent when the server can "
                       "be reached.")
                        .arg(action),
                    false);
    if (m_pendingAction == WorkflowAction::ApproveApology && !queued && dossier.code == m_code)
        m_printApology->show();
    emit actionCompleted(dossier.code);
}

void ProcessingView::onActionFailed(const QString& requestId, const QString& code,
                                    const QString& message)
{
    Q_UNUSED(message); // English, for logs; the clerk reads ProblemText's words
    if (requestId != m_requestId)
        return;
    m_requestId.clear();
    setBusy(false);
    if (code == QLatin1String("workflow.version_conflict")) {
        // The engine parks our action and reports the server's version through
        // conflictDetected, which follows this signal.
        m_conflictCode = m_requestCode;
        showMessage(tr("Someone else acted on this dossier first; your action was not applied. "
                       "Loading the dossier as it is now…"),
                    true);
        return;
    }
    showMessage(
        tr("“%1” was not done: %2").arg(actionTitle(m_requestCode), ProblemText::message(code)),
        true);
    reload();
}

bool ProcessingView::handlesConflict(const QString& code) const
{
    return !code.isEmpty() && code == m_conflictCode;
}

void ProcessingView::onConflict(const QString& code, const Dossier& mine, const Dossier& server)
{
    Q_UNUSED(mine);
    if (!handlesConflict(code))
        return;
    m_conflictCode.clear();
    // Keep the server's version: the user decided on a state that is gone, and decides again on
    // the one shown now.
    m_ws.resolveConflict(code, false);
    if (code == m_code)
        setDossier(server);
    QString who;
    if (!server.history.isEmpty()) {
        const HistoryEntry& last = server.history.last();
        who = tr("Last change: %1 by %2 at %3.")
                  .arg(DossierText::action(last.action), officer(last.actor),
                       DossierText::dateTime(last.at));
    }
    showMessage(tr("Someone else acted on this dossier first; your “%1” was not applied. %2 %3 "
                   "Check the dossier as it is now and decide again.")
                    .arg(actionTitle(code), who, stateSummary(server)),
                true);
}

void ProcessingView::onQueuedRejected(const QString& requestId, const QString& dossierCode,
                                      const QString& code)
{
    if (dossierCode != m_code)
        return;
    if (requestId == m_queuedRequest)
        m_queuedRequest.clear();
    showMessage(tr("The server refused a change saved on this workstation: %1")
                    .arg(ProblemText::message(code)),
                true);
    reload();
}

void ProcessingView::onDossiersChanged()
{
    if (m_code.isEmpty() || isBusy() || !m_conflictCode.isEmpty())
        return;
    if (!m_queuedRequest.isEmpty() && !m_ws.store().isPending(m_code)) {
        // Our queued action reached the server.
        m_queuedRequest.clear();
        reload();
        if (m_dossier)
            showMessage(
                tr("“%1” sent. %2")
                    .arg(ActionCatalog::dialogTitle(m_pendingAction), stateSummary(*m_dossier)),
                false);
        m_printApology->setVisible(m_pendingAction == WorkflowAction::ApproveApology);
        return;
    }
    const auto version = m_ws.store().dossierVersion(m_code);
    if (!version)
        return;
    if (!m_dossier || *version != m_dossier->version ||
        m_ws.store().isPending(m_code) != m_pending->isVisible())
        reload();
}

QString ProcessingView::stateSummary(const Dossier& d) const
{
    QString text = tr("Now: %1").arg(DossierText::status(d.status));
    if (!isTerminal(d.status) && d.status != DossierStatus::Finished &&
        !d.currentStepId.isEmpty()) {
        text += tr(", step “%1”").arg(stepName(d, d.currentStepId));
        if (!d.assignee.isEmpty())
            text += tr(" with %1").arg(officer(d.assignee));
    }
    return text + u'.';
}

void ProcessingView::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(
        error ? QStringLiteral("QLabel { background: #fde7e9; color: #8c1d18; border-radius: 4px; "
                               "padding: 6px; }")
              : QStringLiteral("QLabel { background: #e6f4ea; color: #0d5223; border-radius: "
                               "4px; padding: 6px; }"));
    m_message->setVisible(!text.isEmpty());
}

void ProcessingView::printApology()
{
    if (!m_dossier)
        return;
    // The latest approved apology (FormData's default), signed for the agency by this user.
    const FormData data = FormDataFactory(m_ws.store())
                              .forDossier(FormKind::Apology, *m_dossier, user().value_or(User{}));
    m_printer->preview(data);
}

QString ProcessingView::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

} // namespace motcua::client
