#include "workflow/WorkflowEngine.h"

#include "workflow/WorkflowGraph.h"

namespace motcua {
namespace {

Error refuse(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message, QString()};
}

bool isProcessing(DossierStatus s)
{
    return s == DossierStatus::Accepted || s == DossierStatus::InProgress;
}

// Actions only the counter performs.
bool isCounterAction(WorkflowAction a)
{
    switch (a) {
    case WorkflowAction::Accept:
    case WorkflowAction::GuideToComplete:
    case WorkflowAction::ReceiveSupplement:
    case WorkflowAction::ResumeAfterFinancialObligation:
    case WorkflowAction::ReturnResult:
    case WorkflowAction::Withdraw:
        return true;
    default:
        return false;
    }
}

// Actions that belong to whoever holds the current step.
bool isStepAction(WorkflowAction a)
{
    switch (a) {
    case WorkflowAction::Forward:
    case WorkflowAction::ReturnToPrevious:
    case WorkflowAction::Transfer:
    case WorkflowAction::RequestSupplement:
    case WorkflowAction::RequestFinancialObligation:
    case WorkflowAction::MarkResultReady:
    case WorkflowAction::ProposeApology:
        return true;
    default:
        return false;
    }
}

bool needsReason(WorkflowAction a)
{
    switch (a) {
    case WorkflowAction::GuideToComplete:
    case WorkflowAction::Refuse:
    case WorkflowAction::ReturnToPrevious:
    case WorkflowAction::Transfer:
    case WorkflowAction::RequestSupplement:
    case WorkflowAction::RequestFinancialObligation:
    case WorkflowAction::Stop:
    case WorkflowAction::Comment:
    case WorkflowAction::ProposeApology:
        return true;
    default:
        return false;
    }
}

// Which statuses each action starts from.
bool statusAllows(WorkflowAction a, DossierStatus s)
{
    switch (a) {
    case WorkflowAction::Accept:
    case WorkflowAction::GuideToComplete:
        return s == DossierStatus::Registered;
    case WorkflowAction::Refuse:
        return s == DossierStatus::Registered || isProcessing(s);
    case WorkflowAction::Forward:
    case WorkflowAction::Reassign:
    case WorkflowAction::ReturnToPrevious:
    case WorkflowAction::Transfer:
    case WorkflowAction::RequestSupplement:
    case WorkflowAction::RequestFinancialObligation:
    case WorkflowAction::Approve:
    case WorkflowAction::MarkResultReady:
    case WorkflowAction::ProposeApology:
    case WorkflowAction::ApproveApology:
        return isProcessing(s);
    case WorkflowAction::ReceiveSupplement:
        return s == DossierStatus::SupplementRequested;
    case WorkflowAction::ResumeAfterFinancialObligation:
        return s == DossierStatus::FinancialObligation;
    case WorkflowAction::Stop:
        return isProcessing(s) || s == DossierStatus::SupplementRequested ||
               s == DossierStatus::FinancialObligation;
    case WorkflowAction::ReturnResult:
        return s == DossierStatus::Finished;
    case WorkflowAction::Withdraw:
        return s == DossierStatus::Registered || isProcessing(s) ||
               s == DossierStatus::SupplementRequested || s == DossierStatus::FinancialObligation;
    case WorkflowAction::Comment: // an opinion fits any dossier still open
        return !isTerminal(s);
    }
    return false;
}

const Apology* pendingApology(const Dossier& d)
{
    return !d.apologies.isEmpty() && d.apologies.constLast().isPending() ? &d.apologies.constLast()
                                                                         : nullptr;
}

// The latest appointment an approved apology promised, or null.
QDateTime apologyAppointment(const Dossier& d)
{
    for (auto it = d.apologies.crbegin(); it != d.apologies.crend(); ++it) {
        if (!it->isPending())
            return it->newAppointment;
    }
    return {};
}

Error tooLate(const QDateTime& appointment)
{
    return Error{QStringLiteral("workflow.apology_too_late"),
                 QStringLiteral("the appointment (%1) has passed: an apology must come before the "
                                "dossier is late")
                     .arg(appointment.toString(Qt::ISODate)),
                 QString()};
}

// The most recent officer who held a step, to hand a returned dossier back to them.
QString lastAssigneeOf(const Dossier& d, const QString& stepId)
{
    for (auto it = d.stepDeadlines.crbegin(); it != d.stepDeadlines.crend(); ++it) {
        if (it->stepId == stepId)
            return it->assignee;
    }
    return {};
}

// Pauses that could affect a clock started at `start`.
QList<Pause> pausesSince(const QList<Pause>& pauses, const QDateTime& start)
{
    QList<Pause> out;
    for (const auto& p : pauses) {
        if (p.isOpen() || p.to > start)
            out.append(p);
    }
    return out;
}

void closeOpenPause(Dossier& d, const QDateTime& at)
{
    for (auto& p : d.pauses) {
        if (p.isOpen())
            p.to = at;
    }
}

// The step a dossier was forwarded (or approved) into its current step from: the step a return
// goes back to when the current step allows it. A dossier that has not been forwarded here (it
// entered by acceptance) has none; an old dossier whose history does not say falls back on the
// step before it in a linear process.
QString cameFrom(const Dossier& d)
{
    const QString forward = name(WorkflowAction::Forward);
    const QString approve = name(WorkflowAction::Approve);
    for (auto it = d.history.crbegin(); it != d.history.crend(); ++it) {
        if (it->toStep == d.currentStepId && it->fromStep != d.currentStepId &&
            (it->action == forward || it->action == approve))
            return it->fromStep;
        if (it->toStep == d.currentStepId && it->action == name(WorkflowAction::Accept))
            return {};
    }
    const int index = d.workflow.indexOf(d.currentStepId);
    return d.workflow.transitions.isEmpty() && index >= 2 ? d.workflow.steps.at(index - 1).id
                                                          : QString();
}

// Where a return may take the dossier from its current step: the process's return arrows, and
// the step it came from when the step lets the officer send it back. Never into intake.
QStringList returnTargets(const Dossier& d)
{
    QStringList out =
        WorkflowGraph::targets(d.workflow, d.currentStepId, WorkflowAction::ReturnToPrevious);
    const WorkflowStep* step = d.workflow.step(d.currentStepId);
    if (step && step->mayReturn) {
        const QString back = cameFrom(d);
        if (!back.isEmpty() && !out.contains(back))
            out.append(back);
    }
    const QString intake = d.workflow.steps.isEmpty() ? QString() : d.workflow.steps.first().id;
    out.removeAll(intake);
    return out;
}

// The steps an action moves the dossier to (forward, approve, return), in the graph's order.
QStringList moveTargets(const Dossier& d, WorkflowAction a)
{
    if (a == WorkflowAction::ReturnToPrevious)
        return returnTargets(d);
    return WorkflowGraph::targets(d.workflow, d.currentStepId, a);
}

} // namespace

