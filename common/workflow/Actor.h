#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

namespace motcua {

// The user attempting a workflow action, as the engine needs to see them.
struct Actor {
    QString username;
    QList<Role> roles;
    QString unit;

    bool has(Role r) const { return roles.contains(r); }
};

} // namespace motcua
