#include "storage/SqliteKeyLookup.h"

#include <stdexcept>

#include <sqlite3.h>

namespace motcua::server {

SqliteKeyLookup::SqliteKeyLookup(std::string databasePath, std::string sql, int maxConnections)
    : m_path(std::move(databasePath))
    , m_sql(std::move(sql))
    , m_max(maxConnections < 1 ? 1 : maxConnections)
{}

SqliteKeyLookup::~SqliteKeyLookup()
{
    for (auto& c : m_all) {
        sqlite3_finalize(c->statement);
        sqlite3_close_v2(c->db);
    }
}

std::unique_ptr<SqliteKeyLookup::Connection> SqliteKeyLookup::open() const
{
    auto c = std::make_unique<Connection>();
    // NOMUTEX: a connection is used by one thread at a time (handed out under m_mutex).
    int rc = sqlite3_open_v2(m_path.c_str(), &c->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX,
                             nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_busy_timeout(c->db, 10000);
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v3(c->db, m_sql.c_str(), int(m_sql.size()), SQLITE_PREPARE_PERSISTENT,
                                &c->statement, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = c->db ? sqlite3_errmsg(c->db) : sqlite3_errstr(rc);
        sqlite3_finalize(c->statement);
        sqlite3_close_v2(c->db);
        throw std::runtime_error("SQLite lookup connection: " + message);
    }
    return c;
}

SqliteKeyLookup::Connection* SqliteKeyLookup::acquire()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        if (!m_free.empty()) {
            Connection* c = m_free.back();
            m_free.pop_back();
            return c;
        }
        if (int(m_all.size()) < m_max) {
            m_all.push_back(open());
            return m_all.back().get();
        }
        m_freed.wait(lock);
    }
}

void SqliteKeyLookup::release(Connection* c)
{
    {
        std::lock_guard lock(m_mutex);
        m_free.push_back(c);
    }
    m_freed.notify_one();
}

std::optional<std::string> SqliteKeyLookup::find(const std::string& key)
{
    Connection* c = acquire();
    struct Release {
        SqliteKeyLookup* self;
        Connection* c;
        ~Release()
        {
            sqlite3_reset(c->statement);
            sqlite3_clear_bindings(c->statement);
            self->release(c);
        }
    } guard{this, c};
    int rc = sqlite3_bind_text(c->statement, 1, key.data(), int(key.size()), SQLITE_STATIC);
    if (rc != SQLITE_OK)
        throw std::runtime_error(std::string("SQLite lookup bind: ") + sqlite3_errmsg(c->db));
    rc = sqlite3_step(c->statement);
    if (rc == SQLITE_DONE)
        return std::nullopt;
    if (rc != SQLITE_ROW)
        throw std::runtime_error(std::string("SQLite lookup: ") + sqlite3_errmsg(c->db));
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(c->statement, 0));
    return std::string(text ? text : "", std::size_t(sqlite3_column_bytes(c->statement, 0)));
}

} // namespace motcua::server
