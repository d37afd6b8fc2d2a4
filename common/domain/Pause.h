#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

namespace motcua {

// An interval during which the deadline clock is stopped (waiting for the citizen's supplement or
// financial obligation). `to` is null while the pause is still open.
struct Pause {
    PauseKind kind = PauseKind::Supplement;
    QDateTime from;
    QDateTime to;
    QString reason;

    bool isOpen() const { return to.isNull(); }

    friend bool operator==(const Pause&, const Pause&) = default;
};

} // namespace motcua
