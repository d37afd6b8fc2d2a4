#pragma once

#include "storage/Database.h"

#include <string>
#include <vector>

namespace motcua::server {

// Versioned schema migrations for both backends. Each migration runs in its own transaction and
// is recorded in schema_migrations; a server starting on an older database brings it up to date,
// and several servers starting at once on one PostgreSQL database take turns (advisory lock).
class Migrations {
public:
    struct Step {
        int version;
        const char* description;
        std::string sqlite;
        std::string postgres;
    };

    static const std::vector<Step>& steps();

    // Applies every missing step; returns the schema version now in force. Refuses (throws) a
    // database whose schema is newer than this server knows.
    static int migrate(Database& db);

    static int currentVersion(Database& db);
};

} // namespace motcua::server
