#pragma once

#include "storage/ChangeSignal.h"

#include <atomic>
#include <string>
#include <thread>

namespace motcua::server {

// On PostgreSQL several server processes may share one database (a province behind a load
// balancer). Each change's transaction sends NOTIFY motcua_changes with its agency (Journal);
// this thread LISTENs on a connection of its own and publishes what other processes committed to
// this process's ChangeSignal, so their long polls wake too. A lost connection is retried every
// few seconds; meanwhile a waiter still wakes at its deadline and reads the feed then.
class PgChangeListener {
public:
    PgChangeListener(std::string connectionString, ChangeSignal& signal);
    ~PgChangeListener();
    PgChangeListener(const PgChangeListener&) = delete;
    PgChangeListener& operator=(const PgChangeListener&) = delete;

    // True once LISTEN is in place (for tests and the health log).
    bool listening() const { return m_listening.load(); }

private:
    void run();

    std::string m_connectionString;
    ChangeSignal& m_signal;
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_listening{false};
    std::thread m_thread;
};

} // namespace motcua::server
