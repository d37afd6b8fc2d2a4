#pragma once

#include "calendar/DeadlineCalculator.h"
#include "core/Expected.h"
#include "domain/Dossier.h"
#include "workflow/ActionRequest.h"
#include "workflow/Actor.h"

#include <functional>
#include <optional>

namespace motcua {

// Whether one action is open to a user right now, and if not, why (a machine-readable Error the
// client translates and shows beside the disabled button).
struct ActionAvailability {
    WorkflowAction action;
    Status status;
};

// The workflow rules, in one place for server and client: given a dossier (with its frozen
// workflow definition), a user and an action, either the dossier as it becomes or the reason the
// action is refused. An invalid action is never applied: apply() works on a copy.
//
// Who may do what:
//  - receptionist: accept / guide to complete / refuse at intake, receive a supplement, resume
//    after a financial obligation, return the result, withdraw at the citizen's request;
//  - the role of the current step (in the step's unit; the assignee, once there is one):
//    forward, return to the previous step, transfer, request a supplement or a financial
//    obligation, mark the result ready (issue step);
//  - leader: approve (approve step), reassign, stop, refuse as the processing result, and a
//    second supplement request (which marks the dossier late);
//  - apologies (Mẫu 04): the role of the current step proposes a new appointment with a reason
//    (proposeApology, like forward), only before the appointment has passed and only for a later
//    date; a second proposal replaces a pending one. The leader of the unit holding the dossier
//    approves it (approveApology), again only before the appointment has passed: the appointment
//    moves to the new date, the old one stays in the apology, and the dossier counts as late;
//  - comment: an opinion in the history, by the counter, the leader of the unit holding the
//    dossier or the current step's role in that unit, in any open status;
//  - administrator: configures, never processes.
//
// A step's process may withhold some of these (WorkflowStep::withheld): workflow.not_in_step.
//
// Refusal codes (Error::code): workflow.version_conflict, workflow.terminal_state,
// workflow.wrong_status, workflow.role_not_permitted, workflow.wrong_unit,
// workflow.not_assignee, workflow.reason_required, workflow.no_next_step,
// workflow.no_previous_step, workflow.wrong_step, workflow.target_required,
// workflow.second_supplement_needs_leader, workflow.deadline_unavailable,
// workflow.invalid_definition, workflow.time_required, workflow.recipient_required,
// workflow.fee_receipt_required, workflow.apology_too_late, workflow.no_pending_apology,
// workflow.appointment_required, workflow.appointment_not_later (also when approving a proposal
// the appointment has since overtaken).
class WorkflowEngine {
public:
    // Computes a deadline: `duration` counted from `start`, excluding the given pauses. Returns
    // nullopt when no deadline can be given (for example while a pause is still open).
    using DueFunction = std::function<std::optional<QDateTime>(
        const QDateTime& start, const Duration& duration, const QList<Pause>& pauses)>;
    // Classifies a finished dossier against its appointment.
    using ClassifyFunction =
        std::function<Timeliness(const QDateTime& finishedAt, const QDateTime& dueAt)>;

    WorkflowEngine(DueFunction due, ClassifyFunction classify);

    // The engine as server and client use it: deadlines from common/'s calendar rules.
    explicit WorkflowEngine(const DeadlineCalculator& deadlines);

    // Checks a definition: unique non-empty step ids, the first step is intake, an issue step
    // exists after it.
    static Status validate(const WorkflowDefinition& definition);

    // Whether `actor` may take `action` on `dossier` now (ignores the request's own content).
    // With a valid `now`, time rules are checked too (an apology only before the appointment).
    Status permitted(const Dossier& dossier, const Actor& actor, WorkflowAction action,
                     const QDateTime& now = {}) const;

    // The steps forward, approve or returnToPrevious may take the dossier to from its current
    // step (more than one: the user chooses, ActionRequest::toStep); empty for other actions.
    static QStringList nextSteps(const Dossier& dossier, WorkflowAction action);

    // Every action with its availability, in WorkflowAction order.
    QList<ActionAvailability> availability(const Dossier& dossier, const Actor& actor,
                                           const QDateTime& now = {}) const;

    // The dossier after the action: status, step, assignee, deadlines, pauses, history and a
    // version one higher. The input is never modified.
    Expected<Dossier> apply(const Dossier& dossier, const Actor& actor,
                            const ActionRequest& request) const;

    // An administrator moves a running dossier to another process, usually its case's process in
    // a newer version of the procedure: the dossier takes `process` and goes on at its step
    // `request.toStep` (request.toUser: the officer, if named). The step left is closed and the
    // new one entered with its own deadline; the appointment, papers and fees the dossier was
    // received under stay, and so does a pause. In the history as "moveProcess" with the reason
    // (request.comment). Codes: workflow.version_conflict, workflow.terminal_state,
    // workflow.wrong_status (not accepted yet, or finished), workflow.role_not_permitted,
    // workflow.reason_required, workflow.time_required, the process's own
    // (workflow.invalid_definition, …), workflow.wrong_step (no such step, or intake).
    Expected<Dossier> moveToProcess(const Dossier& dossier, const Actor& actor,
                                    const WorkflowDefinition& process,
                                    const ActionRequest& request) const;

private:
    Status checkRequest(const Dossier& dossier, const ActionRequest& request) const;
    void enterStep(Dossier& d, int index, const QString& assignee, const QDateTime& at) const;
    std::optional<Timeliness> closeStep(Dossier& d, const QDateTime& at) const;
    void recomputeDeadlines(Dossier& d) const;

    DueFunction m_due;
    ClassifyFunction m_classify;
};

} // namespace motcua
