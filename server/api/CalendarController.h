#pragma once

#include "auth/Principal.h"
#include "context/ServerContext.h"
#include "http/Router.h"

namespace motcua::server {

// GET /api/v1/calendar?year=YYYY: every non-working date of the year (weekends included) with its
// reason code and Vietnamese label, plus the working hours, cut-off and overrides in force.
// PUT /api/v1/calendar (administrators): new settings (weekly hours, cut-off, overrides).
class CalendarController {
public:
    explicit CalendarController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void get(RequestContext& ctx);
    void put(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace motcua::server
