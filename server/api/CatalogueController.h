#pragma once

#include "context/ServerContext.h"
#include "auth/Principal.h"
#include "http/Router.h"

namespace motcua::server {

// Agencies, fields and procedures: readable by staff, writable by administrators.
// GET /api/v1/agencies, /fields, /procedures?q= (accent-insensitive), /procedures/{code};
// PUT /api/v1/procedures/{code} (a changed procedure becomes a new version).
class CatalogueController {
public:
    explicit CatalogueController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void putProcedure(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace motcua::server
