#pragma once

namespace motcua {

// Which public holidays the law grants, from `fromYear` until the next rule takes over. The
// history is data (PublicHolidays::rules()), so a future amendment is one more row.
struct HolidayRule {
    int fromYear = 0;
    // Tết: this many days at the end of the old lunar year (the last one, 29 or 30 tháng Chạp)
    // plus this many days from mùng 1. The government fixes the real days every year; these are
    // the defaults that administrator overrides refine.
    int tetDaysBefore = 1;
    int tetDaysFrom = 4;
    bool hungKings = true; // 10th day of the 3rd lunar month
    int nationalDays = 2;  // 2 September, plus one adjacent day when 2
    const char* legalBasis = "";
};

} // namespace motcua
