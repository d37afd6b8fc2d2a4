#include "gui/queues/WorkingHours.h"

#include "core/VnTime.h"

namespace motcua::client {

QDateTime WorkingHours::after(const WorkingCalendar& calendar, const QDateTime& from, int hours)
{
    if (!from.isValid())
        return {};
    if (hours <= 0)
        return from;
    qint64 left = qint64(hours) * 3600;
    QDate day = vntime::civilDate(from);
    // Two years of days covers any sane setting even across Tết; the loop must end regardless.
    for (int i = 0; i < 800; ++i, day = day.addDays(1)) {
        const auto periods = calendar.periodsOn(day);
        if (!periods)
            return {};
        for (const WorkPeriod& p : *periods) {
            QDateTime start = vntime::fromCivil(day, p.start);
            const QDateTime end = vntime::fromCivil(day, p.end);
            if (end <= from)
                continue;
            if (start < from)
                start = from;
            const qint64 available = start.secsTo(end);
            if (available >= left)
                return start.addSecs(left);
            left -= available;
        }
    }
    return {};
}

} // namespace motcua::client
