#pragma once

#include "calendar/LunarDate.h"
#include "core/Expected.h"

#include <QDate>

namespace motcua {

// The Vietnamese lunar calendar, computed astronomically rather than read from a table: months
// start on the civil day of the new moon, month 11 is the one containing the winter solstice, and
// in a 13-month year the leap month is the first one without a major solar term (trung khí).
// The astronomy follows Hồ Ngọc Đức's published algorithm (new moons and sun longitude after
// Meeus). Vietnam reckons days in UTC+7, which is why Tết sometimes differs from the Chinese New
// Year (UTC+8), e.g. 1985 and 2007; the offset is a parameter so that difference can be shown.
//
// Supported solar range: 1900-01-01 to 2100-12-31 (1900-01-01 itself is in lunar year 1899).
// Errors: "calendar.invalid_date", "calendar.year_out_of_range", "calendar.invalid_lunar_date",
// "calendar.invalid_time_zone".
class LunarCalendar {
public:
    static constexpr double kVietnamTimeZone = 7.0;
    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 2100;

    static QDate firstSupportedDate() { return QDate(kFirstYear, 1, 1); }
    static QDate lastSupportedDate() { return QDate(kLastYear, 12, 31); }
    static bool supports(const QDate& date)
    {
        return date.isValid() && date >= firstSupportedDate() && date <= lastSupportedDate();
    }

    // The lunar date of a solar (Gregorian) date.
    static Expected<LunarDate> fromSolar(const QDate& date, double timeZone = kVietnamTimeZone);

    // The solar date of a lunar date. Refuses dates that do not exist: day 30 of a 29-day month,
    // a leap month the year does not have, month or day out of bounds.
    static Expected<QDate> toSolar(const LunarDate& date, double timeZone = kVietnamTimeZone);

    // First day of the lunar year `lunarYear` (mùng 1 Tết), a solar date in that same year.
    static Expected<QDate> newYear(int lunarYear, double timeZone = kVietnamTimeZone);

    // The number of the leap month of `lunarYear` (the leap month follows the ordinary month of
    // the same number), or 0 when the year has twelve months.
    static Expected<int> leapMonth(int lunarYear, double timeZone = kVietnamTimeZone);
};

} // namespace motcua
