#include "workflow/WorkflowSimulator.h"

#include "workflow/WorkflowGraph.h"

namespace motcua {

Expected<Simulation> WorkflowSimulator::run(const WorkflowDefinition& d, const QStringList& path,
                                            const QDateTime& receivedAt,
                                            const Duration& statutory) const
{
    const QList<WorkflowTransition> arrows = WorkflowGraph::transitions(d);
    for (int i = 0; i < path.size(); ++i) {
        const QString at = QStringLiteral("path[%1]").arg(i);
        if (!d.step(path.at(i)))
            return Error{QStringLiteral("workflow.path_invalid"),
                         QStringLiteral("\"%1\" is no step of the process").arg(path.at(i)), at};
        if (i == 0 && path.at(i) != d.steps.first().id)
            return Error{QStringLiteral("workflow.path_invalid"),
                         QStringLiteral("a run starts at intake"), at};
        if (i > 0 &&
            !WorkflowGraph::arrow(arrows, path.at(i - 1), path.at(i), WorkflowAction::Forward) &&
            !WorkflowGraph::arrow(arrows, path.at(i - 1), path.at(i), WorkflowAction::Approve))
            return Error{QStringLiteral("workflow.path_invalid"),
                         QStringLiteral("no arrow leads from \"%1\" to \"%2\"")
                             .arg(path.at(i - 1), path.at(i)),
                         at};
    }
    Simulation out;
    out.receivedAt = receivedAt;
    if (statutory.value > 0) {
        auto due = m_deadlines.dueAt(receivedAt, statutory, {});
        if (!due)
            return due.error();
        out.appointmentAt = *due;
    }
    QDateTime start = receivedAt;
    for (const QString& id : path) {
        const WorkflowStep* s = d.step(id);
        SimulatedStep row{s->id, s->name, s->unit, start, start, false};
        if (s->duration.value > 0) {
            auto due = m_deadlines.dueAt(start, s->duration, {});
            if (!due)
                return due.error();
            row.dueAt = *due;
        }
        row.afterAppointment = out.appointmentAt.isValid() && row.dueAt > out.appointmentAt;
        out.steps.append(row);
        start = row.dueAt;
    }
    return out;
}

} // namespace motcua
