#pragma once

#include <QString>

namespace motcua {

// An administrator's request to move a running dossier to another process: its case's process
// in a published version of its procedure (0: the version in force today), entering `toStep`.
struct MoveProcessRequest {
    qint64 version = 0;       // the dossier version the administrator saw
    int procedureVersion = 0; // 0: today's version
    QString toStep;
    QString toUser; // the officer who takes the step, if named
    QString reason; // recorded in the history and the audit log

    friend bool operator==(const MoveProcessRequest&, const MoveProcessRequest&) = default;
};

} // namespace motcua
