#include "calendar/PublicHolidays.h"

#include "calendar/DayReason.h"
#include "calendar/LunarCalendar.h"
#include "calendar/WorkPeriods.h"

#include <algorithm>
#include <array>

#include <QSet>

namespace motcua {

namespace {

// Each row applies from its year until the next row's year.
constexpr std::array<HolidayRule, 4> kRules{{
    {1900, 1, 3, false, 1, "Labour Code 1994, art. 73 (applied back to 1900)"},
    {2007, 1, 3, true, 1, "2007 amendment of the Labour Code: Hung Kings' Commemoration"},
    {2013, 1, 4, true, 1, "Labour Code 2012 (10/2012/QH13), art. 115: Tet 5 days"},
    {2021, 1, 4, true, 2, "Labour Code 2019 (45/2019/QH14), art. 112: 2 September + 1 day"},
}};

QString labelFor(const QString& reason)
{
    if (reason == dayreason::newYear())
        return QStringLiteral("Tết Dương lịch");
    if (reason == dayreason::tet())
        return QStringLiteral("Tết Nguyên đán");
    if (reason == dayreason::hungKings())
        return QStringLiteral("Giỗ Tổ Hùng Vương");
    if (reason == dayreason::reunification())
        return QStringLiteral("Ngày Chiến thắng");
    if (reason == dayreason::labour())
        return QStringLiteral("Ngày Quốc tế lao động");
    if (reason == dayreason::national())
        return QStringLiteral("Quốc khánh");
    return QString();
}

Holiday holiday(const QDate& date, const QString& reason)
{
    return Holiday{date, reason, labelFor(reason)};
}

bool isRest(const std::array<bool, 7>& rest, const QDate& date)
{
    return rest[date.dayOfWeek() - 1];
}

// See the rule in PublicHolidays.h.
QDate nationalDayAdjacent(int year, const std::array<bool, 7>& rest)
{
    const QDate before(year, 9, 1);
    const QDate after(year, 9, 3);
    auto score = [&](const QDate& candidate, const QDate& outer) {
        if (isRest(rest, candidate))
            return 0;
        return isRest(rest, outer) ? 2 : 1;
    };
    const int b = score(before, QDate(year, 8, 31));
    const int a = score(after, QDate(year, 9, 4));
    return a > b ? after : before;
}

Error outOfRange(int year)
{
    return Error{QStringLiteral("calendar.year_out_of_range"),
                 QStringLiteral("year %1 is outside 1900-2100").arg(year), QStringLiteral("year")};
}

} // namespace

std::span<const HolidayRule> PublicHolidays::rules()
{
    return kRules;
}

const HolidayRule& PublicHolidays::ruleFor(int year)
{
    // The last rule whose year has come; years before the first get the first.
    const HolidayRule* found = &kRules.front();
    for (const HolidayRule& rule : kRules) {
        if (rule.fromYear <= year)
            found = &rule;
    }
    return *found;
}

Expected<QList<Holiday>> PublicHolidays::statutory(int year, const CalendarSettings& settings)
{
    if (year < LunarCalendar::kFirstYear || year > LunarCalendar::kLastYear)
        return outOfRange(year);
    const HolidayRule& rule = ruleFor(year);
    const std::array<bool, 7> rest = workperiods::weeklyRestDays(settings);

    QList<Holiday> out;
    out.append(holiday(QDate(year, 1, 1), dayreason::newYear()));

    // Tết of lunar year `year` always falls in January or February of the same solar year.
    const Expected<QDate> tet = LunarCalendar::newYear(year);
    if (!tet)
        return tet.error();
    for (int i = -rule.tetDaysBefore; i < rule.tetDaysFrom; ++i)
        out.append(holiday(tet->addDays(i), dayreason::tet()));

    if (rule.hungKings) {
        // Always the ordinary 3rd month, even in a year whose leap month is a second 3rd month.
        const Expected<QDate> hung = LunarCalendar::toSolar(LunarDate{10, 3, year, false});
        if (!hung)
            return hung.error();
        out.append(holiday(*hung, dayreason::hungKings()));
    }

    out.append(holiday(QDate(year, 4, 30), dayreason::reunification()));
    out.append(holiday(QDate(year, 5, 1), dayreason::labour()));
    out.append(holiday(QDate(year, 9, 2), dayreason::national()));
    if (rule.nationalDays >= 2)
        out.append(holiday(nationalDayAdjacent(year, rest), dayreason::national()));

    std::sort(out.begin(), out.end(),
              [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return out;
}

Expected<QList<Holiday>> PublicHolidays::forYear(int year, const CalendarSettings& settings)
{
    Expected<QList<Holiday>> base = statutory(year, settings);
    if (!base)
        return base;
    const QList<Holiday>& holidays = *base;
    const std::array<bool, 7> rest = workperiods::weeklyRestDays(settings);
    const bool anyWorkingDay = std::find(rest.begin(), rest.end(), false) != rest.end();

    QSet<QDate> taken;
    for (const Holiday& h : holidays)
        taken.insert(h.date);

    QList<Holiday> out = holidays;
    // Walk the blocks of consecutive holidays; each rest-day holiday in a block earns one day off
    // after the block.
    qsizetype i = 0;
    while (i < holidays.size()) {
        qsizetype end = i;
        while (end + 1 < holidays.size() &&
               holidays[end + 1].date.toJulianDay() - holidays[end].date.toJulianDay() <= 1)
            ++end;
        QDate cursor = holidays[end].date;
        for (qsizetype k = i; k <= end && anyWorkingDay; ++k) {
            if (!isRest(rest, holidays[k].date))
                continue;
            // Duplicate dates (none today, but rules are data) must not give two days.
            if (k > i && holidays[k].date == holidays[k - 1].date)
                continue;
            do
                cursor = cursor.addDays(1);
            while (isRest(rest, cursor) || taken.contains(cursor));
            // Each year is computed on its own; no statutory holiday is late enough in the year
            // for this to matter, but a strange weekly pattern must not leak into the next year.
            if (cursor.year() != year)
                break;
            taken.insert(cursor);
            out.append(Holiday{cursor, dayreason::compensatory(),
                               QStringLiteral("Nghỉ bù ") + holidays[k].label});
        }
        i = end + 1;
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const Holiday& a, const Holiday& b) { return a.date < b.date; });
    return out;
}

} // namespace motcua
