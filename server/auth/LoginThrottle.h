#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

namespace motcua::server {

// Slows down password guessing. Failures are counted per username (one account attacked from
// many places) and per client address (many accounts tried from one place), independently:
//
//   - maxFailuresPerUser (5) failures for a username within `window` (15 min) lock that username
//     for firstLockout (30 s); each further lockout reached before the entry is forgotten lasts
//     twice as long as the previous one (30 s, 60 s, 2 min, 4 min, 8 min, then maxLockout 15 min);
//   - the same for an address with maxFailuresPerAddress (20): higher, because a whole office
//     (every counter PC of a one-stop desk) often shares one public address;
//   - an entry is forgotten (its lockout level back to zero) once it has been quiet for `window`
//     after its last failure and after its lockout ended;
//   - a successful login clears the username's entry, not the address's (one valid account
//     must not give an attacker fresh guesses against the others);
//   - failures reported while an entry is already locked (requests that passed the check before
//     the lockout began) neither extend nor escalate it.
//
// Usage in the login handler:
//   if (auto wait = throttle.retryAfter(user, ip); wait.count() > 0) -> 429, Retry-After: wait
//   verify the password; then recordSuccess(user, ip) or recordFailure(user, ip).
// Requests that pass retryAfter() concurrently are not serialised, so a burst of parallel
// guesses can exceed the limit by up to the number of request threads, once per lockout.
//
// Usernames are keyed case-insensitively (ASCII), so "Admin" and "admin" share a counter.
// IPv6 addresses are keyed by their /64 prefix, since one client normally owns a whole /64;
// IPv4-mapped IPv6 addresses count as the IPv4 address. The caller passes the real client
// address (behind a reverse proxy: the one the trusted proxy reports, not the proxy's).
//
// Memory is bounded: each table holds at most maxEntries keys; when full, forgotten entries are
// pruned and, if that is not enough, the least recently failed unlocked ones (then locked ones)
// are dropped. Thread-safe: one mutex, held briefly. The clock is monotonic and injectable.
class LoginThrottle {
public:
    using TimePoint = std::chrono::steady_clock::time_point;
    using Clock = std::function<TimePoint()>;

    struct Settings {
        int maxFailuresPerUser = 5;
        int maxFailuresPerAddress = 20;
        std::chrono::seconds window{15 * 60};
        std::chrono::seconds firstLockout{30};
        std::chrono::seconds maxLockout{15 * 60};
        std::size_t maxEntries = 10000; // per table (usernames, addresses)
    };

    LoginThrottle(); // default Settings, steady clock
    explicit LoginThrottle(Settings settings, Clock clock = steadyClock());

    // 0 s when an attempt may go ahead; otherwise how long until it may (at least 1 s, rounded
    // up), the longer of the username's and the address's lockouts. For Retry-After.
    std::chrono::seconds retryAfter(std::string_view username, std::string_view address) const;

    // Counts a failed attempt. Returns the lockout it started (0 s if none), the longer of the two.
    std::chrono::seconds recordFailure(std::string_view username, std::string_view address);

    // Clears the username's counter and lockout level. The address keeps its count.
    void recordSuccess(std::string_view username, std::string_view address);

    // Drops forgotten entries now (also done automatically when a table is full).
    void prune();

    std::size_t trackedUsers() const;
    std::size_t trackedAddresses() const;

    // The keys used for a username and an address (see above); public for tests and logs.
    static std::string userKey(std::string_view username);
    static std::string addressKey(std::string_view address);

    static Clock steadyClock();

private:
    struct Entry {
        int failures = 0;        // within the current window, since the last lockout
        int level = 0;           // lockouts so far; the next one lasts firstLockout * 2^level
        TimePoint windowStart{}; // first failure of the current window
        TimePoint lastFailure{};
        TimePoint lockedUntil{};
    };
    using Table = std::unordered_map<std::string, Entry>;

    bool forgotten(const Entry& entry, TimePoint now) const;
    std::chrono::seconds remaining(const Table& table, const std::string& key, TimePoint now) const;
    std::chrono::seconds fail(Table& table, const std::string& key, int threshold, TimePoint now);
    std::chrono::seconds lockoutFor(int level) const;
    void makeRoom(Table& table, TimePoint now);
    void pruneTable(Table& table, TimePoint now);

    Settings m_settings;
    Clock m_clock;
    mutable std::mutex m_mutex;
    Table m_users;
    Table m_addresses;
};

} // namespace motcua::server
