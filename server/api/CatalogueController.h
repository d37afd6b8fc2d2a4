#pragma once

#include "api/Authenticator.h"
#include "http/Router.h"

namespace motcua::server {

// Agencies, fields and procedures: readable by staff, writable by administrators.
// GET /api/v1/agencies, /fields, /procedures?q= (accent-insensitive), /procedures/{code};
// PUT /api/v1/procedures/{code} (a changed procedure becomes a new version).
class CatalogueController {
public:
    CatalogueController(ServerContext& context, const Authenticator& auth)
        : m_context(context)
        , m_auth(auth)
    {}
    void registerRoutes(Router& router);

private:
    void putProcedure(RequestContext& ctx);

    ServerContext& m_context;
    const Authenticator& m_auth;
};

} // namespace motcua::server
