#pragma once

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua::server {

// One hot read by key on SQLite — "SELECT one_text_column FROM t WHERE key = ?" — on read-only
// connections of its own, with the statement prepared once per connection. It bypasses
// Poco::Data, whose per-call statement objects, bindings and session-pool checks cost more than
// the lookup itself: the citizens' public lookup (kiosks, QR codes on receipts) is the busiest
// route and must stay within a small multiple of a static file server.
//
// Consistency is SQLite's: in WAL mode each lookup sees the last committed state. Connections are
// opened lazily, at most `maxConnections`; a thread waits for a free one. Thread-safe.
class SqliteKeyLookup {
public:
    SqliteKeyLookup(std::string databasePath, std::string sql, int maxConnections);
    ~SqliteKeyLookup();
    SqliteKeyLookup(const SqliteKeyLookup&) = delete;
    SqliteKeyLookup& operator=(const SqliteKeyLookup&) = delete;

    // The column's text for `key`; nullopt when no row matches. Throws std::runtime_error when
    // SQLite fails (the caller's error handling turns it into a 500 with the message logged).
    std::optional<std::string> find(const std::string& key);

private:
    struct Connection {
        sqlite3* db = nullptr;
        sqlite3_stmt* statement = nullptr;
    };
    Connection* acquire();
    void release(Connection* c);
    std::unique_ptr<Connection> open() const;

    std::string m_path;
    std::string m_sql;
    int m_max;
    std::mutex m_mutex;
    std::condition_variable m_freed;
    std::vector<std::unique_ptr<Connection>> m_all; // guarded by m_mutex
    std::vector<Connection*> m_free;                // guarded by m_mutex
};

} // namespace motcua::server
