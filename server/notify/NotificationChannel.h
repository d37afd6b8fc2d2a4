#pragma once

#include "core/Expected.h"

#include <string>

#include <Poco/Types.h>

namespace motcua::server {

// One message leaving the outbox.
struct OutgoingMessage {
    Poco::Int64 id = 0;
    std::string dossierCode;
    std::string event;     // NotificationEvent wire name
    std::string channel;   // "sms", "email" or "log"
    std::string recipient; // phone (0912345678) or e-mail address
    std::string subject;   // e-mail only
    std::string text;      // UTF-8
};

// A way to reach the citizen. send() blocks until the gateway or mail server answered (with a
// timeout of its own) and returns an error with a message worth keeping in the delivery log; it
// never throws. Implementations are used by the dispatcher thread only.
class NotificationChannel {
public:
    virtual ~NotificationChannel() = default;
    virtual std::string name() const = 0;
    virtual Status send(const OutgoingMessage& message) = 0;
};

} // namespace motcua::server
