#pragma once

#include "notify/NotificationChannel.h"

#include <Poco/Logger.h>

namespace motcua::server {

// Writes each message to the server log: the channel used when no SMS gateway or mail server is
// configured, so a fresh installation shows what citizens would be told without sending anything.
class LogChannel : public NotificationChannel {
public:
    explicit LogChannel(Poco::Logger& logger)
        : m_logger(logger)
    {}
    std::string name() const override { return "log"; }
    Status send(const OutgoingMessage& message) override;

private:
    Poco::Logger& m_logger;
};

} // namespace motcua::server