WorkflowEngine::WorkflowEngine(DueFunction due, ClassifyFunction classify)
    : m_due(std::move(due))
    , m_classify(std::move(classify))
{}

WorkflowEngine::WorkflowEngine(const DeadlineCalculator& deadlines)
    : WorkflowEngine(
          [deadlines](const QDateTime& start, const Duration& d, const QList<Pause>& pauses) {
              auto due = deadlines.dueAt(start, d, pauses);
              return due ? std::optional<QDateTime>(*due) : std::nullopt;
          },
          [](const QDateTime& finished, const QDateTime& due) {
              auto t = DeadlineCalculator::classify(finished, due);
              return t ? *t : Timeliness::Late;
          })
{}

Status WorkflowEngine::validate(const WorkflowDefinition& def)
{
    const QList<Error> problems = WorkflowGraph::structureProblems(def);
    if (!problems.isEmpty())
        return problems.first();
    return success();
}

Status WorkflowEngine::permitted(const Dossier& d, const Actor& actor, WorkflowAction action,
                                 const QDateTime& now) const
{
    if (isTerminal(d.status))
        return refuse(
            "workflow.terminal_state",
            QStringLiteral("the dossier is %1; nothing more can be done").arg(name(d.status)));
    if (!statusAllows(action, d.status)) {
        return refuse("workflow.wrong_status",
                      QStringLiteral("%1 is not possible while the dossier is %2")
                          .arg(name(action), name(d.status)));
    }
    if (auto v = validate(d.workflow); !v)
        return v;

    const int index = d.workflow.indexOf(d.currentStepId);
    const WorkflowStep* step = index >= 0 ? &d.workflow.steps.at(index) : nullptr;

    // Refusal at intake is the counter's; once processing started it is the leader's decision.
    const bool counter = isCounterAction(action) || (action == WorkflowAction::Refuse &&
                                                     d.status == DossierStatus::Registered);
    if (counter) {
        if (!actor.has(Role::Receptionist))
            return refuse("workflow.role_not_permitted",
                          QStringLiteral("only the reception counter may %1").arg(name(action)));
        return success();
    }

    if (!step)
        return refuse("workflow.wrong_step",
                      QStringLiteral("the dossier's current step \"%1\" is not in its workflow")
                          .arg(d.currentStepId));
    // An opinion is open to the counter, the leader of the unit holding the dossier and the
    // officers of the current step's role there (not only the assignee: colleagues may advise).
    if (action == WorkflowAction::Comment) {
        if (actor.has(Role::Receptionist))
            return success();
        if (index == 0)
            return refuse("workflow.wrong_step",
                          QStringLiteral("the dossier has not been accepted yet"));
        if (!actor.has(Role::Leader) && !actor.has(step->role))
            return refuse("workflow.role_not_permitted",
                          QStringLiteral("only the counter, the leader or the %1 role of step "
                                         "\"%2\" may comment")
                              .arg(name(step->role), step->id));
        if (!d.currentUnit.isEmpty() && actor.unit != d.currentUnit)
            return refuse("workflow.wrong_unit",
                          QStringLiteral("the dossier is with unit \"%1\"").arg(d.currentUnit));
        return success();
    }
    if (index == 0) // only the counter acts on a dossier that has not been accepted yet
        return refuse("workflow.wrong_step",
                      QStringLiteral("the dossier has not been accepted yet"));
    if (step->withheld.contains(action)) // the process says so for this step
        return refuse(
            "workflow.not_in_step",
            QStringLiteral("step \"%1\" does not allow %2").arg(step->name, name(action)));

    // A second supplement request is the leader's decision, not the officer's.
    const bool secondSupplement =
        action == WorkflowAction::RequestSupplement && d.supplementRequests >= 1;
    const bool leaderAction = action == WorkflowAction::Approve ||
                              action == WorkflowAction::Reassign ||
                              action == WorkflowAction::Stop || action == WorkflowAction::Refuse ||
                              action == WorkflowAction::ApproveApology;
    if (secondSupplement) {
        if (!actor.has(Role::Leader)) {
            return refuse("workflow.second_supplement_needs_leader",
                          QStringLiteral("a second supplement request needs a leader's approval"));
        }
    } else if (leaderAction) {
        if (!actor.has(Role::Leader))
            return refuse("workflow.role_not_permitted",
                          QStringLiteral("only a leader may %1").arg(name(action)));
    } else if (isStepAction(action)) {
        if (!actor.has(step->role)) {
            return refuse("workflow.role_not_permitted",
                          QStringLiteral("step \"%1\" belongs to the %2 role")
                              .arg(step->id, name(step->role)));
        }
        if (!d.assignee.isEmpty() && d.assignee != actor.username)
            return refuse("workflow.not_assignee",
                          QStringLiteral("the step is assigned to %1").arg(d.assignee));
    }
    if (!d.currentUnit.isEmpty() && actor.unit != d.currentUnit)
        return refuse("workflow.wrong_unit",
                      QStringLiteral("the dossier is with unit \"%1\"").arg(d.currentUnit));

    switch (action) {
    case WorkflowAction::Approve:
        if (step->kind != StepKind::Approve)
            return refuse("workflow.wrong_step",
                          QStringLiteral("step \"%1\" is not an approval step").arg(step->id));
        break;
    case WorkflowAction::Forward:
        if (step->kind == StepKind::Approve)
            return refuse("workflow.wrong_step",
                          QStringLiteral("an approval step ends with approve or refuse"));
        if (moveTargets(d, action).isEmpty())
            return refuse(
                "workflow.no_next_step",
                QStringLiteral("no step follows \"%1\"; mark the result ready").arg(step->id));
        break;
    case WorkflowAction::ReturnToPrevious:
        // Never back into intake: the counter's work is done once the dossier is accepted.
        if (moveTargets(d, action).isEmpty())
            return refuse(
                "workflow.no_previous_step",
                QStringLiteral("step \"%1\" cannot be returned to an earlier step").arg(step->id));
        break;
    case WorkflowAction::MarkResultReady:
        if (step->kind != StepKind::Issue)
            return refuse("workflow.wrong_step",
                          QStringLiteral("the result is recorded at the issue step"));
        break;
    case WorkflowAction::ProposeApology:
        if (!d.appointmentAt.isValid())
            return refuse("workflow.deadline_unavailable",
                          QStringLiteral("the dossier has no appointment to move"));
        if (now.isValid() && now >= d.appointmentAt)
            return tooLate(d.appointmentAt);
        break;
    case WorkflowAction::ApproveApology:
        if (!pendingApology(d))
            return refuse("workflow.no_pending_apology",
                          QStringLiteral("no apology is waiting for approval"));
        if (now.isValid() && now >= d.appointmentAt)
            return tooLate(d.appointmentAt);
        break;
    default:
        break;
    }
    return success();
}

