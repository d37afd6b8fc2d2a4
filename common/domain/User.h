#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

namespace motcua {

// A staff member. Credentials are not part of the domain type (the server keeps them apart).
struct User {
    QString username;
    QString fullName;
    QList<Role> roles;
    QString agencyId;
    QString unit; // department within the agency, e.g. "Tư pháp - Hộ tịch"
    QString phone;
    QString email;
    bool active = true; // a disabled user is locked out everywhere
    qint64 version = 0;

    bool hasRole(Role r) const { return roles.contains(r); }

    friend bool operator==(const User&, const User&) = default;
};

} // namespace motcua
