#pragma once

#include "domain/Enums.h"

#include <QString>

namespace motcua {

// One arrow of a process: the action that takes a dossier from step `from` to step `to`.
// Only the actions that move a dossier between steps make transitions: forward, approve (from an
// approval step) and returnToPrevious (a return to an earlier step, with a reason).
struct WorkflowTransition {
    QString from;
    QString to;
    WorkflowAction action = WorkflowAction::Forward;
    QString name; // what the button says when a step has several ways on, e.g. "Sang Phòng TN&MT"

    friend bool operator==(const WorkflowTransition&, const WorkflowTransition&) = default;
};

} // namespace motcua
