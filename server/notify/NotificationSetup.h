#pragma once

#include "notify/NotificationDispatcher.h"
#include "notify/NotificationOutbox.h"

#include <Poco/Logger.h>
#include <Poco/Util/AbstractConfiguration.h>

namespace motcua::server {

// Reads the motcua.notify.* settings (docs/NOTIFICATIONS.md): which channels are used, the SMS
// gateway, the mail server, the lookup address and the dispatcher's timing.
class NotificationSetup {
public:
    static NotificationDispatcher::Settings
    dispatcherSettings(const Poco::Util::AbstractConfiguration& cfg);

    // Configures the outbox's channels and gives the dispatcher one channel object each.
    // Throws Poco::InvalidArgumentException for an unknown channel name.
    static void configure(const Poco::Util::AbstractConfiguration& cfg, NotificationOutbox& outbox,
                          NotificationDispatcher& dispatcher, Poco::Logger& logger);
};

} // namespace motcua::server
