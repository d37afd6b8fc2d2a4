#pragma once

#include "core/Error.h"
#include "domain/Duration.h"
#include "workflow/WorkflowDefinition.h"

#include <QList>
#include <QStringList>

namespace motcua {

// The reading of a process as a graph, for the engine, the server's checks and the designer.
//
// - transitions(): the arrows, spelled out for a definition that has none (the linear chain:
//   each step forwards to the next, an approval step approves to the next; see
//   WorkflowDefinition).
// - An end is where processing finishes: an issue step (the result is recorded there) or an
//   approval step with no approve arrow out (approving it finishes processing). From an end the
//   result goes back to the citizen at the counter.
// - Only forward, approve and returnToPrevious make arrows. Intake has exactly one forward arrow
//   out (acceptance enters its target); nothing leads into intake.
class WorkflowGraph {
public:
    static QList<WorkflowTransition> transitions(const WorkflowDefinition& d);

    // The steps `action` (forward, approve or returnToPrevious) leads to from step `from`, in
    // the order of the arrows. Returns through mayReturn are not arrows: see the engine.
    static QStringList targets(const WorkflowDefinition& d, const QString& from,
                               WorkflowAction action);

    // The arrow of `action` from `from` to `to`, or nullptr (a pointer into `arrows`).
    static const WorkflowTransition* arrow(const QList<WorkflowTransition>& arrows,
                                           const QString& from, const QString& to,
                                           WorkflowAction action);

    static bool isEnd(const WorkflowDefinition& d, const QString& stepId);

    // What stops the engine running the definition at all (the first one is what
    // WorkflowEngine::validate() reports): at least two steps, intake first and only first, step
    // ids non-empty and unique, an issue step, and transitions that name existing steps with an
    // action that fits (workflow.invalid_definition, workflow.transition_dangling,
    // workflow.transition_invalid, workflow.transition_duplicate, workflow.intake_exit).
    static QList<Error> structureProblems(const WorkflowDefinition& d);

    // Everything that must hold before a process is published, all at once: the structure above,
    // a unit for every step (workflow.unit_required), only withholdable actions withheld
    // (workflow.step_action_invalid), every step reachable from intake
    // (workflow.unreachable), and from every step a way to an end (workflow.no_way_to_result).
    // Paths are relative to the definition ("steps[2].unit", "transitions[0].to").
    static QList<Error> problems(const WorkflowDefinition& d);

    // The ways from intake to an end along forward and approve arrows (no step twice), each as
    // its step ids, intake first. At most `limit` of them, shortest first when cut.
    static QList<QStringList> paths(const WorkflowDefinition& d, int limit = 64);

    // The time a path allows (the sum of its steps' times), in working minutes, a working day
    // counting `minutesPerDay` (the calendar's: 450 for 7:30–11:30 and 13:30–17:00).
    static int pathMinutes(const WorkflowDefinition& d, const QStringList& path, int minutesPerDay);
    static int minutes(const Duration& t, int minutesPerDay);

    // Warnings an administrator must confirm before publishing: one for each path whose steps
    // together allow more than `statutory` (workflow.path_exceeds_statutory, no path; the
    // message names the steps and both times). A statutory time of 0 (no appointment) warns of
    // nothing.
    static QList<Error> timeWarnings(const WorkflowDefinition& d, const Duration& statutory,
                                     int minutesPerDay);
};

} // namespace motcua
