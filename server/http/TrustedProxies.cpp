#include "http/TrustedProxies.h"

#include <optional>

#include <Poco/Exception.h>
#include <Poco/String.h>
#include <Poco/StringTokenizer.h>

namespace motcua::server {

using Poco::Net::IPAddress;

namespace {

std::optional<IPAddress> parse(const std::string& text)
{
    IPAddress a;
    if (!IPAddress::tryParse(text, a))
        return std::nullopt;
    return a;
}

// Maps an IPv4-mapped IPv6 peer (::ffff:10.0.0.1, seen on dual-stack sockets) to IPv4.
IPAddress plain(const IPAddress& a)
{
    if (a.family() == IPAddress::IPv6 && a.isIPv4Mapped())
        return IPAddress(a.toString().substr(a.toString().rfind(':') + 1));
    return a;
}

} // namespace

TrustedProxies::TrustedProxies(const std::string& list)
{
    const Poco::StringTokenizer entries(
        list, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
    for (const std::string& entry : entries) {
        const auto slash = entry.find('/');
        const auto address = parse(entry.substr(0, slash));
        if (!address)
            throw Poco::InvalidArgumentException("trusted proxy '" + entry +
                                                 "' is not an IP address or CIDR range");
        const unsigned bits = address->family() == IPAddress::IPv4 ? 32 : 128;
        unsigned prefix = bits;
        if (slash != std::string::npos) {
            try {
                const int p = std::stoi(entry.substr(slash + 1));
                if (p < 0 || unsigned(p) > bits)
                    throw std::out_of_range("prefix");
                prefix = unsigned(p);
            } catch (const std::exception&) {
                throw Poco::InvalidArgumentException("trusted proxy '" + entry +
                                                     "' has a bad prefix length");
            }
        }
        m_ranges.push_back({*address & IPAddress(prefix, address->family()), prefix});
    }
}

bool TrustedProxies::trusts(const IPAddress& raw) const
{
    const IPAddress address = plain(raw);
    for (const Range& r : m_ranges) {
        if (r.network.family() != address.family())
            continue;
        if ((address & IPAddress(r.prefix, address.family())) == r.network)
            return true;
    }
    return false;
}

std::string TrustedProxies::clientOf(const Poco::Net::HTTPServerRequest& request) const
{
    std::vector<std::string> values;
    if (!m_ranges.empty()) {
        for (auto it = request.find("X-Forwarded-For"); it != request.end(); ++it) {
            if (Poco::icompare(it->first, "X-Forwarded-For") != 0)
                break;
            values.push_back(it->second);
        }
    }
    return client(request.clientAddress().host(), values);
}

std::string TrustedProxies::client(const IPAddress& rawPeer,
                                   const std::vector<std::string>& forwardedFor) const
{
    const IPAddress peer = plain(rawPeer);
    if (m_ranges.empty() || !trusts(peer))
        return peer.toString();
    // Every X-Forwarded-For header, in order, as one list (RFC 7230 allows either form).
    std::vector<std::string> hops;
    for (const std::string& value : forwardedFor) {
        const Poco::StringTokenizer parts(
            value, ",", Poco::StringTokenizer::TOK_TRIM | Poco::StringTokenizer::TOK_IGNORE_EMPTY);
        hops.insert(hops.end(), parts.begin(), parts.end());
    }
    std::string client = peer.toString();
    for (auto hop = hops.rbegin(); hop != hops.rend(); ++hop) {
        const auto address = parse(*hop);
        if (!address)
            break; // garbage written by whoever is left of the last trusted proxy
        client = plain(*address).toString();
        if (!trusts(*address))
            break;
    }
    return client;
}

} // namespace motcua::server
