#pragma once

#include "auth/Principal.h"
#include "context/ServerContext.h"
#include "http/Router.h"

namespace motcua::server {

// Dossiers: intake (POST /api/v1/dossiers, idempotent with Idempotency-Key), one dossier
// (GET /api/v1/dossiers/{code}), search (GET /api/v1/dossiers?q=&status=&field=&assignee=&from=
// &to=&page=&pageSize=) and workflow actions (POST /api/v1/dossiers/{code}/actions, decided by
// common/'s WorkflowEngine; 409 with the current dossier when someone else changed it first).
// Staff see the dossiers of their own agency. An administrator moves a running dossier to
// another process (POST /api/v1/dossiers/{code}/process, audited).
class DossierController {
public:
    explicit DossierController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void intake(RequestContext& ctx);
    void get(RequestContext& ctx);
    void search(RequestContext& ctx);
    void act(RequestContext& ctx);
    void moveProcess(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace motcua::server
