#pragma once

#include "workflow/WorkflowStep.h"

#include <QList>
#include <QString>

namespace motcua {

// The ordered steps a dossier of one procedure goes through at one agency. The typical chain is
// intake → assign → process → review → approve → issue; the result is then returned at the counter.
struct WorkflowDefinition {
    QString id;
    QList<WorkflowStep> steps;

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
