#pragma once

#include <Poco/Net/HTTPServerRequest.h>

namespace motcua::server {

// Ends a connection whose request body was refused unread (413, or a 401/403/404 before the body
// was looked at) the way nginx's lingering close does. Closing a socket with unread bytes in its
// receive buffer makes the kernel send a reset, and a client that writes its whole body before
// reading (Python's http.client, many scripts) then sees "connection reset by peer" instead of our
// answer. So: the answer, already flushed, is followed by a half-close (FIN), then whatever the
// client still sends is read and dropped until it closes its side, it pauses for
// kIdleSeconds, or kMaxSeconds have passed.
class LingeringClose {
public:
    static constexpr int kIdleSeconds = 2;
    static constexpr int kMaxSeconds = 10;

    // Call after the response has been sent and flushed; the server closes the socket after.
    static void drain(Poco::Net::HTTPServerRequest& request);
};

} // namespace motcua::server
