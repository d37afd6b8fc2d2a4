#include "notify/NotificationSetup.h"

#include "notify/LogChannel.h"
#include "notify/SmsGatewayChannel.h"
#include "notify/SmtpChannel.h"

#include <Poco/Exception.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

namespace motcua::server {

NotificationDispatcher::Settings
NotificationSetup::dispatcherSettings(const Poco::Util::AbstractConfiguration& cfg)
{
    NotificationDispatcher::Settings s;
    s.pollMs = cfg.getInt("motcua.notify.pollMilliseconds", s.pollMs);
    s.firstDelayMs = cfg.getInt64("motcua.notify.retry.firstDelayMilliseconds", s.firstDelayMs);
    s.maxDelayMs = cfg.getInt64("motcua.notify.retry.maxDelayMilliseconds", s.maxDelayMs);
    s.maxAttempts = cfg.getInt("motcua.notify.retry.maxAttempts", s.maxAttempts);
    s.leaseMs = cfg.getInt64("motcua.notify.leaseMilliseconds", s.leaseMs);
    if (s.pollMs < 10 || s.firstDelayMs < 1 || s.maxDelayMs < s.firstDelayMs || s.maxAttempts < 1 ||
        s.leaseMs < 1000)
        throw Poco::InvalidArgumentException(
            "motcua.notify: pollMilliseconds >= 10, retry.firstDelayMilliseconds >= 1, "
            "retry.maxDelayMilliseconds >= firstDelay, retry.maxAttempts >= 1, "
            "leaseMilliseconds >= 1000");
    return s;
}

void NotificationSetup::configure(const Poco::Util::AbstractConfiguration& cfg,
                                  NotificationOutbox& outbox, NotificationDispatcher& dispatcher,
                                  Poco::Logger& logger)
{
    const bool hasSms = !cfg.getString("motcua.notify.sms.url", "").empty();
    const bool hasSmtp = !cfg.getString("motcua.notify.smtp.host", "").empty();
    std::vector<std::string> channels;
    if (cfg.has("motcua.notify.channels")) {
        Poco::StringTokenizer list(cfg.getString("motcua.notify.channels"), ",",
                                   Poco::StringTokenizer::TOK_TRIM |
                                       Poco::StringTokenizer::TOK_IGNORE_EMPTY);
        channels.assign(list.begin(), list.end());
    } else {
        if (hasSms)
            channels.push_back("sms");
        if (hasSmtp)
            channels.push_back("email");
        if (channels.empty())
            channels.push_back("log"); // nothing configured: show what would be sent
    }
    for (const std::string& c : channels) {
        if (c == "sms" && hasSms) {
            SmsGatewayChannel::Settings s;
            s.url = cfg.getString("motcua.notify.sms.url");
            s.method = Poco::toUpper(cfg.getString("motcua.notify.sms.method", s.method));
            s.contentType = cfg.getString("motcua.notify.sms.contentType", s.contentType);
            s.body = cfg.getString("motcua.notify.sms.body", s.body);
            s.username = cfg.getString("motcua.notify.sms.username", "");
            s.password = cfg.getString("motcua.notify.sms.password", "");
            s.apiKeyHeader = cfg.getString("motcua.notify.sms.apiKeyHeader", "");
            s.apiKey = cfg.getString("motcua.notify.sms.apiKey", "");
            s.brandname = cfg.getString("motcua.notify.sms.brandname", "");
            s.successContains = cfg.getString("motcua.notify.sms.successContains", "");
            s.successField = cfg.getString("motcua.notify.sms.successField", "");
            s.successValue = cfg.getString("motcua.notify.sms.successValue", "");
            s.timeoutSeconds = cfg.getInt("motcua.notify.sms.timeoutSeconds", s.timeoutSeconds);
            dispatcher.addChannel(std::make_unique<SmsGatewayChannel>(s));
        } else if (c == "email" && hasSmtp) {
            SmtpChannel::Settings s;
            s.host = cfg.getString("motcua.notify.smtp.host");
            s.port = cfg.getInt("motcua.notify.smtp.port", s.port);
            s.sender = cfg.getString("motcua.notify.smtp.sender", "motcua@localhost");
            s.username = cfg.getString("motcua.notify.smtp.username", "");
            s.password = cfg.getString("motcua.notify.smtp.password", "");
            s.authMethod = Poco::toLower(cfg.getString("motcua.notify.smtp.authMethod", "plain"));
            if (s.authMethod != "plain" && s.authMethod != "login")
                throw Poco::InvalidArgumentException(
                    "motcua.notify.smtp.authMethod must be plain or login");
            s.startTls = cfg.getBool("motcua.notify.smtp.startTls", false);
            s.timeoutSeconds = cfg.getInt("motcua.notify.smtp.timeoutSeconds", s.timeoutSeconds);
            dispatcher.addChannel(std::make_unique<SmtpChannel>(s));
        } else if (c == "log") {
            dispatcher.addChannel(std::make_unique<LogChannel>(logger));
        } else {
            throw Poco::InvalidArgumentException(
                "motcua.notify.channels: \"" + c +
                "\" is unknown or not configured (sms needs motcua.notify.sms.url, email "
                "motcua.notify.smtp.host)");
        }
    }
    outbox.configure(channels,
                     QString::fromStdString(cfg.getString("motcua.notify.lookupUrl", "")));
    std::string joined;
    for (const auto& c : channels)
        joined += (joined.empty() ? "" : ", ") + c;
    logger.information("citizen notifications through: %s", joined);
}

} // namespace motcua::server
