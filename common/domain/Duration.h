#pragma once

#include "domain/Enums.h"

namespace motcua {

// A statutory or per-step time allowance: N working days, H working hours or N calendar days.
struct Duration {
    int value = 0;
    DurationUnit unit = DurationUnit::WorkingDays;

    static Duration days(int n) { return {n, DurationUnit::WorkingDays}; }
    static Duration hours(int h) { return {h, DurationUnit::WorkingHours}; }
    static Duration calendarDays(int n) { return {n, DurationUnit::CalendarDays}; }

    friend bool operator==(const Duration&, const Duration&) = default;
};

} // namespace motcua