QStringList WorkflowEngine::nextSteps(const Dossier& d, WorkflowAction a)
{
    if (a != WorkflowAction::Forward && a != WorkflowAction::Approve &&
        a != WorkflowAction::ReturnToPrevious)
        return {};
    return moveTargets(d, a);
}

QList<ActionAvailability> WorkflowEngine::availability(const Dossier& d, const Actor& actor,
                                                       const QDateTime& now) const
{
    QList<ActionAvailability> out;
    for (int a = 0; a <= static_cast<int>(WorkflowAction::ApproveApology); ++a) {
        const auto action = static_cast<WorkflowAction>(a);
        out.append({action, permitted(d, actor, action, now)});
    }
    return out;
}

Status WorkflowEngine::checkRequest(const Dossier& d, const ActionRequest& r) const
{
    if (!r.at.isValid())
        return Error{QStringLiteral("workflow.time_required"),
                     QStringLiteral("the action has no time"), QStringLiteral("at")};
    if (needsReason(r.action) && r.comment.trimmed().isEmpty())
        return Error{QStringLiteral("workflow.reason_required"),
                     QStringLiteral("%1 needs a reason").arg(name(r.action)),
                     QStringLiteral("comment")};
    if (r.action == WorkflowAction::Reassign && (r.toUser.isEmpty() || r.toUser == d.assignee))
        return Error{QStringLiteral("workflow.target_required"),
                     QStringLiteral("reassign needs a different officer"),
                     QStringLiteral("toUser")};
    if (r.action == WorkflowAction::Transfer && (r.toUnit.isEmpty() || r.toUnit == d.currentUnit))
        return Error{QStringLiteral("workflow.target_required"),
                     QStringLiteral("transfer needs another unit or agency"),
                     QStringLiteral("toUnit")};
    if (r.action == WorkflowAction::Forward || r.action == WorkflowAction::Approve ||
        r.action == WorkflowAction::ReturnToPrevious) {
        const QStringList targets = moveTargets(d, r.action);
        // Where ways part the officer says which; approving an end has nowhere to go.
        if (!r.toStep.isEmpty() && !targets.contains(r.toStep))
            return Error{QStringLiteral("workflow.no_transition"),
                         QStringLiteral("%1 does not lead from \"%2\" to \"%3\"")
                             .arg(name(r.action), d.currentStepId, r.toStep),
                         QStringLiteral("toStep")};
        if (r.toStep.isEmpty() && targets.size() > 1)
            return Error{QStringLiteral("workflow.step_required"),
                         QStringLiteral("%1 leads to %2: choose one")
                             .arg(name(r.action), targets.join(QStringLiteral(", "))),
                         QStringLiteral("toStep")};
    }
    if (r.action == WorkflowAction::ProposeApology) {
        if (!r.newAppointment.isValid())
            return Error{QStringLiteral("workflow.appointment_required"),
                         QStringLiteral("an apology needs the new appointment"),
                         QStringLiteral("newAppointment")};
        if (r.newAppointment <= d.appointmentAt)
            return Error{QStringLiteral("workflow.appointment_not_later"),
                         QStringLiteral("the new appointment must be after the current one (%1)")
                             .arg(d.appointmentAt.toString(Qt::ISODate)),
                         QStringLiteral("newAppointment")};
    }
    // The appointment may have moved since the proposal (a supplement pause): never approve a
    // "new" appointment that is not later than the one in force.
    if (const Apology* pending = pendingApology(d); r.action == WorkflowAction::ApproveApology &&
                                                    pending &&
                                                    pending->newAppointment <= d.appointmentAt)
        return Error{QStringLiteral("workflow.appointment_not_later"),
                     QStringLiteral("the proposed appointment is no longer after the current one "
                                    "(%1): propose again")
                         .arg(d.appointmentAt.toString(Qt::ISODate)),
                     QStringLiteral("newAppointment")};
    if (r.action == WorkflowAction::ReturnResult) {
        if (r.recipient.fullName.trimmed().isEmpty())
            return Error{QStringLiteral("workflow.recipient_required"),
                         QStringLiteral("record to whom the result is handed"),
                         QStringLiteral("recipient.fullName")};
        if (r.recipient.idNumber.trimmed().isEmpty())
            return Error{QStringLiteral("workflow.recipient_required"),
                         QStringLiteral("record the ID number of the person taking the result"),
                         QStringLiteral("recipient.idNumber")};
        for (const FeeLine& f : d.fees) {
            if (f.collection == FeeCollection::AtReturn && f.amountVnd > 0 && !f.isPaid() &&
                r.feeReceiptNumber.trimmed().isEmpty())
                return Error{QStringLiteral("workflow.fee_receipt_required"),
                             QStringLiteral("fees are due at return: enter the receipt number"),
                             QStringLiteral("feeReceiptNumber")};
        }
    }
    return success();
}

