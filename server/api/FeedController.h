#pragma once

#include "context/ServerContext.h"
#include "auth/Principal.h"
#include "http/Router.h"

namespace motcua::server {

// Staff bookkeeping routes:
//  GET  /api/v1/changes?since=SEQ&limit=N  the committed changes the caller may see (its agency's
//                                          and the shared ones), in commit order (client sync);
//  POST /api/v1/code-blocks {"count": N}   reserve N dossier numbers of today for offline intake;
//  GET  /api/v1/audit/verify                check the audit log's hash chain (administrators).
class FeedController {
public:
    explicit FeedController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void changes(RequestContext& ctx);
    void reserve(RequestContext& ctx);
    void verifyAudit(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace motcua::server
