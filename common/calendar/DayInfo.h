#pragma once

#include "calendar/CalendarSettings.h"

#include <QDate>
#include <QList>
#include <QString>

namespace motcua {

// Everything the calendar knows about one date. `reason` is a code from DayReason.h: "workday"
// for an ordinary working day, "weekend" for a weekly rest day, "holiday.*", "compensatory", or
// "override" when an administrator decided the day (working or not). `label` is Vietnamese text
// for display. `periods` is empty exactly when the day is not a working day.
struct DayInfo {
    QDate date;
    bool working = false;
    QString reason;
    QString label;
    QList<WorkPeriod> periods;

    friend bool operator==(const DayInfo&, const DayInfo&) = default;
};

} // namespace motcua