void WorkflowEngine::enterStep(Dossier& d, int index, const QString& assignee,
                               const QDateTime& at) const
{
    const WorkflowStep& step = d.workflow.steps.at(index);
    d.currentStepId = step.id;
    d.currentUnit = step.unit;
    d.assignee = assignee;
    StepDeadline sd;
    sd.stepId = step.id;
    sd.assignee = assignee;
    sd.startedAt = at;
    if (step.duration.value > 0) {
        if (auto due = m_due(at, step.duration, {}))
            sd.dueAt = *due;
    }
    d.stepDeadlines.append(sd);
}

std::optional<Timeliness> WorkflowEngine::closeStep(Dossier& d, const QDateTime& at) const
{
    for (auto it = d.stepDeadlines.rbegin(); it != d.stepDeadlines.rend(); ++it) {
        if (it->stepId == d.currentStepId && it->finishedAt.isNull()) {
            it->finishedAt = at;
            if (it->dueAt.isNull())
                return std::nullopt;
            // A step is late as soon as its deadline instant has passed ("chậm tiến độ"), even
            // on the due day; early/on time otherwise follows the day-level rule.
            if (at > it->dueAt)
                return Timeliness::Late;
            const Timeliness t = m_classify(at, it->dueAt);
            return t == Timeliness::Late ? Timeliness::OnTime : t;
        }
    }
    return std::nullopt;
}

