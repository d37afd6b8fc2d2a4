#pragma once

#include <QDateTime>
#include <QString>

namespace motcua {

// The deadline of one workflow step in one dossier, and when that step actually finished.
// Lateness of a step ("chậm tiến độ") is tracked apart from the dossier being overdue ("quá hạn").
struct StepDeadline {
    QString stepId;
    QString assignee;
    QDateTime startedAt;
    QDateTime dueAt;
    QDateTime finishedAt; // null while the step is running

    friend bool operator==(const StepDeadline&, const StepDeadline&) = default;
};

} // namespace motcua
