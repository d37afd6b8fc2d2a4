#include "calendar/WorkPeriods.h"

#include <algorithm>

namespace motcua::workperiods {

QList<WorkPeriod> normalized(const QList<WorkPeriod>& periods)
{
    QList<WorkPeriod> sorted;
    for (const WorkPeriod& p : periods) {
        if (p.start.isValid() && p.end.isValid() && p.start < p.end)
            sorted.append(p);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const WorkPeriod& a, const WorkPeriod& b) { return a.start < b.start; });
    QList<WorkPeriod> out;
    for (const WorkPeriod& p : sorted) {
        if (!out.isEmpty() && p.start <= out.last().end)
            out.last().end = std::max(out.last().end, p.end);
        else
            out.append(p);
    }
    return out;
}

std::array<bool, 7> weeklyRestDays(const CalendarSettings& settings)
{
    std::array<bool, 7> rest{};
    for (int i = 0; i < 7; ++i)
        rest[i] = normalized(settings.weekly[i]).isEmpty();
    return rest;
}

} // namespace motcua::workperiods
