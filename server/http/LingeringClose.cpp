#include "http/LingeringClose.h"

#include <Poco/Net/HTTPServerRequestImpl.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/Timespan.h>
#include <Poco/Timestamp.h>

namespace motcua::server {

void LingeringClose::drain(Poco::Net::HTTPServerRequest& request)
{
    auto* impl = dynamic_cast<Poco::Net::HTTPServerRequestImpl*>(&request);
    if (!impl)
        return;
    try {
        Poco::Net::StreamSocket& socket = impl->socket();
        socket.shutdownSend();
        socket.setReceiveTimeout(Poco::Timespan(kIdleSeconds, 0));
        const Poco::Timestamp start;
        char buffer[65536];
        while (!start.isElapsed(Poco::Timespan(kMaxSeconds, 0).totalMicroseconds())) {
            if (socket.receiveBytes(buffer, sizeof buffer) <= 0)
                break; // the client closed its side: nothing is left unread
        }
    } catch (const Poco::Exception&) {
        // A timeout or a reset: the client stopped sending or went away; close as before.
    }
}

} // namespace motcua::server
