#pragma once

#include "domain/Enums.h"

#include <optional>

#include <QDateTime>
#include <QString>

namespace motcua {

// One event in a dossier's life: every hand-over and decision, who and when. Mẫu 05 (the control
// slip) prints one row per hand-over from these.
struct HistoryEntry {
    QDateTime at;
    QString actor;  // username
    QString action; // workflow action wire name, e.g. "forward"
    QString fromStep;
    QString toStep;
    QString toUser;
    QString comment;                          // opinion or reason
    std::optional<Timeliness> stepTimeliness; // how the step that ended here did
    DossierStatus statusAfter = DossierStatus::Registered;

    friend bool operator==(const HistoryEntry&, const HistoryEntry&) = default;
};

} // namespace motcua
