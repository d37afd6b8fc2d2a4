#pragma once

#include "auth/Principal.h"
#include "context/ServerContext.h"
#include "http/Router.h"

#include <atomic>

namespace motcua::server {

// Staff bookkeeping routes:
//  GET  /api/v1/changes?since=SEQ&limit=N  the committed changes the caller may see (its agency's
//                                          and the shared ones), in commit order (client sync);
//       &wait=S                            a long poll: when there is nothing yet, answer as soon
//                                          as something the caller may see commits, or after S s;
//       &include=dossiers                  with the current documents of the page's dossiers, so
//                                          that a workstation needs no GET per changed dossier;
//  GET  /api/v1/changes/snapshot           a new workstation's start: its agency's open and
//                                          recent dossiers, newest first, keyset-paged, and the
//                                          feed position to follow from;
//  POST /api/v1/code-blocks {"count": N}   reserve N dossier numbers of today for offline intake;
//  GET  /api/v1/audit/verify                check the audit log's hash chain (administrators).
class FeedController {
public:
    // `maxWaiters`: long polls held at once; beyond it a poll is answered at once, so that
    // waiting workstations can never take every request thread.
    FeedController(ServerContext& context, int maxWaiters)
        : m_context(context)
        , m_maxWaiters(maxWaiters)
    {}
    void registerRoutes(Router& router);

private:
    void changes(RequestContext& ctx);
    void snapshot(RequestContext& ctx);
    void reserve(RequestContext& ctx);
    void verifyAudit(RequestContext& ctx);

    ServerContext& m_context;
    const int m_maxWaiters;
    std::atomic<int> m_waiters{0};
};

} // namespace motcua::server
