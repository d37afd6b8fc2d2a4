#include "calendar/WorkingCalendar.h"

#include "calendar/DayReason.h"
#include "calendar/PublicHolidays.h"
#include "calendar/WorkPeriods.h"

#include <array>
#include <mutex>

#include <QHash>

namespace motcua {

namespace {

constexpr int kYearCount = WorkingCalendar::kLastYear - WorkingCalendar::kFirstYear + 1;

Error invalidDate()
{
    return Error{QStringLiteral("calendar.invalid_date"), QStringLiteral("invalid date"),
                 QStringLiteral("date")};
}

Error outOfRange(const QString& path)
{
    return Error{QStringLiteral("calendar.year_out_of_range"),
                 QStringLiteral("the working calendar covers 1900-01-01 to 2100-12-31"), path};
}

// One year of DayInfo, indexed by dayOfYear() - 1.
using YearTable = QList<DayInfo>;

} // namespace

struct WorkingCalendar::Impl {
    CalendarSettings settings;
    std::array<QList<WorkPeriod>, 7> weekly; // normalised
    QList<WorkPeriod> standardDay;           // for working overrides on rest days
    QHash<QDate, DayOverride> overrides;     // last one per date wins

    // The lazily built years. std::call_once makes the first caller build a year while others
    // wait, and publishes the table to every thread; later lookups take no lock.
    mutable std::array<std::once_flag, kYearCount> once;
    mutable std::array<YearTable, kYearCount> years;

    explicit Impl(const CalendarSettings& s)
        : settings(s)
    {
        for (int i = 0; i < 7; ++i)
            weekly[i] = workperiods::normalized(s.weekly[i]);
        for (const QList<WorkPeriod>& day : weekly) {
            if (!day.isEmpty()) {
                standardDay = day;
                break;
            }
        }
        for (const DayOverride& o : s.overrides) {
            if (o.date.isValid())
                overrides.insert(o.date, o);
        }
    }

    const DayInfo& day(const QDate& date) const
    {
        const int index = date.year() - kFirstYear;
        std::call_once(once[index], [&] { years[index] = buildYear(date.year()); });
        return years[index][date.dayOfYear() - 1];
    }

    YearTable buildYear(int year) const
    {
        YearTable table;
        const QDate first(year, 1, 1);
        table.reserve(first.daysInYear());
        for (QDate d = first; d.year() == year; d = d.addDays(1)) {
            const QList<WorkPeriod>& periods = weekly[d.dayOfWeek() - 1];
            if (periods.isEmpty())
                table.append(DayInfo{
                    d, false, dayreason::weekend(), dayreason::weekdayLabel(d.dayOfWeek()), {}});
            else
                table.append(DayInfo{d, true, dayreason::workday(), QStringLiteral("Ngày làm việc"),
                                     periods});
        }
        // The year is in range (checked by every caller), so this cannot fail.
        const Expected<QList<Holiday>> holidays = PublicHolidays::forYear(year, settings);
        if (holidays) {
            for (const Holiday& h : *holidays)
                table[h.date.dayOfYear() - 1] = DayInfo{h.date, false, h.reason, h.label, {}};
        }
        for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
            if (it.key().year() == year)
                table[it.key().dayOfYear() - 1] = fromOverride(it.value());
        }
        return table;
    }

    DayInfo fromOverride(const DayOverride& o) const
    {
        DayInfo info{o.date, o.working, dayreason::adminOverride(), o.reason, {}};
        if (o.working) {
            info.periods = workperiods::normalized(o.periods);
            if (info.periods.isEmpty())
                info.periods = weekly[o.date.dayOfWeek() - 1];
            if (info.periods.isEmpty())
                info.periods = standardDay;
            info.working = !info.periods.isEmpty();
        }
        if (info.label.isEmpty())
            info.label = info.working ? QStringLiteral("Ngày làm việc bù")
                                      : QStringLiteral("Nghỉ theo quyết định");
        return info;
    }
};

WorkingCalendar::WorkingCalendar(const CalendarSettings& settings)
    : m_impl(std::make_shared<const Impl>(settings))
{}

const CalendarSettings& WorkingCalendar::settings() const
{
    return m_impl->settings;
}

