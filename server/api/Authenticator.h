#pragma once

#include "app/ServerContext.h"
#include "http/RequestContext.h"
#include "workflow/Actor.h"

#include <initializer_list>

namespace motcua::server {

// Who is calling: the user behind a valid access token, reloaded from the database on every
// request so that a disabled account or a changed role takes effect at once.
struct Principal {
    User user;
    Actor actor() const { return Actor{user.username, user.roles, user.unit}; }
    bool has(Role r) const { return user.hasRole(r); }
};

class Authenticator {
public:
    explicit Authenticator(ServerContext& context)
        : m_context(context)
    {}

    // 401 without a valid Bearer token (or for a disabled user); 403 when none of `roles` is held
    // (an empty list = any staff role).
    Principal require(RequestContext& ctx, std::initializer_list<Role> roles = {}) const;

private:
    ServerContext& m_context;
};

} // namespace motcua::server
