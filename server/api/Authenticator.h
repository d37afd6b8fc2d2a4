#pragma once

#include "auth/Principal.h"
#include "context/ServerContext.h"
#include "http/Access.h"
#include "http/RequestContext.h"

namespace motcua::server {

// The router's guard: authenticates the caller of every non-public route and applies the route's
// Access rule. 401 without a valid Bearer token (or for a disabled account); 403 when the route
// needs roles the caller does not hold. On success the caller is ctx.principal().
class Authenticator {
public:
    explicit Authenticator(ServerContext& context)
        : m_context(context)
    {}

    void admit(RequestContext& ctx, const Access& access) const;

private:
    ServerContext& m_context;
};

} // namespace motcua::server
