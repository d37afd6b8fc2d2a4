#pragma once

#include "calendar/DeadlineCalculator.h"
#include "storage/SettingsRepository.h"
#include "workflow/WorkflowEngine.h"

#include <memory>
#include <mutex>

namespace motcua::server {

// The working calendar in force, from the database. Several server processes may share one
// PostgreSQL database, so the settings' version is checked on use and the calendar rebuilt when an
// administrator changed it (through any process).
class CalendarProvider {
public:
    explicit CalendarProvider(SettingsRepository& settings)
        : m_settings(settings)
    {}

    struct Snapshot {
        std::shared_ptr<const WorkingCalendar> calendar;
        std::shared_ptr<const DeadlineCalculator> deadlines;
        std::shared_ptr<const WorkflowEngine> engine;
        Poco::Int64 version = 0;
    };
    Snapshot current();

private:
    SettingsRepository& m_settings;
    std::mutex m_mutex;
    Snapshot m_snapshot;
    bool m_loaded = false;
};

} // namespace motcua::server
