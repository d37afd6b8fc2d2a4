#pragma once

#include "auth/Principal.h"
#include "context/ServerContext.h"
#include "http/Router.h"

#include <QJsonObject>

namespace motcua::server {

// POST /api/v1/auth/login, /auth/refresh, /auth/logout; GET /api/v1/auth/me.
// Login is throttled per username and per client address; refresh tokens rotate on every use
// and are stored only as hashes; logout revokes.
class AuthController {
public:
    explicit AuthController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void login(RequestContext& ctx);
    void refresh(RequestContext& ctx);
    void logout(RequestContext& ctx);
    // Access + refresh token for `user`, the refresh token stored in the same transaction.
    QJsonObject issueTokens(const User& user, Poco::Data::Session& s);

    ServerContext& m_context;
};

} // namespace motcua::server
