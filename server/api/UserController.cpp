#include "api/UserController.h"

#include "api/Body.h"
#include "auth/PasswordPolicy.h"
#include "codec/JsonPrimitives.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::server {

using Poco::Net::HTTPResponse;

void UserController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/users", [this](RequestContext& ctx) {
        m_auth.require(ctx);
        QJsonArray list;
        for (const User& u : m_context.users.list())
            list.append(codec::toJson(u));
        ctx.sendJson(list);
    });
    router.add("GET", "/api/v1/users/{username}", [this](RequestContext& ctx) {
        m_auth.require(ctx);
        const auto a = m_context.users.find(ctx.params.at("username"));
        if (!a)
            throw ApiError::notFound("no user " + ctx.params.at("username"));
        ctx.sendJson(codec::toJson(a->user));
    });
    router.add("GET", "/api/v1/roles", [this](RequestContext& ctx) {
        m_auth.require(ctx);
        QJsonArray list;
        for (const QString& r : enumNames<Role>())
            list.append(r);
        ctx.sendJson(list);
    });
    router.add("POST", "/api/v1/users", [this](RequestContext& ctx) { save(ctx, true); });
    router.add("PUT", "/api/v1/users/{username}",
               [this](RequestContext& ctx) { save(ctx, false); });
}

void UserController::save(RequestContext& ctx, bool create)
{
    const Principal admin = m_auth.require(ctx, {Role::Administrator});
    const QJsonObject o = jsonObjectBody(ctx);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("user") && it.key() != QLatin1String("password"))
            throw ApiError::badRequest("codec.unknown_field", "unknown field",
                                       it.key().toStdString());
    }
    auto user = codec::fromJson<User>(o.value("user"), QStringLiteral("user"));
    if (!user)
        throw fromDomain(user.error());
    if (!create && user->username.toStdString() != ctx.params.at("username"))
        throw ApiError::badRequest("users.name_mismatch", "the body's username must match the URL",
                                   "user.username");
    std::string password;
    if (o.contains("password")) {
        QString text;
        if (auto e = codec::readString(o.value("password"), QStringLiteral("password"), text))
            throw fromDomain(*e);
        password = text.toStdString();
        if (auto ok = PasswordPolicy::check(password, user->username.toStdString()); !ok)
            throw fromDomain(Error{ok.error().code, ok.error().message, QStringLiteral("password")},
                             HTTPResponse::HTTP_UNPROCESSABLE_ENTITY);
    } else if (create) {
        throw ApiError::badRequest("codec.missing_field", "required field is missing", "password");
    }
    const User saved = m_context.database.write([&](Poco::Data::Session& s) {
        const auto before = m_context.users.find(s, user->username.toStdString());
        if (create && before)
            throw ApiError(HTTPResponse::HTTP_CONFLICT, "users.exists", "the username is taken",
                           "user.username");
        if (!create && !before)
            throw ApiError::notFound("no user " + ctx.params.at("username"));
        std::string hash = before ? before->passwordHash : std::string();
        if (!password.empty()) {
            auto h = m_context.hasher.hash(password);
            if (!h)
                throw fromDomain(h.error(), HTTPResponse::HTTP_UNPROCESSABLE_ENTITY);
            hash = *h;
        }
        User u = *user;
        u.version = (before ? before->user.version : 0) + 1;
        m_context.users.save(s, u, hash);
        if (!u.active || !password.empty())
            m_context.refreshTokens.revokeAllOf(s, u.username.toStdString()); // sessions end now
        m_context.journal.record(
            s, {admin.user.username.toStdString(), create ? "user.create" : "user.update", "user",
                u.username.toStdString(), before ? before->user.version : 0, u.version, ""});
        return u;
    });
    ctx.sendJson(codec::toJson(saved), create ? HTTPResponse::HTTP_CREATED : HTTPResponse::HTTP_OK);
}

} // namespace motcua::server
