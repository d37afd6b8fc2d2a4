#pragma once

#include "workflow/StepPosition.h"
#include "workflow/WorkflowStep.h"
#include "workflow/WorkflowTransition.h"

#include <QList>
#include <QString>

namespace motcua {

// The process a dossier of one procedure (or one case of it) goes through at one agency: a graph
// of steps joined by transitions. The first step is intake; the typical chain is intake → assign →
// process → review → approve → issue, and the result is then returned at the counter.
//
// A definition without transitions is the linear chain of its steps in order (how every process
// was written before API 1.5): WorkflowGraph::transitions() spells those arrows out, so the engine,
// the validation and the designer read old and new definitions alike.
struct WorkflowDefinition {
    QString id;
    QList<WorkflowStep> steps;
    QList<WorkflowTransition> transitions; // empty: the steps in order
    QList<StepPosition> layout;            // the designer's drawing; no rule depends on it

    // Index of a step, or -1.
    int indexOf(const QString& stepId) const
    {
        for (int i = 0; i < steps.size(); ++i) {
            if (steps.at(i).id == stepId)
                return i;
        }
        return -1;
    }
    const WorkflowStep* step(const QString& stepId) const
    {
        const int i = indexOf(stepId);
        return i < 0 ? nullptr : &steps.at(i);
    }

    friend bool operator==(const WorkflowDefinition&, const WorkflowDefinition&) = default;
};

} // namespace motcua
