#include "auth/LoginThrottle.h"

#include <algorithm>
#include <cstdio>
#include <vector>

#include <Poco/Net/IPAddress.h>

namespace motcua::server {

namespace {

// Whole seconds, rounded up, so that a client obeying Retry-After is never early.
std::chrono::seconds ceilSeconds(std::chrono::steady_clock::duration d)
{
    return std::chrono::ceil<std::chrono::seconds>(d);
}

} // namespace

LoginThrottle::LoginThrottle()
    : LoginThrottle(Settings{})
{}

LoginThrottle::LoginThrottle(Settings settings, Clock clock)
    : m_settings(settings)
    , m_clock(std::move(clock))
{
    m_settings.maxFailuresPerUser = std::max(1, m_settings.maxFailuresPerUser);
    m_settings.maxFailuresPerAddress = std::max(1, m_settings.maxFailuresPerAddress);
    m_settings.maxEntries = std::max<std::size_t>(4, m_settings.maxEntries);
}

LoginThrottle::Clock LoginThrottle::steadyClock()
{
    return [] {
        return std::chrono::steady_clock::now();
    };
}

std::string LoginThrottle::userKey(std::string_view username)
{
    std::string key(username);
    for (char& c : key)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    return key;
}

std::string LoginThrottle::addressKey(std::string_view address)
{
    Poco::Net::IPAddress ip;
    if (!Poco::Net::IPAddress::tryParse(std::string(address), ip))
        return std::string(address); // not an address; still a stable key
    if (ip.family() == Poco::Net::IPAddress::IPv6) {
        const auto* bytes = static_cast<const unsigned char*>(ip.addr());
        if (ip.isIPv4Mapped()) {
            char text[16];
            std::snprintf(text, sizeof text, "%u.%u.%u.%u", bytes[12], bytes[13], bytes[14],
                          bytes[15]);
            return text;
        }
        // The /64 prefix as 4 groups of hex, e.g. "2001:db8:0:1::/64".
        char text[40];
        std::snprintf(text, sizeof text, "%x:%x:%x:%x::/64", (bytes[0] << 8) | bytes[1],
                      (bytes[2] << 8) | bytes[3], (bytes[4] << 8) | bytes[5],
                      (bytes[6] << 8) | bytes[7]);
        return text;
    }
    return ip.toString();
}

bool LoginThrottle::forgotten(const Entry& entry, TimePoint now) const
{
    return now >= entry.lockedUntil + m_settings.window &&
           now >= entry.lastFailure + m_settings.window;
}

std::chrono::seconds LoginThrottle::lockoutFor(int level) const
{
    std::chrono::seconds lockout = m_settings.firstLockout;
    for (int i = 0; i < level && lockout < m_settings.maxLockout; ++i)
        lockout *= 2;
    return std::min(lockout, m_settings.maxLockout);
}

std::chrono::seconds LoginThrottle::remaining(const Table& table, const std::string& key,
                                              TimePoint now) const
{
    const auto it = table.find(key);
    if (it == table.end() || now >= it->second.lockedUntil)
        return std::chrono::seconds{0};
    return ceilSeconds(it->second.lockedUntil - now);
}

std::chrono::seconds LoginThrottle::retryAfter(std::string_view username,
                                               std::string_view address) const
{
    const std::string user = userKey(username);
    const std::string addr = addressKey(address);
    const TimePoint now = m_clock();
    const std::lock_guard lock(m_mutex);
    return std::max(remaining(m_users, user, now), remaining(m_addresses, addr, now));
}

std::chrono::seconds LoginThrottle::fail(Table& table, const std::string& key, int threshold,
                                         TimePoint now)
{
    auto it = table.find(key);
    if (it == table.end()) {
        if (table.size() >= m_settings.maxEntries)
            makeRoom(table, now);
        it = table.emplace(key, Entry{}).first;
    }
    Entry& e = it->second;
    if (forgotten(e, now))
        e = Entry{};
    if (now < e.lockedUntil) {
        e.lastFailure = std::max(e.lastFailure, now);
        return std::chrono::seconds{0};
    }
    if (e.failures == 0 || now - e.windowStart >= m_settings.window) {
        e.failures = 0;
        e.windowStart = now;
    }
    ++e.failures;
    e.lastFailure = now;
    if (e.failures < threshold)
        return std::chrono::seconds{0};
    const std::chrono::seconds lockout = lockoutFor(e.level);
    e.lockedUntil = now + lockout;
    e.level = std::min(e.level + 1, 62);
    e.failures = 0;
    return lockout;
}

std::chrono::seconds LoginThrottle::recordFailure(std::string_view username,
                                                  std::string_view address)
{
    const std::string user = userKey(username);
    const std::string addr = addressKey(address);
    const TimePoint now = m_clock();
    const std::lock_guard lock(m_mutex);
    const std::chrono::seconds a = fail(m_users, user, m_settings.maxFailuresPerUser, now);
    const std::chrono::seconds b = fail(m_addresses, addr, m_settings.maxFailuresPerAddress, now);
    return std::max(a, b);
}

void LoginThrottle::recordSuccess(std::string_view username, std::string_view /*address*/)
{
    const std::string user = userKey(username);
    const std::lock_guard lock(m_mutex);
    m_users.erase(user);
}

void LoginThrottle::pruneTable(Table& table, TimePoint now)
{
    std::erase_if(table, [&](const auto& item) { return forgotten(item.second, now); });
}

void LoginThrottle::makeRoom(Table& table, TimePoint now)
{
    pruneTable(table, now);
    if (table.size() < m_settings.maxEntries)
        return;
    // Still full of live entries (a flood of distinct names or addresses). Drop down to 3/4 of
    // the limit at once so the O(n log n) work is amortised over many insertions. Unlocked
    // entries go first, oldest failure first; locked ones only if the flood is itself locked.
    std::vector<Table::iterator> order;
    order.reserve(table.size());
    for (auto it = table.begin(); it != table.end(); ++it)
        order.push_back(it);
    const std::size_t drop = table.size() - m_settings.maxEntries * 3 / 4;
    std::nth_element(order.begin(), order.begin() + static_cast<std::ptrdiff_t>(drop - 1),
                     order.end(), [&](Table::iterator a, Table::iterator b) {
                         const bool aLocked = now < a->second.lockedUntil;
                         const bool bLocked = now < b->second.lockedUntil;
                         if (aLocked != bLocked)
                             return !aLocked;
                         if (aLocked)
                             return a->second.lockedUntil < b->second.lockedUntil;
                         return a->second.lastFailure < b->second.lastFailure;
                     });
    for (std::size_t i = 0; i < drop; ++i)
        table.erase(order[i]);
}

void LoginThrottle::prune()
{
    const TimePoint now = m_clock();
    const std::lock_guard lock(m_mutex);
    pruneTable(m_users, now);
    pruneTable(m_addresses, now);
}

std::size_t LoginThrottle::trackedUsers() const
{
    const std::lock_guard lock(m_mutex);
    return m_users.size();
}

std::size_t LoginThrottle::trackedAddresses() const
{
    const std::lock_guard lock(m_mutex);
    return m_addresses.size();
}

} // namespace motcua::server
