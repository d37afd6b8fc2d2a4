#pragma once

#include "core/Expected.h"

#include <QSqlDatabase>

namespace motcua::client {

// The versioned schema of the workstation's store (PRAGMA user_version): each step runs once, in
// its own transaction, in order; a store written by a newer version of the client is refused
// rather than misread.
class StoreSchema {
public:
    static int latestVersion();
    // Errors: store.sql, store.too_new.
    static Status migrate(const QSqlDatabase& db);
    static int version(const QSqlDatabase& db);
};

} // namespace motcua::client
