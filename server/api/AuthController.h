#pragma once

#include "api/Authenticator.h"
#include "http/Router.h"

#include <QJsonObject>

namespace motcua::server {

// POST /api/v1/auth/login, /auth/refresh, /auth/logout; GET /api/v1/auth/me.
// Login is throttled per username and per client address; refresh tokens rotate on every use
// and are stored only as hashes; logout revokes.
class AuthController {
public:
    AuthController(ServerContext& context, const Authenticator& auth)
        : m_context(context)
        , m_auth(auth)
    {}
    void registerRoutes(Router& router);

private:
    void login(RequestContext& ctx);
    void refresh(RequestContext& ctx);
    void logout(RequestContext& ctx);
    // Access + refresh token for `user`, the refresh token stored in the same transaction.
    QJsonObject issueTokens(const User& user, Poco::Data::Session& s);

    ServerContext& m_context;
    const Authenticator& m_auth;
};

} // namespace motcua::server
