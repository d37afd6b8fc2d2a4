#include "storage/ChangeSignal.h"

namespace motcua::server {

std::uint64_t ChangeSignal::generation() const
{
    const std::lock_guard lock(m_mutex);
    return m_generation;
}

void ChangeSignal::publish(const std::vector<std::string>& agencies)
{
    if (agencies.empty())
        return;
    {
        const std::lock_guard lock(m_mutex);
        ++m_generation;
        for (const std::string& agency : agencies)
            m_lastByAgency[agency] = m_generation;
    }
    m_changed.notify_all();
}

bool ChangeSignal::changedSince(std::uint64_t seen, const std::string& agency,
                                bool everyAgency) const
{
    if (everyAgency)
        return m_generation > seen;
    static const std::string kShared;
    for (const std::string* key : {&agency, &kShared}) {
        const auto it = m_lastByAgency.find(*key);
        if (it != m_lastByAgency.end() && it->second > seen)
            return true;
    }
    return false;
}

bool ChangeSignal::waitBeyond(std::uint64_t seen, const std::string& agency, bool everyAgency,
                              Clock::time_point deadline)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait_until(lock, deadline,
                         [&] { return m_closed || changedSince(seen, agency, everyAgency); });
    return !m_closed && changedSince(seen, agency, everyAgency);
}

void ChangeSignal::close()
{
    {
        const std::lock_guard lock(m_mutex);
        m_closed = true;
    }
    m_changed.notify_all();
}

} // namespace motcua::server
