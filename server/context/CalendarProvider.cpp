#include "context/CalendarProvider.h"

namespace motcua::server {

CalendarProvider::Snapshot CalendarProvider::current()
{
    const Poco::Int64 version = m_settings.calendarVersion();
    std::lock_guard lock(m_mutex);
    if (m_loaded && version == m_snapshot.version)
        return m_snapshot;
    const auto stored = m_settings.calendar();
    const CalendarSettings settings = stored ? stored->settings : CalendarSettings::standard();
    Snapshot s;
    s.calendar = std::make_shared<const WorkingCalendar>(settings);
    s.deadlines = std::make_shared<const DeadlineCalculator>(*s.calendar);
    s.engine = std::make_shared<const WorkflowEngine>(*s.deadlines);
    s.version = stored ? stored->version : 0;
    m_snapshot = s;
    m_loaded = true;
    return s;
}

} // namespace motcua::server
