#pragma once

#include "notify/NotificationChannel.h"
#include "notify/NotificationOutbox.h"

#include <atomic>
#include <map>
#include <memory>

#include <Poco/Event.h>
#include <Poco/Logger.h>
#include <Poco/Runnable.h>
#include <Poco/Thread.h>

namespace motcua::server {

// Delivers the outbox in a thread of its own, so a slow or dead gateway only delays messages and
// never holds a request thread or a dossier transaction. Each pending message whose time has come
// is claimed (so two servers never send it at once), sent through its channel and recorded; a
// failure is retried after firstDelay, then twice as long each time up to maxDelay, and the
// message is marked failed after maxAttempts attempts. Messages survive restarts: they are rows.
class NotificationDispatcher : private Poco::Runnable {
public:
    struct Settings {
        int pollMs = 2000;                // how often the outbox is looked at
        Poco::Int64 firstDelayMs = 60000; // first retry after a failure
        Poco::Int64 maxDelayMs = 3600000; // back-off ceiling
        int maxAttempts = 8;
        Poco::Int64 leaseMs = 300000; // a claimed message is retried after this if we crash
        int batch = 20;
    };

    NotificationDispatcher(NotificationOutbox& outbox, Settings settings, Poco::Logger& logger);
    ~NotificationDispatcher() override;

    void addChannel(std::unique_ptr<NotificationChannel> channel);
    void start();
    void stop(); // waits for the message in flight

    // The delay before attempt `attempt + 1` after `attempt` failed ones (exposed for tests).
    static Poco::Int64 retryDelayMs(const Settings& settings, int attempt);

private:
    void run() override;
    int deliverDue(); // returns how many were handled

    NotificationOutbox& m_outbox;
    Settings m_settings;
    Poco::Logger& m_logger;
    std::map<std::string, std::unique_ptr<NotificationChannel>> m_channels;
    Poco::Thread m_thread{"notify"};
    Poco::Event m_wake;
    std::atomic<bool> m_stop{false};
};

} // namespace motcua::server
