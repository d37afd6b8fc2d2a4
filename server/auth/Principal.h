#pragma once

#include "domain/User.h"
#include "workflow/Actor.h"

namespace motcua::server {

// Who is calling: the user behind a valid access token, reloaded from the database on every
// request so that a disabled account or a changed role takes effect at once.
struct Principal {
    User user;
    Actor actor() const { return Actor{user.username, user.roles, user.unit}; }
    bool has(Role r) const { return user.hasRole(r); }
};

} // namespace motcua::server
