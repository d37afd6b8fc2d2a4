#pragma once

#include "calendar/WorkingCalendar.h"
#include "http/Router.h"

namespace motcua::server {

// GET /api/v1/calendar?year=YYYY: every non-working date of the year (weekends included) with
// its reason code and Vietnamese label, plus the working hours, cut-off and overrides in force.
class CalendarController {
public:
    explicit CalendarController(const WorkingCalendar& calendar);
    void registerRoutes(Router& router);

private:
    void get(RequestContext& ctx) const;
    const WorkingCalendar& m_calendar;
};

} // namespace motcua::server
