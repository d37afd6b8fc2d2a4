#include "api/UserController.h"

#include "api/AccessPolicy.h"
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
    // The caller's own agency only; contact details for administrators and oneself
    // (AccessPolicy::userView).
    router.add("GET", "/api/v1/users", Access::staff(), [this](RequestContext& ctx) {
        const Principal& p = ctx.principal();
        QJsonArray list;
        for (const User& u : m_context.users.list()) {
            if (AccessPolicy::maySee(p, u.agencyId) || u.username == p.user.username)
                list.append(AccessPolicy::userView(p, u));
        }
        ctx.sendJson(list);
    });
    router.add("GET", "/api/v1/users/{username}", Access::staff(), [this](RequestContext& ctx) {
        const Principal& p = ctx.principal();
        const std::string missing = "no user " + ctx.params.at("username");
        const auto a = m_context.users.find(ctx.params.at("username"));
        if (!a)
            throw ApiError::notFound(missing);
        if (a->user.username != p.user.username)
            AccessPolicy::requireAgency(p, a->user.agencyId, missing);
        ctx.sendJson(AccessPolicy::userView(p, a->user));
    });
    router.add("GET", "/api/v1/roles", Access::staff(), [](RequestContext& ctx) {
        QJsonArray list;
        for (const QString& r : enumNames<Role>())
            list.append(r);
        ctx.sendJson(list);
    });
    router.add("POST", "/api/v1/users", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { save(ctx, true); });
    router.add("PUT", "/api/v1/users/{username}", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { save(ctx, false); });
}

void UserController::save(RequestContext& ctx, bool create)
{
    const Principal& admin = ctx.principal();
    if (!create) { // another agency's account: 404 before the body is read
        const auto existing = m_context.users.find(ctx.params.at("username"));
        if (!existing || !AccessPolicy::maySee(admin, existing->user.agencyId))
            throw ApiError::notFound("no user " + ctx.params.at("username"));
    }
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
    // Staff always belong to an agency, and an administrator manages the accounts of their own
    // agency only (a province-wide administrator, without an agency, manages every agency's).
    if (user->agencyId.isEmpty() && !user->hasRole(Role::Administrator))
        throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "users.agency_required",
                       "a staff account needs an agency", "user.agencyId");
    if (!AccessPolicy::maySee(admin, user->agencyId))
        throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "users.foreign_agency",
                       "you can manage the accounts of your own agency only", "user.agencyId");
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
        // Says that the name exists, whichever agency has it: login names are unique in the
        // province, and one is no secret.
        if (create && before)
            throw ApiError(HTTPResponse::HTTP_CONFLICT, "users.exists", "the username is taken",
                           "user.username");
        if (!create && (!before || !AccessPolicy::maySee(admin, before->user.agencyId)))
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
        m_context.journal.record(s, {admin.user.username.toStdString(),
                                     create ? "user.create" : "user.update", "user",
                                     u.username.toStdString(), before ? before->user.version : 0,
                                     u.version, "", u.agencyId.toStdString()});
        return u;
    });
    ctx.sendJson(codec::toJson(saved), create ? HTTPResponse::HTTP_CREATED : HTTPResponse::HTTP_OK);
}

} // namespace motcua::server