bool WorkingCalendar::supports(const QDate& date)
{
    return date.isValid() && date.year() >= kFirstYear && date.year() <= kLastYear;
}

Status WorkingCalendar::validate(const CalendarSettings& settings)
{
    auto periodError = [](const QList<WorkPeriod>& periods, const QString& path) -> Status {
        for (qsizetype j = 0; j < periods.size(); ++j) {
            const WorkPeriod& p = periods[j];
            if (!p.start.isValid() || !p.end.isValid() || p.start >= p.end)
                return Error{QStringLiteral("calendar.invalid_period"),
                             QStringLiteral("a working period needs a start before its end"),
                             QStringLiteral("%1[%2]").arg(path).arg(j)};
        }
        if (workperiods::normalized(periods).size() != periods.size())
            return Error{QStringLiteral("calendar.overlapping_periods"),
                         QStringLiteral("working periods of one day must not overlap"), path};
        return success();
    };

    bool anyWorking = false;
    for (int i = 0; i < 7; ++i) {
        Status s = periodError(settings.weekly[i], QStringLiteral("weekly[%1]").arg(i));
        if (!s)
            return s;
        anyWorking = anyWorking || !settings.weekly[i].isEmpty();
    }
    if (!anyWorking)
        return Error{QStringLiteral("calendar.no_working_days"),
                     QStringLiteral("at least one weekday needs working periods"),
                     QStringLiteral("weekly")};
    if (!settings.cutoff.isValid())
        return Error{QStringLiteral("calendar.invalid_cutoff"), QStringLiteral("invalid cut-off"),
                     QStringLiteral("cutoff")};
    QHash<QDate, qsizetype> seen;
    for (qsizetype i = 0; i < settings.overrides.size(); ++i) {
        const DayOverride& o = settings.overrides[i];
        const QString path = QStringLiteral("overrides[%1]").arg(i);
        if (!supports(o.date))
            return Error{QStringLiteral("calendar.invalid_override"),
                         QStringLiteral("override date must be a valid date in 1900-2100"),
                         path + QStringLiteral(".date")};
        if (seen.contains(o.date))
            return Error{QStringLiteral("calendar.duplicate_override"),
                         QStringLiteral("another override names the same date"),
                         path + QStringLiteral(".date")};
        seen.insert(o.date, i);
        Status s = periodError(o.periods, path + QStringLiteral(".periods"));
        if (!s)
            return s;
    }
    return success();
}

bool WorkingCalendar::isWorkingDay(const QDate& date) const
{
    return supports(date) && m_impl->day(date).working;
}

Expected<DayInfo> WorkingCalendar::dayInfo(const QDate& date) const
{
    if (!date.isValid())
        return invalidDate();
    if (!supports(date))
        return outOfRange(QStringLiteral("date"));
    return m_impl->day(date);
}

Expected<QList<DayInfo>> WorkingCalendar::nonWorkingDays(int year) const
{
    if (year < kFirstYear || year > kLastYear)
        return outOfRange(QStringLiteral("year"));
    QList<DayInfo> out;
    for (QDate d(year, 1, 1); d.year() == year; d = d.addDays(1)) {
        const DayInfo& info = m_impl->day(d);
        if (!info.working)
            out.append(info);
    }
    return out;
}

Expected<QList<WorkPeriod>> WorkingCalendar::periodsOn(const QDate& date) const
{
    const Expected<DayInfo> info = dayInfo(date);
    if (!info)
        return info.error();
    return info->periods;
}

Expected<QDate> WorkingCalendar::nextWorkingDay(const QDate& date) const
{
    return addWorkingDays(date, 1);
}

Expected<QDate> WorkingCalendar::addWorkingDays(const QDate& from, int n) const
{
    if (!from.isValid())
        return invalidDate();
    if (!supports(from))
        return outOfRange(QStringLiteral("date"));
    const int step = n < 0 ? -1 : 1;
    QDate d = from;
    for (qint64 remaining = n < 0 ? -qint64(n) : qint64(n); remaining > 0;) {
        d = d.addDays(step);
        if (!supports(d))
            return outOfRange(QStringLiteral("date"));
        if (m_impl->day(d).working)
            --remaining;
    }
    return d;
}

} // namespace motcua
