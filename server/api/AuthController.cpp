#include "api/AuthController.h"

#include "api/Body.h"
#include "codec/JsonCodec.h"
#include "domain/AuthMessages.h"

#include <QJsonObject>

#include <Poco/Timestamp.h>

namespace motcua::server {

using Poco::Net::HTTPResponse;

namespace {

Poco::Int64 nowMs()
{
    return Poco::Timestamp().epochMicroseconds() / 1000;
}

ApiError invalidCredentials()
{
    // One answer for an unknown user and a wrong password, so accounts cannot be enumerated.
    return ApiError(HTTPResponse::HTTP_UNAUTHORIZED, "auth.invalid_credentials",
                    "wrong username or password");
}

ApiError throttled(std::chrono::seconds wait)
{
    ApiError e(HTTPResponse::HTTP_TOO_MANY_REQUESTS, "auth.throttled",
               "too many failed logins; try again in " + std::to_string(wait.count()) + " s");
    e.retryAfterSeconds = static_cast<int>(wait.count());
    return e;
}

} // namespace

void AuthController::registerRoutes(Router& router)
{
    router.add("POST", "/api/v1/auth/login", Access::anyone(),
               [this](RequestContext& ctx) { login(ctx); });
    // The refresh token in the body is the credential of these two.
    router.add("POST", "/api/v1/auth/refresh", Access::anyone(),
               [this](RequestContext& ctx) { refresh(ctx); });
    router.add("POST", "/api/v1/auth/logout", Access::anyone(),
               [this](RequestContext& ctx) { logout(ctx); });
    router.add("GET", "/api/v1/auth/me", Access::staff(), [](RequestContext& ctx) {
        const Principal& p = ctx.principal();
        ctx.sendJson(codec::toJson(p.user));
    });
}

QJsonObject AuthController::issueTokens(const User& user, Poco::Data::Session& s)
{
    AccessClaims claims;
    claims.subject = user.username.toStdString();
    for (Role r : user.roles)
        claims.roles.push_back(name(r).toStdString());
    claims.agency = user.agencyId.toStdString();
    claims.unit = user.unit.toStdString();
    const auto access = m_context.tokenService.issue(claims);
    const auto refresh = TokenService::generateRefreshToken();
    if (!access || !refresh)
        throw std::runtime_error("token generation failed");
    const Poco::Int64 issued = nowMs();
    m_context.refreshTokens.save(
        s, TokenService::hashRefreshToken(*refresh), claims.subject, issued,
        issued + std::chrono::duration_cast<std::chrono::milliseconds>(m_context.refreshLifetime)
                     .count());
    return QJsonObject{
        {"accessToken", QString::fromStdString(access->token)},
        {"refreshToken", QString::fromStdString(*refresh)},
        {"tokenType", "Bearer"},
        {"expiresIn", qint64(m_context.tokenService.settings().accessLifetime.count())},
        {"user", codec::toJson(user)},
    };
}

void AuthController::login(RequestContext& ctx)
{
    const LoginRequest req = decodeBody<LoginRequest>(ctx);
    const std::string username = req.username.toStdString();
    const std::string address = ctx.clientAddress();
    if (auto wait = m_context.loginThrottle.retryAfter(username, address); wait.count() > 0)
        throw throttled(wait);

    const auto account = m_context.users.find(username);
    const std::string password = req.password.toStdString();
    bool ok = false;
    if (account)
        ok = m_context.hasher.verify(password, account->passwordHash);
    else
        m_context.hasher.verifyUnknownUser(password); // same time as a real check
    if (!ok || !account->user.active) {
        const auto wait = m_context.loginThrottle.recordFailure(username, address);
        if (wait.count() > 0)
            throw throttled(wait);
        throw invalidCredentials();
    }
    m_context.loginThrottle.recordSuccess(username, address);
    ctx.user = username;
    // Tokens are handed out only once the refresh token is committed.
    const QJsonObject tokens = m_context.database.write([&](Poco::Data::Session& s) {
        if (m_context.hasher.needsRehash(account->passwordHash)) {
            if (auto rehashed = m_context.hasher.hash(password))
                m_context.users.save(s, account->user, *rehashed);
        }
        return issueTokens(account->user, s);
    });
    ctx.sendJson(tokens);
}

void AuthController::refresh(RequestContext& ctx)
{
    const RefreshRequest req = decodeBody<RefreshRequest>(ctx);
    const std::string hash = TokenService::hashRefreshToken(req.refreshToken.toStdString());
    const QJsonObject tokens = m_context.database.write([&](Poco::Data::Session& s) {
        const auto username = m_context.refreshTokens.consume(s, hash, nowMs());
        if (!username)
            throw ApiError(HTTPResponse::HTTP_UNAUTHORIZED, "auth.refresh_invalid",
                           "the refresh token is unknown, used, revoked or expired");
        const auto account = m_context.users.find(s, *username);
        if (!account || !account->user.active)
            throw ApiError(HTTPResponse::HTTP_UNAUTHORIZED, "auth.account_disabled",
                           "the account no longer exists or is disabled");
        ctx.user = *username;
        return issueTokens(account->user, s);
    });
    ctx.sendJson(tokens);
}

void AuthController::logout(RequestContext& ctx)
{
    const RefreshRequest req = decodeBody<RefreshRequest>(ctx);
    const std::string hash = TokenService::hashRefreshToken(req.refreshToken.toStdString());
    m_context.database.write(
        [&](Poco::Data::Session& s) { m_context.refreshTokens.revoke(s, hash); });
    ctx.sendJson(QJsonObject{{"loggedOut", true}});
}

} // namespace motcua::server