void WorkflowEngine::recomputeDeadlines(Dossier& d) const
{
    // The clock restarts after a pause: the appointment and the running step's deadline move by
    // the paused working time.
    if (d.receivedAt.isValid() && d.statutoryTime.value > 0) {
        if (auto due = m_due(d.receivedAt, d.statutoryTime, pausesSince(d.pauses, d.receivedAt)))
            d.appointmentAt = *due;
    }
    // An approved apology's date is a promise to the citizen: the statutory count never moves
    // the appointment before it. (A pause after the apology moves the appointment only once the
    // statutory count passes that date; a longer delay needs another apology.)
    if (const QDateTime promised = apologyAppointment(d);
        promised.isValid() && promised > d.appointmentAt)
        d.appointmentAt = promised;
    const WorkflowStep* step = d.workflow.step(d.currentStepId);
    for (auto it = d.stepDeadlines.rbegin(); it != d.stepDeadlines.rend(); ++it) {
        if (it->stepId == d.currentStepId && it->finishedAt.isNull()) {
            if (step && step->duration.value > 0) {
                if (auto due =
                        m_due(it->startedAt, step->duration, pausesSince(d.pauses, it->startedAt)))
                    it->dueAt = *due;
            }
            break;
        }
    }
}

Expected<Dossier> WorkflowEngine::apply(const Dossier& before, const Actor& actor,
                                        const ActionRequest& r) const
{
    if (r.expectedVersion >= 0 && r.expectedVersion != before.version) {
        return refuse("workflow.version_conflict",
                      QStringLiteral("the dossier changed (version %1, you saw %2)")
                          .arg(before.version)
                          .arg(r.expectedVersion));
    }
    if (auto p = permitted(before, actor, r.action, r.at); !p)
        return p.error();
    if (auto c = checkRequest(before, r); !c)
        return c.error();

    Dossier d = before;
    const int index = d.workflow.indexOf(d.currentStepId);
    HistoryEntry h;
    h.at = r.at;
    h.actor = actor.username;
    h.action = name(r.action);
    h.fromStep = d.currentStepId;
    h.comment = r.comment;

    switch (r.action) {
    case WorkflowAction::Accept: {
        // The clock runs from the receipt of the complete dossier, i.e. its acceptance; time spent
        // on guidance before that never counts.
        d.receivedAt = r.at;
        const auto due = m_due(d.receivedAt, d.statutoryTime, {});
        if (!due) // never accept without an appointment
            return refuse("workflow.deadline_unavailable",
                          QStringLiteral("no appointment can be computed"));
        d.appointmentAt = *due;
        closeStep(d, r.at);
        const QStringList first =
            WorkflowGraph::targets(d.workflow, d.currentStepId, WorkflowAction::Forward);
        enterStep(d, first.isEmpty() ? 1 : d.workflow.indexOf(first.first()), r.toUser, r.at);
        d.status = DossierStatus::Accepted;
        break;
    }
    case WorkflowAction::GuideToComplete:
        d.status = DossierStatus::SupplementRequested;
        d.pauses.append(Pause{PauseKind::Supplement, r.at, {}, r.comment});
        break;
    case WorkflowAction::Refuse:
        if (d.status == DossierStatus::Registered) {
            d.status = DossierStatus::NotAccepted;
        } else {
            h.stepTimeliness = closeStep(d, r.at);
            d.status = DossierStatus::Finished;
            d.refused = true;
            d.finishedAt = r.at;
        }
        break;
    case WorkflowAction::Forward:
    case WorkflowAction::Approve: {
        h.stepTimeliness = closeStep(d, r.at);
        const QStringList targets = moveTargets(before, r.action);
        if (!targets.isEmpty()) {
            const QString to = r.toStep.isEmpty() ? targets.first() : r.toStep;
            enterStep(d, d.workflow.indexOf(to), r.toUser, r.at);
            d.status = DossierStatus::InProgress;
        } else { // approving an end of the process finishes processing
            d.status = DossierStatus::Finished;
            d.finishedAt = r.at;
        }
        break;
    }
    case WorkflowAction::Reassign:
        h.stepTimeliness = closeStep(d, r.at);
        enterStep(d, index, r.toUser, r.at);
        d.status = DossierStatus::InProgress;
        break;
    case WorkflowAction::ReturnToPrevious: {
        h.stepTimeliness = closeStep(d, r.at);
        const QStringList targets = moveTargets(before, r.action);
        const QString back = r.toStep.isEmpty() ? targets.first() : r.toStep;
        enterStep(d, d.workflow.indexOf(back),
                  r.toUser.isEmpty() ? lastAssigneeOf(before, back) : r.toUser, r.at);
        d.status = DossierStatus::InProgress;
        break;
    }
    case WorkflowAction::Transfer:
        h.stepTimeliness = closeStep(d, r.at);
        enterStep(d, index, r.toUser, r.at);
        d.currentUnit = r.toUnit;
        d.status = DossierStatus::InProgress;
        break;
    case WorkflowAction::RequestSupplement:
        if (d.supplementRequests >= 1)
            d.countedLate = true; // more than one request counts as late in the national indices
        ++d.supplementRequests;
        d.pauses.append(Pause{PauseKind::Supplement, r.at, {}, r.comment});
        d.status = DossierStatus::SupplementRequested;
        break;
    case WorkflowAction::RequestFinancialObligation:
        d.pauses.append(Pause{PauseKind::FinancialObligation, r.at, {}, r.comment});
        d.status = DossierStatus::FinancialObligation;
        break;
    case WorkflowAction::ReceiveSupplement:
    case WorkflowAction::ResumeAfterFinancialObligation:
        closeOpenPause(d, r.at);
        // A supplement to a dossier still at intake sends it back to intake for a fresh check.
        d.status = index <= 0 ? DossierStatus::Registered : DossierStatus::InProgress;
        if (index > 0)
            recomputeDeadlines(d);
        break;
    case WorkflowAction::Stop:
        closeOpenPause(d, r.at);
        closeStep(d, r.at);
        d.status = DossierStatus::Stopped;
        d.finishedAt = r.at;
        break;
    case WorkflowAction::MarkResultReady:
        h.stepTimeliness = closeStep(d, r.at);
        d.status = DossierStatus::Finished;
        d.finishedAt = r.at;
        break;
    case WorkflowAction::ReturnResult:
        d.status = DossierStatus::Returned;
        d.returnedAt = r.at;
        d.returnedTo = r.recipient;
        for (FeeLine& f : d.fees) {
            if (f.collection == FeeCollection::AtReturn && !f.isPaid() && f.amountVnd > 0) {
                f.receiptNumber = r.feeReceiptNumber.trimmed();
                f.method =
                    r.paymentMethod == PaymentMethod::None ? PaymentMethod::Cash : r.paymentMethod;
                f.paidAt = r.at;
            }
        }
        break;
    case WorkflowAction::Withdraw:
        closeOpenPause(d, r.at);
        closeStep(d, r.at);
        d.status = DossierStatus::Withdrawn;
        break;
    case WorkflowAction::Comment: // recorded in the history only
        break;
    case WorkflowAction::ProposeApology: {
        // A new proposal replaces one still pending: the officer corrects the date or the reason
        // before the leader signs, and the leader only ever sees one.
        if (pendingApology(d))
            d.apologies.removeLast();
        Apology a;
        a.proposedAt = r.at;
        a.proposedBy = actor.username;
        a.reason = r.comment.trimmed();
        a.previousAppointment = d.appointmentAt;
        a.newAppointment = r.newAppointment;
        d.apologies.append(a);
        break;
    }
    case WorkflowAction::ApproveApology: {
        Apology& a = d.apologies.last();
        a.approvedAt = r.at;
        a.approvedBy = actor.username;
        // The old appointment stays in the apology record (previousAppointment). A dossier that
        // needed an apology missed its statutory time: the national indices count it late even
        // when the new appointment is kept.
        d.appointmentAt = a.newAppointment;
        d.countedLate = true;
        break;
    }
    }

    h.toStep = d.currentStepId;
    h.toUser = d.assignee;
    h.statusAfter = d.status;
    d.history.append(h);
    ++d.version;
    return d;
}

