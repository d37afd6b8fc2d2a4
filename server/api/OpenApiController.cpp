#include "api/OpenApiController.h"

#include "calendar/CalendarSettings.h"
#include "codec/JsonSchema.h"
#include "domain/Agency.h"
#include "domain/AuthMessages.h"
#include "domain/Dossier.h"
#include "domain/Field.h"
#include "domain/IntakeRequest.h"
#include "domain/Procedure.h"
#include "domain/User.h"

#include <map>

#include <QJsonArray>

namespace motcua::server {
namespace {

struct Doc {
    const char* summary;
    const char* requestSchema; // components/schemas name, or nullptr
    const char* responseSchema;
};

// One line per route; OpenApi tests check every router route has one.
const std::map<std::string, Doc>& docs()
{
    static const std::map<std::string, Doc> table{
        {"GET /api/v1/health", {"Liveness", nullptr, nullptr}},
        {"GET /api/v1/openapi.json", {"This document", nullptr, nullptr}},
        {"POST /api/v1/auth/login",
         {"Log in; returns accessToken, refreshToken and the user", "LoginRequest", nullptr}},
        {"POST /api/v1/auth/refresh",
         {"New tokens for a refresh token (rotated)", "RefreshRequest", nullptr}},
        {"POST /api/v1/auth/logout", {"Revoke a refresh token", "RefreshRequest", nullptr}},
        {"GET /api/v1/auth/me", {"The calling user", nullptr, "User"}},
        {"GET /api/v1/calendar",
         {"Non-working days of ?year=YYYY, working hours, cut-off, overrides", nullptr, nullptr}},
        {"PUT /api/v1/calendar",
         {"Replace the calendar settings (administrators)", "CalendarSettings",
          "CalendarSettings"}},
        {"GET /api/v1/agencies", {"Agencies", nullptr, nullptr}},
        {"GET /api/v1/fields", {"Fields of procedures", nullptr, nullptr}},
        {"GET /api/v1/procedures", {"Procedures; ?q= accent-insensitive", nullptr, nullptr}},
        {"GET /api/v1/procedures/{code}",
         {"One procedure with its components", nullptr, "Procedure"}},
        {"PUT /api/v1/procedures/{code}",
         {"Create or change a procedure (new version; administrators)", "Procedure", "Procedure"}},
        {"GET /api/v1/users", {"Users", nullptr, nullptr}},
        {"GET /api/v1/users/{username}", {"One user", nullptr, "User"}},
        {"GET /api/v1/roles", {"Role names", nullptr, nullptr}},
        {"POST /api/v1/users",
         {"Create a user: {user, password} (administrators)", nullptr, "User"}},
        {"PUT /api/v1/users/{username}",
         {"Change a user: {user, password?} (administrators)", nullptr, "User"}},
        {"POST /api/v1/dossiers",
         {"Intake (receptionists); Idempotency-Key header makes retries safe", "IntakeRequest",
          "Dossier"}},
        {"GET /api/v1/dossiers",
         {"Search: ?q=&status=&field=&assignee=&from=&to=&page=&pageSize=", nullptr, nullptr}},
        {"GET /api/v1/dossiers/{code}", {"One dossier", nullptr, "Dossier"}},
        {"POST /api/v1/dossiers/{code}/actions",
         {"A workflow action with the version seen; 409 with the current dossier on conflict",
          "ActionCommand", "Dossier"}},
        {"GET /api/v1/changes",
         {"Committed changes in commit order: ?since=SEQ&limit=N", nullptr, nullptr}},
        {"POST /api/v1/code-blocks",
         {"Reserve {count} dossier numbers of today for offline intake (receptionists)", nullptr,
          nullptr}},
        {"GET /api/v1/audit/verify",
         {"Verify the audit log's hash chain (administrators)", nullptr, nullptr}},
        {"POST /api/v1/dossiers/{code}/components/{componentId}/attachments",
         {"Upload a file (raw PDF/PNG/JPEG/TIFF bytes; ?name=) to a component; marks it "
          "digitised. componentId 0 = the result document (staff of the agency)",
          nullptr, nullptr}},
        {"GET /api/v1/dossiers/{code}/attachments", {"The dossier's files", nullptr, nullptr}},
        {"GET /api/v1/dossiers/{code}/attachments/{sha256}",
         {"Download one file", nullptr, nullptr}},
        {"GET /api/v1/dossiers/{code}/notifications",
         {"The dossier's citizen notifications with their delivery log (staff of its agency)",
          nullptr, nullptr}},
        {"GET /api/v1/notifications",
         {"The notification outbox: ?state=pending|delivered|failed&dossier=&page=&pageSize= "
          "(administrators)",
          nullptr, nullptr}},
        {"GET /api/v1/notification-templates",
         {"The message templates of every event", nullptr, nullptr}},
        {"GET /api/v1/notification-templates/{event}",
         {"One event's template: accepted, supplementRequested, apologyApproved, resultReady",
          nullptr, nullptr}},
        {"PUT /api/v1/notification-templates/{event}",
         {"Change an event's template {sms, emailSubject, emailBody} (administrators)", nullptr,
          nullptr}},
        {"POST /api/v1/counter-outcomes",
         {"Record a guidance (Mẫu 02, kind guide) or a refusal (Mẫu 03, kind refuse) at the "
          "counter: {kind, procedureCode, at?, applicant?, details?}; Idempotency-Key makes "
          "retries safe (receptionists)",
          nullptr, nullptr}},
        {"GET /api/v1/counter-outcomes",
         {"The agency's guidance and refusals at the counter: ?from=&to=&kind=&limit= "
          "(receptionists, leaders, administrators)",
          nullptr, nullptr}},
        {"GET /api/v1/public/dossiers/{code}",
         {"Citizen progress lookup, no personal data, rate-limited", nullptr, nullptr}},
    };
    return table;
}

QJsonObject ref(const char* schema)
{
    return QJsonObject{{"$ref", QStringLiteral("#/components/schemas/") + QLatin1String(schema)}};
}

} // namespace

QJsonObject OpenApiController::document(const Router& router, const std::string& version)
{
    QJsonObject paths;
    for (const auto& route : router.routes()) {
        const auto it = docs().find(route.method + " " + route.pattern);
        const Doc doc = it != docs().end() ? it->second : Doc{"", nullptr, nullptr};
        QJsonObject op{{"summary", QString::fromUtf8(doc.summary)}};
        QJsonArray params;
        for (const auto& seg : route.segments) {
            if (seg.size() > 2 && seg.front() == '{')
                params.append(
                    QJsonObject{{"name", QString::fromStdString(seg.substr(1, seg.size() - 2))},
                                {"in", "path"},
                                {"required", true},
                                {"schema", QJsonObject{{"type", "string"}}}});
        }
        if (!params.isEmpty())
            op.insert("parameters", params);
        if (doc.requestSchema)
            op.insert(
                "requestBody",
                QJsonObject{
                    {"required", true},
                    {"content", QJsonObject{{"application/json",
                                             QJsonObject{{"schema", ref(doc.requestSchema)}}}}}});
        QJsonObject ok{{"description", "success"}};
        if (doc.responseSchema)
            ok.insert("content", QJsonObject{{"application/json",
                                              QJsonObject{{"schema", ref(doc.responseSchema)}}}});
        op.insert(
            "responses",
            QJsonObject{
                {route.method == "POST" && doc.responseSchema ? "201" : "200", ok},
                {"default",
                 QJsonObject{{"description", "RFC 7807 problem with a machine `code`"},
                             {"content", QJsonObject{{"application/problem+json",
                                                      QJsonObject{{"schema", ref("Problem")}}}}}}},
            });
        op.insert("security", route.access.isPublic()
                                  ? QJsonArray{}
                                  : QJsonArray{QJsonObject{{"bearer", QJsonArray{}}}});
        QString method = QString::fromStdString(route.method).toLower();
        QJsonObject item = paths.value(QString::fromStdString(route.pattern)).toObject();
        item.insert(method, op);
        paths.insert(QString::fromStdString(route.pattern), item);
    }
    const QJsonObject schemas{
        {"Agency", codec::schemaOf<Agency>()},
        {"Field", codec::schemaOf<Field>()},
        {"User", codec::schemaOf<User>()},
        {"Procedure", codec::schemaOf<Procedure>()},
        {"Dossier", codec::schemaOf<Dossier>()},
        {"CalendarSettings", codec::schemaOf<CalendarSettings>()},
        {"IntakeRequest", codec::schemaOf<IntakeRequest>()},
        {"ActionCommand", codec::schemaOf<ActionCommand>()},
        {"LoginRequest", codec::schemaOf<LoginRequest>()},
        {"RefreshRequest", codec::schemaOf<RefreshRequest>()},
        {"Problem",
         QJsonObject{{"type", "object"},
                     {"properties", QJsonObject{{"type", QJsonObject{{"type", "string"}}},
                                                {"title", QJsonObject{{"type", "string"}}},
                                                {"status", QJsonObject{{"type", "integer"}}},
                                                {"detail", QJsonObject{{"type", "string"}}},
                                                {"code", QJsonObject{{"type", "string"}}},
                                                {"field", QJsonObject{{"type", "string"}}}}}}},
    };
    return QJsonObject{
        {"openapi", "3.0.3"},
        {"info", QJsonObject{{"title", "MotCua API"},
                             {"version", QString::fromStdString(version)},
                             {"description", "One-stop counter workflow service. Errors are RFC "
                                             "7807 problems with a stable machine code."}}},
        {"paths", paths},
        {"components",
         QJsonObject{
             {"schemas", schemas},
             {"securitySchemes", QJsonObject{{"bearer", QJsonObject{{"type", "http"},
                                                                    {"scheme", "bearer"},
                                                                    {"bearerFormat", "JWT"}}}}}}},
    };
}

void OpenApiController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/openapi.json", Access::anyone(),
               [this](RequestContext& ctx) { ctx.sendJson(m_document); });
    m_document = document(router, m_version);
}

} // namespace motcua::server
