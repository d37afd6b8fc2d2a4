#pragma once

namespace motcua {

// A date of the Vietnamese lunisolar calendar (âm lịch). `year` is the Gregorian number of the
// lunar year that starts at Tết (lunar year 2024 runs from 2024-02-10 to 2025-01-28); `leap` marks
// the intercalary month (tháng nhuận) that repeats the number `month`.
struct LunarDate {
    int day = 0;
    int month = 0;
    int year = 0;
    bool leap = false;

    friend bool operator==(const LunarDate&, const LunarDate&) = default;
};

} // namespace motcua
