#pragma once

#include "context/ServerContext.h"
#include "http/Router.h"

namespace motcua::server {

// Guidance (Mẫu 02) and refusals (Mẫu 03) at the counter, recorded on the server so that they
// count in the agency's statistics:
//  POST /api/v1/counter-outcomes   a receptionist records one (idempotent with Idempotency-Key,
//                                  as a workstation resends it from its outbox after being
//                                  offline);
//  GET  /api/v1/counter-outcomes?from=&to=&kind=   the agency's, for its leaders and the counter.
class CounterOutcomeController {
public:
    explicit CounterOutcomeController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void record(RequestContext& ctx);
    void list(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace motcua::server
