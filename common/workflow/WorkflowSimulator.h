#pragma once

#include "calendar/DeadlineCalculator.h"
#include "core/Expected.h"
#include "workflow/WorkflowDefinition.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

namespace motcua {

// One step of a simulated run: when a sample dossier enters it and when the step is due.
struct SimulatedStep {
    QString stepId;
    QString name;
    QString unit;
    QDateTime startedAt;
    QDateTime dueAt;
    bool afterAppointment = false; // due later than the appointment promised to the citizen
};

struct Simulation {
    QDateTime receivedAt;
    QDateTime appointmentAt; // from the statutory time; null when the case needs no appointment
    QList<SimulatedStep> steps;
    bool late() const { return !steps.isEmpty() && steps.constLast().afterAppointment; }
};

// Walks a sample dossier received at `receivedAt` through `path` (step ids, intake first, each
// step reached from the one before by a forward or approve arrow) with the real calendar: every
// step uses its whole time and the next starts when it is due, as the administrator checks the
// worst case of a process against the statutory time. Intake counts too: its time is the
// counter's share of the statutory time. Codes: workflow.path_invalid (path "path[i]"),
// and the calendar's deadline errors.
class WorkflowSimulator {
public:
    explicit WorkflowSimulator(const DeadlineCalculator& deadlines)
        : m_deadlines(deadlines)
    {}

    Expected<Simulation> run(const WorkflowDefinition& definition, const QStringList& path,
                             const QDateTime& receivedAt, const Duration& statutory) const;

private:
    const DeadlineCalculator& m_deadlines;
};

} // namespace motcua
