#pragma once

#include "domain/Duration.h"
#include "domain/Enums.h"

#include <QString>

namespace motcua {

// One step of a procedure's process: who is responsible (unit and role) and the time it may take.
struct WorkflowStep {
    QString id;   // stable within the definition, e.g. "process"
    QString name; // shown to users, e.g. "Chuyên viên thẩm định"
    StepKind kind = StepKind::Process;
    Role role = Role::Specialist;
    QString unit;
    Duration duration;

    friend bool operator==(const WorkflowStep&, const WorkflowStep&) = default;
};

} // namespace motcua
