#include "storage/PgChangeListener.h"

#include "storage/Journal.h"

#include <chrono>
#include <vector>

#include <Poco/Logger.h>

#include <libpq-fe.h>
#include <poll.h>

namespace motcua::server {

namespace {

constexpr int kPollMs = 500;       // how soon a stop request is noticed
constexpr int kReconnectMs = 3000; // between two attempts when the database is away

} // namespace

PgChangeListener::PgChangeListener(std::string connectionString, ChangeSignal& signal)
    : m_connectionString(std::move(connectionString))
    , m_signal(signal)
    , m_thread([this] { run(); })
{}

PgChangeListener::~PgChangeListener()
{
    m_stop = true;
    m_thread.join();
}

void PgChangeListener::run()
{
    auto& log = Poco::Logger::get("motcua.feed");
    while (!m_stop) {
        PGconn* conn = PQconnectdb(m_connectionString.c_str());
        if (PQstatus(conn) == CONNECTION_OK) {
            PGresult* r = PQexec(conn, (std::string("LISTEN ") + Journal::kNotifyChannel).c_str());
            const bool ok = PQresultStatus(r) == PGRES_COMMAND_OK;
            PQclear(r);
            if (ok) {
                m_listening = true;
                // Whatever committed while we were not listening: wake everyone once.
                m_signal.publish({std::string()});
            }
            while (ok && !m_stop) {
                pollfd fd{PQsocket(conn), POLLIN, 0};
                const int ready = ::poll(&fd, 1, kPollMs);
                if (ready < 0 || (ready > 0 && PQconsumeInput(conn) == 0))
                    break; // the connection is gone: reconnect
                std::vector<std::string> agencies;
                while (PGnotify* n = PQnotifies(conn)) {
                    agencies.emplace_back(n->extra ? n->extra : "");
                    PQfreemem(n);
                }
                m_signal.publish(agencies);
            }
            m_listening = false;
        }
        if (!m_stop)
            log.warning("change notifications: %s", std::string(PQerrorMessage(conn)));
        PQfinish(conn);
        for (int waited = 0; waited < kReconnectMs && !m_stop; waited += kPollMs)
            std::this_thread::sleep_for(std::chrono::milliseconds(kPollMs));
    }
}

} // namespace motcua::server
