#pragma once

#include "auth/Principal.h"
#include "context/ServerContext.h"
#include "http/Router.h"

namespace motcua::server {

// Citizen notifications as staff see them: the delivery log of one dossier (its agency's staff),
// the whole outbox filtered by state (administrators), and the message templates per event (read
// by staff, edited by administrators). See docs/NOTIFICATIONS.md.
class NotificationController {
public:
    explicit NotificationController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void ofDossier(RequestContext& ctx);
    void all(RequestContext& ctx);
    void templates(RequestContext& ctx);
    void getTemplate(RequestContext& ctx);
    void putTemplate(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace motcua::server
