#pragma once

#include "calendar/WorkingCalendar.h"

#include <QDateTime>

namespace motcua::client {

// Working time forward from an instant, inside the calendar's working periods: "due within the
// next 8 working hours" on Friday afternoon reaches into Monday, and over a holiday further.
// No cut-off rule applies (that is for receipts); this counts time actually worked.
class WorkingHours {
public:
    // The instant at which `hours` working hours after `from` are complete (at most ~2 years
    // ahead; beyond the calendar's range it returns an invalid QDateTime). hours <= 0 → from.
    static QDateTime after(const WorkingCalendar& calendar, const QDateTime& from, int hours);
};

} // namespace motcua::client
