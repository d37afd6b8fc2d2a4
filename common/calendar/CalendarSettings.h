#pragma once

#include <array>

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

namespace motcua {

// A span of working time within a day, [start, end).
struct WorkPeriod {
    QTime start;
    QTime end;

    int seconds() const { return start.secsTo(end); }
    friend bool operator==(const WorkPeriod&, const WorkPeriod&) = default;
};

// An administrator's decision about one date; it takes precedence over everything computed
// (weekly pattern, public holidays, compensatory days). A working override on a rest day (a
// swapped working day) uses `periods`, or the standard weekday hours when `periods` is empty.
struct DayOverride {
    QDate date;
    bool working = false;
    QString reason;
    QList<WorkPeriod> periods;

    friend bool operator==(const DayOverride&, const DayOverride&) = default;
};

// Everything about working time that is a setting rather than a rule.
struct CalendarSettings {
    // Working periods for each weekday, index 0 = Monday ... 6 = Sunday; empty = weekly rest day.
    std::array<QList<WorkPeriod>, 7> weekly;
    // Dossiers received at or after this time count as received on the next working day.
    QTime cutoff{15, 0};
    QList<DayOverride> overrides;

    // Vietnam's usual public-service hours: Monday–Friday 07:30–11:30 and 13:30–17:00.
    static CalendarSettings standard()
    {
        CalendarSettings s;
        const QList<WorkPeriod> day{{QTime(7, 30), QTime(11, 30)}, {QTime(13, 30), QTime(17, 0)}};
        for (int i = 0; i < 5; ++i)
            s.weekly[i] = day;
        return s;
    }

    friend bool operator==(const CalendarSettings&, const CalendarSettings&) = default;
};

} // namespace motcua
