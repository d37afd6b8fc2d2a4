#pragma once

#include <string>
#include <vector>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/IPAddress.h>

namespace motcua::server {

// The address of the client behind a reverse proxy. X-Forwarded-For is anyone's to write, so it
// is believed only when the connection comes from a configured proxy, and then read from the
// right: each address a trusted proxy appended is skipped, and the first one that is not a
// trusted proxy is the client. Without configured proxies the peer address is the client.
// The login throttle and the public lookup's limit key on this address.
class TrustedProxies {
public:
    TrustedProxies() = default;
    // "127.0.0.1, 10.0.0.0/8, ::1": addresses or CIDR ranges, comma-separated.
    // Throws Poco::InvalidArgumentException naming a malformed entry (a startup error).
    explicit TrustedProxies(const std::string& list);

    bool empty() const { return m_ranges.empty(); }
    bool trusts(const Poco::Net::IPAddress& address) const;
    std::string clientOf(const Poco::Net::HTTPServerRequest& request) const;
    // The same from the peer's address and the X-Forwarded-For header values, in order.
    std::string client(const Poco::Net::IPAddress& peer,
                       const std::vector<std::string>& forwardedFor) const;

private:
    struct Range {
        Poco::Net::IPAddress network;
        unsigned prefix = 0;
    };
    std::vector<Range> m_ranges;
};

} // namespace motcua::server
