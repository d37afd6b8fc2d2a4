#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace motcua::server {

// Wakes the change feed's long polls (GET /api/v1/changes?wait=) when a transaction that
// recorded changes has committed, so that a change made on one workstation reaches the others
// in well under a second instead of at their next poll.
//
// Published per agency: a waiter of one agency is not woken by another agency's writes (a
// province has a hundred agencies; each write would otherwise wake every workstation). The
// agency "" is what every agency shares (calendar, templates, fields).
//
// A waiter reads generation() BEFORE it queries the feed and then waits beyond it: a commit that
// lands between its query and its wait is therefore never missed.
class ChangeSignal {
public:
    using Clock = std::chrono::steady_clock;

    std::uint64_t generation() const;
    void publish(const std::vector<std::string>& agencies);

    // Blocks until a change of `agency` or a shared one (any change when `everyAgency`) was
    // published after generation `seen`, until `deadline`, or until close(). True when woken by
    // such a change.
    bool waitBeyond(std::uint64_t seen, const std::string& agency, bool everyAgency,
                    Clock::time_point deadline);

    // Shutdown: every waiter returns at once, and no later wait blocks.
    void close();

private:
    bool changedSince(std::uint64_t seen, const std::string& agency, bool everyAgency) const;

    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::uint64_t m_generation = 0;
    std::unordered_map<std::string, std::uint64_t> m_lastByAgency;
    bool m_closed = false;
};

} // namespace motcua::server
