#pragma once

#include <functional>
#include <memory>
#include <semaphore>
#include <string>
#include <string_view>

#include <Poco/Data/Session.h>
#include <Poco/Data/SessionPool.h>

namespace motcua::server {

enum class Backend { SQLite, PostgreSQL };

// The one door to the database, for both backends on Poco::Data: a session pool, SQL written once
// with `?` placeholders (rewritten to PostgreSQL's $1, $2 ...), and transactions.
//
// write() runs a function as one transaction — nothing is ever half written — and retries it
// when the database reports a transient conflict (SQLite busy, PostgreSQL serialization failure
// or deadlock). On SQLite a write transaction starts with BEGIN IMMEDIATE so concurrent writers
// queue on the busy timeout instead of failing when upgrading a read lock. The SQLite database is
// in WAL mode with synchronous=NORMAL: a committed transaction survives the server being killed
// (kill -9) at any moment; only a power loss may lose the last ones (set
// motcua.sqlite.synchronous=FULL to cover that too, at the price of an fsync per commit).
class Database {
public:
    struct Options {
        std::string sqlitePath;       // used when connectionString is empty
        std::string connectionString; // "host=... port=... dbname=... user=..." for PostgreSQL
        int minSessions = 2;
        int maxSessions = 32;
        int busyTimeoutMs = 10000;
        std::string sqliteSynchronous = "NORMAL";
    };

    explicit Database(const Options& options);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::PostgreSQL; }
    const std::string& sqlitePath() const { return m_options.sqlitePath; }

    // `?` placeholders → `$n` on PostgreSQL. Our SQL never has `?` inside string literals.
    std::string sql(std::string_view text) const;

    template <typename F>
    auto write(F&& work) -> decltype(work(std::declval<Poco::Data::Session&>()));

    // Told, on the writing thread, how each write() transaction ended: true after its commit,
    // false after a rollback (a retried attempt included). The Journal uses it to wake the change
    // feed's waiters only for what was really committed. Set once, before the first write.
    void setTransactionObserver(std::function<void(bool committed)> observer)
    {
        m_observer = std::move(observer);
    }

    // Statements that read, each consistent on its own (no explicit transaction). Never call
    // read() from inside write(): use the transaction's session (a thread holding a connection
    // must not wait for a second one).
    template <typename F>
    auto read(F&& work) -> decltype(work(std::declval<Poco::Data::Session&>()))
    {
        Slot slot(m_slots);
        Poco::Data::Session s = session();
        return work(s);
    }

private:
    // More request threads than connections is normal; a thread waits for a free connection
    // instead of failing (Poco's pool throws when exhausted).
    using Slots = std::counting_semaphore<1024>;
    class Slot {
    public:
        explicit Slot(Slots& pool)
            : m_pool(pool)
        {
            m_pool.acquire();
        }
        ~Slot() { m_pool.release(); }
        Slot(const Slot&) = delete;
        Slot& operator=(const Slot&) = delete;

    private:
        Slots& m_pool;
    };

    Poco::Data::Session session();
    void begin(Poco::Data::Session& s);
    void commit(Poco::Data::Session& s);
    void rollback(Poco::Data::Session& s) noexcept;
    bool isTransient(const std::exception& e) const;

    Backend m_backend;
    Options m_options;
    std::unique_ptr<Poco::Data::SessionPool> m_pool;
    Slots m_slots;
    std::function<void(bool)> m_observer;
};

template <typename F>
auto Database::write(F&& work) -> decltype(work(std::declval<Poco::Data::Session&>()))
{
    constexpr int kAttempts = 8;
    for (int attempt = 1;; ++attempt) {
        Slot slot(m_slots);
        Poco::Data::Session s = session();
        begin(s);
        try {
            if constexpr (std::is_void_v<decltype(work(s))>) {
                work(s);
                commit(s);
                if (m_observer)
                    m_observer(true);
                return;
            } else {
                auto result = work(s);
                commit(s);
                if (m_observer)
                    m_observer(true);
                return result;
            }
        } catch (const std::exception& e) {
            rollback(s);
            if (m_observer)
                m_observer(false);
            if (attempt >= kAttempts || !isTransient(e))
                throw;
        }
    }
}

} // namespace motcua::server
