#include "api/OpenApiController.h"

#include "api/OpenApiRoutes.h"
#include "api/OpenApiSchemas.h"
#include "http/ApiVersion.h"

#include <algorithm>
#include <set>

#include <QJsonArray>

namespace motcua::server {
namespace {

using namespace openapi;

// The problem answers, one per status, each with what gives it.
struct ProblemDoc {
    int status;
    const char* name;
    const char* description;
};
constexpr ProblemDoc kProblems[] = {
    {400, "BadRequest",
     "Malformed: invalid JSON, a wrong type, an unknown or missing field (codec.*), a bad query "
     "parameter (bad_query) or URI (bad_uri)"},
    {401, "Unauthorized",
     "No valid access token (auth.required, auth.token_expired, auth.token_invalid, "
     "auth.account_disabled), or wrong credentials or refresh token"},
    {403, "Forbidden",
     "The caller's role may not do this (auth.forbidden, workflow.* permissions, auth.no_agency)"},
    {404, "NotFound", "No such object, or one of another agency (answered exactly alike)"},
    {409, "Conflict",
     "Conflicts with the current state (workflow.version_conflict with `current`, "
     "intake.code_used, users.exists)"},
    {413, "PayloadTooLarge", "The body is over the server's limit (body_too_large)"},
    {415, "UnsupportedMediaType",
     "The file is not a PDF, PNG, JPEG or TIFF by its content (attachment.unsupported_type)"},
    {422, "UnprocessableEntity", "Well-formed but refused by the rules"},
    {429, "TooManyRequests", "Too many attempts; Retry-After says when to try again"},
    {500, "InternalError", "The server failed; it has been logged (internal)"},
    {503, "ServiceUnavailable", "No dossier number could be allocated now; retry later"},
};

QJsonObject versionHeader()
{
    return {{"MotCua-Api-Version", QJsonObject{{"$ref", "#/components/headers/ApiVersion"}}}};
}

QJsonObject responses()
{
    QJsonObject out;
    for (const ProblemDoc& p : kProblems) {
        QJsonObject headers = versionHeader();
        if (p.status == 429)
            headers.insert("Retry-After",
                           QJsonObject{{"required", true},
                                       {"description", "seconds"},
                                       {"schema", QJsonObject{{"type", "integer"}}}});
        out.insert(
            QLatin1String(p.name),
            QJsonObject{{"description", QLatin1String(p.description)},
                        {"headers", headers},
                        {"content", QJsonObject{{"application/problem+json",
                                                 QJsonObject{{"schema", ref("Problem")}}}}}});
    }
    return out;
}

const char* problemName(int status)
{
    for (const ProblemDoc& p : kProblems) {
        if (p.status == status)
            return p.name;
    }
    throw std::logic_error("OpenAPI: no problem answer for status " + std::to_string(status));
}

QJsonObject operation(const Router::Route& route)
{
    // A route without an entry gets an empty summary, which tst_api's openApiDocumentsEveryRoute
    // refuses; the server still starts, so the gap shows as one failing test, not all of them.
    static const OperationDoc undocumented{"", {}, {}, 200, {}, {}};
    const auto it = operationDocs().find(route.method + " " + route.pattern);
    const OperationDoc& doc = it != operationDocs().end() ? it->second : undocumented;
    QJsonObject op{{"summary", QString::fromUtf8(doc.summary)},
                   {"operationId", QString::fromStdString(route.method + " " + route.pattern)}};

    QJsonArray params;
    for (const auto& seg : route.segments) {
        if (seg.size() <= 2 || seg.front() != '{')
            continue;
        const std::string name = seg.substr(1, seg.size() - 2);
        QJsonObject p{{"name", QString::fromStdString(name)},
                      {"in", "path"},
                      {"required", true},
                      {"schema", string()}};
        for (const ParameterDoc& d : doc.parameters) {
            if (d.in == std::string_view("path") && name == d.name) {
                p.insert("schema", d.schema);
                p.insert("description", QString::fromUtf8(d.description));
            }
        }
        params.append(p);
    }
    for (const ParameterDoc& d : doc.parameters) {
        if (d.in == std::string_view("path"))
            continue;
        QJsonObject p{{"name", QLatin1String(d.name)},
                      {"in", QLatin1String(d.in)},
                      {"required", d.required},
                      {"schema", d.schema}};
        if (*d.description)
            p.insert("description", QString::fromUtf8(d.description));
        params.append(p);
    }
    if (!params.isEmpty())
        op.insert("parameters", params);

    if (!doc.requestContent.isEmpty())
        op.insert("requestBody", QJsonObject{{"required", true}, {"content", doc.requestContent}});

    std::set<int> problems{400, 500};
    problems.insert(doc.problems.begin(), doc.problems.end());
    if (!route.access.isPublic())
        problems.insert(401);
    if (route.access.kind() == Access::Kind::Roles)
        problems.insert(403);
    if (std::any_of(route.segments.begin(), route.segments.end(),
                    [](const std::string& s) { return !s.empty() && s.front() == '{'; }))
        problems.insert(404);
    if (!doc.requestContent.isEmpty())
        problems.insert(413);
    QJsonObject success{{"description", "success"}, {"headers", versionHeader()}};
    if (!doc.answerContent.isEmpty())
        success.insert("content", doc.answerContent);
    QJsonObject answers{{QString::number(doc.status), success}};
    for (int status : problems)
        answers.insert(QString::number(status),
                       QJsonObject{{"$ref", QStringLiteral("#/components/responses/") +
                                                QLatin1String(problemName(status))}});
    op.insert("responses", answers);
    op.insert("security", route.access.isPublic()
                              ? QJsonArray{}
                              : QJsonArray{QJsonObject{{"bearer", QJsonArray{}}}});
    return op;
}

} // namespace

QJsonObject OpenApiController::document(const Router& router, const std::string& version)
{
    QJsonObject paths;
    for (const auto& route : router.routes()) {
        const QString pattern = QString::fromStdString(route.pattern);
        QJsonObject item = paths.value(pattern).toObject();
        item.insert(QString::fromStdString(route.method).toLower(), operation(route));
        paths.insert(pattern, item);
    }
    const QJsonObject headers{
        {"ApiVersion",
         QJsonObject{{"required", true},
                     {"description", "MAJOR.MINOR of the API that answered"},
                     {"schema", QJsonObject{{"type", "string"},
                                            {"pattern", "^[0-9]+\\.[0-9]+$"},
                                            {"example", QLatin1String(kApiVersion)}}}}}};
    return QJsonObject{
        {"openapi", "3.0.3"},
        {"info",
         QJsonObject{{"title", "MotCua API"},
                     {"version", QString::fromStdString(version)},
                     {"description",
                      QStringLiteral("One-stop counter workflow service, API %1. Errors are RFC "
                                     "7807 problems with a stable machine code. Answers may "
                                     "gain fields within a major version: clients ignore the "
                                     "ones they do not know.")
                          .arg(QLatin1String(kApiVersion))}}},
        {"paths", paths},
        {"components",
         QJsonObject{
             {"schemas", schemas()},
             {"responses", responses()},
             {"headers", headers},
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
