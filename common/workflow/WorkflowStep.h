#pragma once

#include "domain/Duration.h"
#include "domain/Enums.h"

#include <QList>
#include <QString>

namespace motcua {

// One step of a procedure's process: who is responsible (unit and role), the time it may take,
// and how it behaves (its national status code, whether the officer may send it back, whether
// the citizen is told when a dossier enters it).
struct WorkflowStep {
    QString id;   // stable within the definition, e.g. "process"
    QString name; // shown to users, e.g. "Chuyên viên thẩm định"
    StepKind kind = StepKind::Process;
    Role role = Role::Specialist;
    QString unit;
    Duration duration;
    int nationalStatus = 0;     // 1–10: the national status code reported here; 0: by the status
    bool mayReturn = true;      // the officer may return the dossier to the step it came from
    bool notifyCitizen = false; // the citizen is told (SMS / e-mail) when a dossier enters it
    // Actions this step does not allow, among withholdableActions() (e.g. no supplement request
    // once the file is with the leader); empty: every one its roles may take, as before API 1.6.
    QList<WorkflowAction> withheld{};

    friend bool operator==(const WorkflowStep&, const WorkflowStep&) = default;
};

// What a process may withhold in a step, besides the moves its arrows decide: the officer's
// requests and the leader's decisions. Comments and the counter's actions are never withheld.
inline const QList<WorkflowAction>& withholdableActions()
{
    static const QList<WorkflowAction> all{WorkflowAction::RequestSupplement,
                                           WorkflowAction::RequestFinancialObligation,
                                           WorkflowAction::Transfer,
                                           WorkflowAction::Reassign,
                                           WorkflowAction::ProposeApology,
                                           WorkflowAction::Stop,
                                           WorkflowAction::Refuse};
    return all;
}

} // namespace motcua
