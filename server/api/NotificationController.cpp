#include "api/NotificationController.h"

#include "api/AccessPolicy.h"
#include "api/Body.h"
#include "codec/JsonPrimitives.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::server {

using Poco::Net::HTTPResponse;

namespace {

QJsonValue when(const QDateTime& t)
{
    return t.isValid() ? QJsonValue(codec::dateTimeToJson(t)) : QJsonValue(QJsonValue::Null);
}

QJsonObject toJson(const NotificationOutbox::Row& r)
{
    QJsonArray log;
    for (const auto& a : r.log)
        log.append(QJsonObject{{"at", when(a.at)},
                               {"outcome", QString::fromStdString(a.outcome)},
                               {"error", QString::fromStdString(a.error)}});
    return QJsonObject{{"id", qint64(r.id)},
                       {"dossierCode", QString::fromStdString(r.dossierCode)},
                       {"event", QString::fromStdString(r.event)},
                       {"channel", QString::fromStdString(r.channel)},
                       {"recipient", QString::fromStdString(r.recipient)},
                       {"subject", QString::fromStdString(r.subject)},
                       {"text", QString::fromStdString(r.text)},
                       {"state", QString::fromStdString(r.state)},
                       {"attempts", r.attempts},
                       {"lastError", QString::fromStdString(r.lastError)},
                       {"createdAt", when(r.createdAt)},
                       {"nextAttemptAt", when(r.nextAttemptAt)},
                       {"deliveredAt", when(r.deliveredAt)},
                       {"log", log}};
}

QJsonObject toJson(NotificationEvent event, const NotificationOutbox::StoredTemplate& t)
{
    return QJsonObject{
        {"event", QString::fromStdString(eventName(event))},
        {"sms", t.text.sms},
        {"emailSubject", t.text.emailSubject},
        {"emailBody", t.text.emailBody},
        {"custom", t.custom},
        {"updatedAt", when(t.updatedAt)},
        {"updatedBy", QString::fromStdString(t.updatedBy)},
        {"placeholders", QJsonArray::fromStringList(NotificationTemplate::placeholders())}};
}

NotificationEvent eventParam(RequestContext& ctx)
{
    const std::string name = ctx.params.at("event");
    const auto event = parseEvent(name);
    if (!event) {
        std::string known;
        for (NotificationEvent e : allEvents())
            known += (known.empty() ? "" : ", ") + eventName(e);
        throw ApiError(HTTPResponse::HTTP_NOT_FOUND, "notification.unknown_event",
                       "no event " + name + "; known: " + known, "event");
    }
    return *event;
}

} // namespace

void NotificationController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/dossiers/{code}/notifications", Access::staff(),
               [this](RequestContext& ctx) { ofDossier(ctx); });
    router.add("GET", "/api/v1/notifications", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { all(ctx); });
    // The templates are the province's, shared by every agency: staff read them, any
    // administrator keeps them.
    router.add("GET", "/api/v1/notification-templates", Access::staff(),
               [this](RequestContext& ctx) { templates(ctx); });
    router.add("GET", "/api/v1/notification-templates/{event}", Access::staff(),
               [this](RequestContext& ctx) { getTemplate(ctx); });
    router.add("PUT", "/api/v1/notification-templates/{event}",
               Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { putTemplate(ctx); });
}

void NotificationController::ofDossier(RequestContext& ctx)
{
    const std::string code = ctx.params.at("code");
    const auto d = m_context.dossiers.find(code);
    if (!d)
        throw ApiError::notFound("no dossier " + code);
    AccessPolicy::requireDossier(ctx.principal(), *d);
    NotificationOutbox::Filter f;
    f.dossierCode = code;
    f.limit = 1000;
    QJsonArray out;
    for (const auto& row : m_context.notifications.list(f))
        out.append(toJson(row));
    ctx.sendJson(out);
}

void NotificationController::all(RequestContext& ctx)
{
    NotificationOutbox::Filter f;
    const auto scope = AccessPolicy::scope(ctx.principal());
    if (!scope.everyAgency) {
        if (scope.agencyId.isEmpty())
            throw ApiError(HTTPResponse::HTTP_FORBIDDEN, "auth.no_agency",
                           "this account belongs to no agency");
        f.agencyId = scope.agencyId.toStdString();
    }
    f.state = ctx.query("state").value_or("");
    if (!f.state.empty() && f.state != "pending" && f.state != "delivered" && f.state != "failed")
        throw ApiError::badRequest("bad_query", "state must be pending, delivered or failed",
                                   "state");
    f.dossierCode = ctx.query("dossier").value_or("");
    const auto page = ctx.queryInt("page", 1, 100000).value_or(1);
    const auto size = ctx.queryInt("pageSize", 1, 500).value_or(100);
    f.limit = int(size);
    f.offset = int((page - 1) * size);
    QJsonArray items;
    for (const auto& row : m_context.notifications.list(f))
        items.append(toJson(row));
    ctx.sendJson(QJsonObject{{"items", items}, {"page", qint64(page)}, {"pageSize", qint64(size)}});
}

void NotificationController::templates(RequestContext& ctx)
{
    QJsonArray out;
    for (NotificationEvent e : allEvents())
        out.append(toJson(e, m_context.notifications.templateFor(e)));
    ctx.sendJson(out);
}

void NotificationController::getTemplate(RequestContext& ctx)
{
    const NotificationEvent e = eventParam(ctx);
    ctx.sendJson(toJson(e, m_context.notifications.templateFor(e)));
}

void NotificationController::putTemplate(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    const NotificationEvent e = eventParam(ctx);
    const QJsonObject body = jsonObjectBody(ctx);
    for (auto it = body.begin(); it != body.end(); ++it) {
        if (it.key() != "sms" && it.key() != "emailSubject" && it.key() != "emailBody")
            throw ApiError::badRequest("codec.unknown_field", "unknown field",
                                       it.key().toStdString());
        if (!it->isString())
            throw ApiError::badRequest("codec.wrong_type", "expected a string",
                                       it.key().toStdString());
    }
    NotificationTemplate t{body.value("sms").toString(), body.value("emailSubject").toString(),
                           body.value("emailBody").toString()};
    if (auto ok = t.validate(); !ok)
        throw fromDomain(ok.error(), HTTPResponse::HTTP_UNPROCESSABLE_ENTITY);
    const std::string user = p.user.username.toStdString();
    const QJsonObject reply = m_context.database.write([&](Poco::Data::Session& s) {
        m_context.notifications.saveTemplate(s, e, t, user);
        m_context.journal.record(
            s, {user, "notification.template", "notificationTemplate", eventName(e), 0, 0, "", ""});
        return toJson(e, m_context.notifications.templateFor(s, e));
    });
    ctx.sendJson(reply);
}

} // namespace motcua::server
