#include "storage/Database.h"

#include <algorithm>
#include <mutex>
#include <vector>

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/PostgreSQL/PostgreSQLException.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/SQLite/SQLiteException.h>

using namespace Poco::Data::Keywords;

namespace motcua::server {
namespace {

// Per-connection settings: SQLite's pragmas apply to one connection, so every pooled session
// gets them when it is created.
class Pool : public Poco::Data::SessionPool {
public:
    Pool(const std::string& connector, const std::string& conn, int min, int max,
         std::vector<std::string> pragmas)
        : Poco::Data::SessionPool(connector, conn, min, max, 60)
        , m_pragmas(std::move(pragmas))
    {}

protected:
    void customizeSession(Poco::Data::Session& s) override
    {
        for (const auto& pragma : m_pragmas)
            s << pragma, now;
    }

private:
    std::vector<std::string> m_pragmas;
};

void registerConnectors()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Poco::Data::SQLite::Connector::registerConnector();
        Poco::Data::PostgreSQL::Connector::registerConnector();
    });
}

} // namespace

Database::Database(const Options& options)
    : m_backend(options.connectionString.empty() ? Backend::SQLite : Backend::PostgreSQL)
    , m_options(options)
    , m_slots(std::clamp(options.maxSessions, 1, 1024))
{
    registerConnectors();
    if (m_backend == Backend::SQLite) {
        // WAL is a property of the file: set once, before the pool opens more connections.
        {
            Poco::Data::Session first("SQLite", options.sqlitePath);
            std::string mode;
            first << "PRAGMA journal_mode=WAL", into(mode), now;
        }
        const std::vector<std::string> pragmas{"PRAGMA foreign_keys=ON",
                                               "PRAGMA busy_timeout=" +
                                                   std::to_string(options.busyTimeoutMs),
                                               "PRAGMA synchronous=" + options.sqliteSynchronous};
        m_pool = std::make_unique<Pool>("SQLite", options.sqlitePath, options.minSessions,
                                        options.maxSessions, pragmas);
    } else {
        m_pool = std::make_unique<Pool>("PostgreSQL", options.connectionString, options.minSessions,
                                        options.maxSessions, std::vector<std::string>());
    }
}

Database::~Database()
{
    if (m_pool)
        m_pool->shutdown();
}

Poco::Data::Session Database::session()
{
    return m_pool->get();
}

std::string Database::sql(std::string_view text) const
{
    if (m_backend == Backend::SQLite)
        return std::string(text);
    std::string out;
    out.reserve(text.size() + 16);
    int n = 0;
    for (char c : text) {
        if (c == '?')
            out += '$' + std::to_string(++n);
        else
            out += c;
    }
    return out;
}

void Database::begin(Poco::Data::Session& s)
{
    if (m_backend == Backend::SQLite)
        s << "BEGIN IMMEDIATE", now;
    else
        s.begin();
}

void Database::commit(Poco::Data::Session& s)
{
    if (m_backend == Backend::SQLite)
        s << "COMMIT", now;
    else
        s.commit();
}

void Database::rollback(Poco::Data::Session& s) noexcept
{
    try {
        if (m_backend == Backend::SQLite)
            s << "ROLLBACK", now;
        else
            s.rollback();
    } catch (...) {
        // The connection is broken or there was no transaction left; the pool discards it.
    }
}

bool Database::isTransient(const std::exception& e) const
{
    if (dynamic_cast<const Poco::Data::SQLite::DBLockedException*>(&e) ||
        dynamic_cast<const Poco::Data::SQLite::TableLockedException*>(&e))
        return true;
    if (m_backend == Backend::PostgreSQL) {
        const std::string what = e.what();
        const auto* pe = dynamic_cast<const Poco::Exception*>(&e);
        const std::string text = pe ? pe->displayText() : what;
        return text.find("could not serialize") != std::string::npos ||
               text.find("deadlock detected") != std::string::npos;
    }
    return false;
}

} // namespace motcua::server
