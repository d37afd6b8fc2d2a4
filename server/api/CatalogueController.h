#pragma once

#include "auth/Principal.h"
#include "context/ServerContext.h"
#include "http/Router.h"

namespace motcua::server {

// Agencies, fields and procedures: readable by staff, writable by administrators.
// GET /api/v1/agencies, /fields, /procedures?q=&on= (accent-insensitive; the versions in force on
// a day), /procedures/{code}?on=; PUT /api/v1/procedures/{code} (a changed procedure becomes a
// new version in force from today). Drafts and publishing: ProcedureVersionController.
class CatalogueController {
public:
    explicit CatalogueController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void putProcedure(RequestContext& ctx);
    // The day of `on`, default today (Vietnam).
    static QDate day(const RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace motcua::server
