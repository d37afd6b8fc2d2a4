#pragma once

#include "calendar/CalendarSettings.h"
#include "storage/Database.h"

#include <optional>

namespace motcua::server {

// Named, versioned settings documents (for now the working calendar).
class SettingsRepository {
public:
    explicit SettingsRepository(Database& db)
        : m_db(db)
    {}

    struct Versioned {
        CalendarSettings settings;
        Poco::Int64 version = 0;
    };
    // nullopt until an administrator (or the demo loader) stored one.
    std::optional<Versioned> calendar();
    Poco::Int64 calendarVersion();
    // The same, inside a write transaction (PostgreSQL: the row is locked until commit, so two
    // administrators saving at once get consecutive versions).
    Poco::Int64 calendarVersion(Poco::Data::Session& s);
    void saveCalendar(Poco::Data::Session& s, const CalendarSettings& settings,
                      Poco::Int64 version);

private:
    Database& m_db;
};

} // namespace motcua::server
