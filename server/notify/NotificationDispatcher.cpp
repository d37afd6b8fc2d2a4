#include "notify/NotificationDispatcher.h"

#include <Poco/Timestamp.h>

namespace motcua::server {
namespace {

Poco::Int64 nowMs()
{
    return Poco::Timestamp().epochMicroseconds() / 1000;
}

} // namespace

NotificationDispatcher::NotificationDispatcher(NotificationOutbox& outbox, Settings settings,
                                               Poco::Logger& logger)
    : m_outbox(outbox)
    , m_settings(settings)
    , m_logger(logger)
{}

NotificationDispatcher::~NotificationDispatcher()
{
    try {
        stop();
    } catch (const std::exception& e) {
        // Poco's join() throws only on a system error; a destructor must not throw, and at
        // shutdown there is nothing better to do than to say so.
        m_logger.error("notification dispatcher did not stop cleanly: %s", std::string(e.what()));
    }
}

void NotificationDispatcher::addChannel(std::unique_ptr<NotificationChannel> channel)
{
    const std::string name = channel->name();
    m_channels[name] = std::move(channel);
}

void NotificationDispatcher::start()
{
    m_stop = false;
    m_thread.start(*this);
}

void NotificationDispatcher::stop()
{
    if (!m_thread.isRunning())
        return;
    m_stop = true;
    m_wake.set();
    m_thread.join();
}

Poco::Int64 NotificationDispatcher::retryDelayMs(const Settings& s, int attempt)
{
    Poco::Int64 delay = s.firstDelayMs;
    for (int i = 1; i < attempt && delay < s.maxDelayMs; ++i)
        delay *= 2;
    return std::min(delay, s.maxDelayMs);
}

void NotificationDispatcher::run()
{
    while (!m_stop) {
        int handled = 0;
        try {
            handled = deliverDue();
        } catch (const std::exception& e) {
            // The database may be briefly unavailable: try again at the next poll.
            m_logger.error("notification outbox: %s", std::string(e.what()));
        }
        if (handled < m_settings.batch)
            m_wake.tryWait(m_settings.pollMs);
    }
}

int NotificationDispatcher::deliverDue()
{
    const auto due = m_outbox.due(nowMs(), m_settings.batch);
    int handled = 0;
    for (const auto& p : due) {
        if (m_stop)
            break;
        if (!m_outbox.claim(p, nowMs() + m_settings.leaseMs))
            continue; // another server took it
        const auto channel = m_channels.find(p.message.channel);
        const Status outcome =
            channel != m_channels.end()
                ? channel->second->send(p.message)
                : Status(Error{QStringLiteral("notification.no_channel"),
                               QStringLiteral("channel \"%1\" is not configured on this server")
                                   .arg(QString::fromStdString(p.message.channel)),
                               QString()});
        const int attempts = p.attempts + 1;
        const Poco::Int64 at = nowMs();
        std::optional<Poco::Int64> retryAt;
        if (!outcome && attempts < m_settings.maxAttempts)
            retryAt = at + retryDelayMs(m_settings, attempts);
        m_outbox.recordAttempt(p, at, outcome, retryAt);
        if (outcome)
            m_logger.information("notification %Ld (%s) delivered by %s", p.message.id,
                                 p.message.event, p.message.channel);
        else
            m_logger.warning("notification %Ld (%s) attempt %d by %s failed%s: %s", p.message.id,
                             p.message.event, attempts, p.message.channel,
                             std::string(retryAt ? "" : " (giving up)"),
                             outcome.error().message.toStdString());
        ++handled;
    }
    return handled;
}

} // namespace motcua::server
