#pragma once

#include "api/Authenticator.h"
#include "http/Router.h"

namespace motcua::server {

// Users and roles: readable by staff, writable by administrators.
// GET /api/v1/users, /users/{username}; POST /api/v1/users {"user": User, "password"};
// PUT /api/v1/users/{username} {"user": User, "password"?} (disabling takes effect at once).
class UserController {
public:
    UserController(ServerContext& context, const Authenticator& auth)
        : m_context(context)
        , m_auth(auth)
    {}
    void registerRoutes(Router& router);

private:
    void save(RequestContext& ctx, bool create);

    ServerContext& m_context;
    const Authenticator& m_auth;
};

} // namespace motcua::server
