#pragma once

#include "calendar/CalendarSettings.h"

#include <array>

#include <QList>

namespace motcua::workperiods {

// Periods as the calendar uses them: invalid or empty ones dropped, sorted by start, overlapping
// or touching ones merged. Settings come from an administrator's form, so the calendar is
// robust to sloppy input here and WorkingCalendar::validate() reports it separately.
QList<WorkPeriod> normalized(const QList<WorkPeriod>& periods);

// For each weekday (0 = Monday ... 6 = Sunday), whether it is a weekly rest day: no usable
// working period in the settings.
std::array<bool, 7> weeklyRestDays(const CalendarSettings& settings);

} // namespace motcua::workperiods
