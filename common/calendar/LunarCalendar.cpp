#include "calendar/LunarCalendar.h"

#include <cmath>
#include <optional>

namespace motcua {

namespace {

// Hồ Ngọc Đức's algorithm, kept close to its published form so it can be checked line by line
// against the original. Day numbers are Julian day numbers (QDate::toJulianDay, which is the
// proleptic Gregorian calendar, exact over our range). Every INT() of the original is a floor.

constexpr double kPi = 3.14159265358979323846;
constexpr double kRad = kPi / 180.0;
constexpr double kSynodicMonth = 29.530588853;
// Julian date of the new moon of 1900-01-01 13:52 UTC, the origin of the lunation number k.
constexpr double kNewMoonEpoch = 2415021.076998695;

// Julian date (UT) of the k-th new moon after the epoch, after Meeus, "Astronomical Algorithms".
double newMoon(int k)
{
    const double t = k / 1236.85; // time in Julian centuries since 1900-01-00.5
    const double t2 = t * t;
    const double t3 = t2 * t;
    double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
    jd1 += 0.00033 * std::sin((166.56 + 132.87 * t - 0.009173 * t2) * kRad);
    const double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3; // sun anomaly
    const double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3; // moon's
    const double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3; // latitude arg
    double c1 = (0.1734 - 0.000393 * t) * std::sin(m * kRad) + 0.0021 * std::sin(2 * kRad * m);
    c1 = c1 - 0.4068 * std::sin(mpr * kRad) + 0.0161 * std::sin(kRad * 2 * mpr);
    c1 = c1 - 0.0004 * std::sin(kRad * 3 * mpr);
    c1 = c1 + 0.0104 * std::sin(kRad * 2 * f) - 0.0051 * std::sin(kRad * (m + mpr));
    c1 = c1 - 0.0074 * std::sin(kRad * (m - mpr)) + 0.0004 * std::sin(kRad * (2 * f + m));
    c1 = c1 - 0.0004 * std::sin(kRad * (2 * f - m)) - 0.0006 * std::sin(kRad * (2 * f + mpr));
    c1 = c1 + 0.0010 * std::sin(kRad * (2 * f - mpr)) + 0.0005 * std::sin(kRad * (2 * mpr + m));
    // ΔT (terrestrial minus universal time), in days.
    double deltaT;
    if (t < -11)
        deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
    else
        deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
    return jd1 + c1 - deltaT;
}

// Civil day (Julian day number) of the k-th new moon in the given time zone.
qint64 newMoonDay(int k, double timeZone)
{
    return static_cast<qint64>(std::floor(newMoon(k) + 0.5 + timeZone / 24.0));
}

// Apparent sun longitude in radians, normalised to [0, 2π), at Julian date `jd`.
double sunLongitude(double jd)
{
    const double t = (jd - 2451545.0) / 36525; // Julian centuries since J2000
    const double t2 = t * t;
    const double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
    const double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
    double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * std::sin(kRad * m);
    dl += (0.019993 - 0.000101 * t) * std::sin(kRad * 2 * m) + 0.000290 * std::sin(kRad * 3 * m);
    double l = (l0 + dl) * kRad;
    l -= 2 * kPi * std::floor(l / (2 * kPi));
    return l;
}

// Which 30° sector (0..11) the sun is in at local midnight starting civil day `dayNumber`. A
// major solar term falls in a month exactly when the sector changes during it.
int sunSector(qint64 dayNumber, double timeZone)
{
    const double jd = static_cast<double>(dayNumber) - 0.5 - timeZone / 24.0;
    return static_cast<int>(std::floor(sunLongitude(jd) / kPi * 6));
}

// Civil day starting the lunar month 11 of Gregorian year `year` (the month containing the
// winter solstice, sector 9 = 270°).
qint64 lunarMonth11(int year, double timeZone)
{
    const double off = static_cast<double>(QDate(year, 12, 31).toJulianDay() - 2415021);
    const int k = static_cast<int>(std::floor(off / kSynodicMonth));
    qint64 nm = newMoonDay(k, timeZone);
    if (sunSector(nm, timeZone) >= 9)
        nm = newMoonDay(k - 1, timeZone);
    return nm;
}

// In a 13-month year starting at month 11 `a11`, how many months after it the leap month is:
// the first month in which the sun does not change sector.
int leapMonthOffset(qint64 a11, double timeZone)
{
    const int k = static_cast<int>(
        std::floor((static_cast<double>(a11) - kNewMoonEpoch) / kSynodicMonth + 0.5));
    int i = 1;
    int last = 0;
    int arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
    do {
        last = arc;
        ++i;
        arc = sunSector(newMoonDay(k + i, timeZone), timeZone);
    } while (arc != last && i < 14);
    return i - 1;
}

LunarDate solarToLunar(qint64 dayNumber, int solarYear, double timeZone)
{
    const int k = static_cast<int>(
        std::floor((static_cast<double>(dayNumber) - kNewMoonEpoch) / kSynodicMonth));
    // k comes from the mean lunation while new moons wander about ±0.6 day around it, so the
    // month holding `dayNumber` starts at new moon k + 1, k or, just after a mean new moon that
    // the true one follows late, k - 1. (The published code stops at k and yields "day 0" on
    // such days, e.g. 2054-05-07.)
    qint64 monthStart = newMoonDay(k + 1, timeZone);
    if (monthStart > dayNumber)
        monthStart = newMoonDay(k, timeZone);
    if (monthStart > dayNumber)
        monthStart = newMoonDay(k - 1, timeZone);
    qint64 a11 = lunarMonth11(solarYear, timeZone);
    qint64 b11 = a11;
    int lunarYear;
    if (a11 >= monthStart) {
        lunarYear = solarYear;
        a11 = lunarMonth11(solarYear - 1, timeZone);
    } else {
        lunarYear = solarYear + 1;
        b11 = lunarMonth11(solarYear + 1, timeZone);
    }
    LunarDate out;
    out.day = static_cast<int>(dayNumber - monthStart + 1);
    const int diff = static_cast<int>((monthStart - a11) / 29);
    out.month = diff + 11;
    if (b11 - a11 > 365) {
        const int leapDiff = leapMonthOffset(a11, timeZone);
        if (diff >= leapDiff) {
            out.month = diff + 10;
            out.leap = diff == leapDiff;
        }
    }
    if (out.month > 12)
        out.month -= 12;
    if (out.month >= 11 && diff < 4)
        lunarYear -= 1;
    out.year = lunarYear;
    return out;
}

// The candidate civil day for a lunar date, or nullopt when the leap flag names a month the year
// does not have. Day overflow is caught by the caller's round trip.
std::optional<qint64> lunarToSolar(const LunarDate& date, double timeZone)
{
    qint64 a11;
    qint64 b11;
    if (date.month < 11) {
        a11 = lunarMonth11(date.year - 1, timeZone);
        b11 = lunarMonth11(date.year, timeZone);
    } else {
        a11 = lunarMonth11(date.year, timeZone);
        b11 = lunarMonth11(date.year + 1, timeZone);
    }
    const int k = static_cast<int>(
        std::floor(0.5 + (static_cast<double>(a11) - kNewMoonEpoch) / kSynodicMonth));
    int off = date.month - 11;
    if (off < 0)
        off += 12;
    if (b11 - a11 > 365) {
        const int leapOff = leapMonthOffset(a11, timeZone);
        int leapMonth = leapOff - 2;
        if (leapMonth < 0)
            leapMonth += 12;
        if (date.leap && date.month != leapMonth)
            return std::nullopt;
        if (date.leap || off >= leapOff)
            off += 1;
    } else if (date.leap) {
        return std::nullopt;
    }
    return newMoonDay(k + off, timeZone) + date.day - 1;
}

Error invalidTimeZone()
{
    return Error{QStringLiteral("calendar.invalid_time_zone"),
                 QStringLiteral("time zone offset must be between -12 and +14 hours"),
                 QStringLiteral("timeZone")};
}

bool validTimeZone(double timeZone)
{
    return std::isfinite(timeZone) && timeZone >= -12.0 && timeZone <= 14.0;
}

Error outOfRange(const QString& path)
{
    return Error{QStringLiteral("calendar.year_out_of_range"),
                 QStringLiteral("the calendar covers 1900-01-01 to 2100-12-31"), path};
}

Error invalidLunar(const QString& message)
{
    return Error{QStringLiteral("calendar.invalid_lunar_date"), message, QString()};
}

// Lunar years whose days all fall in the supported solar range or straddle it: lunar year 1899
// owns January 1900, lunar year 2100 ends in 2101.
bool plausibleLunarYear(int year)
{
    return year >= LunarCalendar::kFirstYear - 1 && year <= LunarCalendar::kLastYear;
}

} // namespace

Expected<LunarDate> LunarCalendar::fromSolar(const QDate& date, double timeZone)
{
    if (!validTimeZone(timeZone))
        return invalidTimeZone();
    if (!date.isValid())
        return Error{QStringLiteral("calendar.invalid_date"), QStringLiteral("invalid date"),
                     QStringLiteral("date")};
    if (!supports(date))
        return outOfRange(QStringLiteral("date"));
    return solarToLunar(date.toJulianDay(), date.year(), timeZone);
}

Expected<QDate> LunarCalendar::toSolar(const LunarDate& date, double timeZone)
{
    if (!validTimeZone(timeZone))
        return invalidTimeZone();
    if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > 30)
        return invalidLunar(QStringLiteral("lunar month must be 1-12 and day 1-30"));
    if (!plausibleLunarYear(date.year))
        return outOfRange(QStringLiteral("year"));
    const std::optional<qint64> day = lunarToSolar(date, timeZone);
    if (!day)
        return invalidLunar(QStringLiteral("this lunar year has no such leap month"));
    const QDate solar = QDate::fromJulianDay(*day);
    if (!supports(solar))
        return outOfRange(QStringLiteral("year"));
    // The conversion itself does not know month lengths (29 or 30 days); converting back does,
    // so a date that does not exist (30th of a short month) fails to round-trip.
    if (solarToLunar(*day, solar.year(), timeZone) != date)
        return invalidLunar(QStringLiteral("this lunar month has only 29 days"));
    return solar;
}

Expected<QDate> LunarCalendar::newYear(int lunarYear, double timeZone)
{
    return toSolar(LunarDate{1, 1, lunarYear, false}, timeZone);
}

Expected<int> LunarCalendar::leapMonth(int lunarYear, double timeZone)
{
    if (!validTimeZone(timeZone))
        return invalidTimeZone();
    if (!plausibleLunarYear(lunarYear))
        return outOfRange(QStringLiteral("year"));
    // At most one month per year can be intercalary; ask each whether it exists (no range check
    // here: lunar year 2100's months 11 and 12 lie in 2101 and still have an answer).
    for (int month = 1; month <= 12; ++month) {
        const LunarDate first{1, month, lunarYear, true};
        const std::optional<qint64> day = lunarToSolar(first, timeZone);
        if (day && solarToLunar(*day, QDate::fromJulianDay(*day).year(), timeZone) == first)
            return month;
    }
    return 0;
}

} // namespace motcua
