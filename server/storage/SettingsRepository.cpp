#include "storage/SettingsRepository.h"

#include "storage/Documents.h"

using namespace Poco::Data::Keywords;

namespace motcua::server {

std::optional<SettingsRepository::Versioned> SettingsRepository::calendar()
{
    std::vector<std::string> docs;
    std::vector<Poco::Int64> versions;
    m_db.read([&](Poco::Data::Session& s) {
        s << "SELECT doc, version FROM settings WHERE name = 'calendar'", into(docs),
            into(versions), now;
    });
    if (docs.empty())
        return std::nullopt;
    return Versioned{fromDocument<CalendarSettings>(docs.front()), versions.front()};
}

Poco::Int64 SettingsRepository::calendarVersion()
{
    std::vector<Poco::Int64> versions;
    m_db.read([&](Poco::Data::Session& s) {
        s << "SELECT version FROM settings WHERE name = 'calendar'", into(versions), now;
    });
    return versions.empty() ? 0 : versions.front();
}

Poco::Int64 SettingsRepository::calendarVersion(Poco::Data::Session& s)
{
    std::vector<Poco::Int64> versions;
    const std::string lock = m_db.isPostgres() ? " FOR UPDATE" : "";
    s << "SELECT version FROM settings WHERE name = 'calendar'" + lock, into(versions), now;
    return versions.empty() ? 0 : versions.front();
}

void SettingsRepository::saveCalendar(Poco::Data::Session& s, const CalendarSettings& settings,
                                      Poco::Int64 version)
{
    const std::string doc = toDocument(settings);
    s << "DELETE FROM settings WHERE name = 'calendar'", now;
    s << m_db.sql("INSERT INTO settings (name, version, doc) VALUES ('calendar', ?, ?)"),
        bind(version), bind(doc), now;
}

} // namespace motcua::server