Expected<Dossier> WorkflowEngine::moveToProcess(const Dossier& before, const Actor& actor,
                                                const WorkflowDefinition& process,
                                                const ActionRequest& r) const
{
    if (r.expectedVersion >= 0 && r.expectedVersion != before.version)
        return refuse("workflow.version_conflict",
                      QStringLiteral("the dossier changed (version %1, you saw %2)")
                          .arg(before.version)
                          .arg(r.expectedVersion));
    if (isTerminal(before.status))
        return refuse(
            "workflow.terminal_state",
            QStringLiteral("the dossier is %1; nothing more can be done").arg(name(before.status)));
    // Between acceptance and the result: a dossier at intake takes its process at acceptance,
    // a finished one only waits for the counter.
    if (before.status == DossierStatus::Registered || before.status == DossierStatus::Finished)
        return refuse("workflow.wrong_status",
                      QStringLiteral("a dossier is moved to another process while it is being "
                                     "processed, not while it is %1")
                          .arg(name(before.status)));
    if (!actor.has(Role::Administrator))
        return refuse("workflow.role_not_permitted",
                      QStringLiteral("only an administrator moves a dossier to another process"));
    if (!r.at.isValid())
        return Error{QStringLiteral("workflow.time_required"),
                     QStringLiteral("the action has no time"), QStringLiteral("at")};
    if (r.comment.trimmed().isEmpty())
        return Error{QStringLiteral("workflow.reason_required"),
                     QStringLiteral("moving a dossier to another process needs a reason"),
                     QStringLiteral("comment")};
    if (auto v = validate(process); !v)
        return Error{v.error().code, v.error().message,
                     QStringLiteral("workflow.") + v.error().path};
    const int index = process.indexOf(r.toStep);
    if (index <= 0)
        return Error{
            QStringLiteral("workflow.wrong_step"),
            QStringLiteral("\"%1\" is no processing step of the new process").arg(r.toStep),
            QStringLiteral("toStep")};

    Dossier d = before;
    HistoryEntry h;
    h.at = r.at;
    h.actor = actor.username;
    h.action = QStringLiteral("moveProcess");
    h.fromStep = d.currentStepId;
    h.comment = r.comment.trimmed();
    closeStep(d, r.at);
    d.workflow = process;
    enterStep(d, index, r.toUser, r.at);
    if (d.status == DossierStatus::Accepted)
        d.status = DossierStatus::InProgress;
    h.toStep = d.currentStepId;
    h.toUser = d.assignee;
    h.statusAfter = d.status;
    d.history.append(h);
    ++d.version;
    return d;
}

} // namespace motcua
