#pragma once

#include "domain/Enums.h"

namespace motcua {

// A statutory or per-step time allowance: N working days or H working hours.
struct Duration {
    int value = 0;
    DurationUnit unit = DurationUnit::WorkingDays;

    static Duration days(int n) { return {n, DurationUnit::WorkingDays}; }
    static Duration hours(int h) { return {h, DurationUnit::WorkingHours}; }

    friend bool operator==(const Duration&, const Duration&) = default;
};

} // namespace motcua
