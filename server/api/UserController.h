#pragma once

#include "auth/Principal.h"
#include "context/ServerContext.h"
#include "http/Router.h"

namespace motcua::server {

// Users and roles: readable by staff, writable by administrators.
// GET /api/v1/users, /users/{username}; POST /api/v1/users {"user": User, "password"};
// PUT /api/v1/users/{username} {"user": User, "password"?} (disabling takes effect at once).
class UserController {
public:
    explicit UserController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void save(RequestContext& ctx, bool create);

    ServerContext& m_context;
};

} // namespace motcua::server
