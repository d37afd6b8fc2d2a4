#include "api/CatalogueController.h"

#include "api/Body.h"
#include "workflow/WorkflowEngine.h"

#include <QJsonArray>

namespace motcua::server {

using Poco::Net::HTTPResponse;

namespace {

template <typename List> QJsonArray array(const List& items)
{
    QJsonArray out;
    for (const auto& item : items)
        out.append(codec::toJson(item));
    return out;
}

} // namespace

void CatalogueController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/agencies", [this](RequestContext& ctx) {
        m_auth.require(ctx);
        ctx.sendJson(array(m_context.catalogue.agencies()));
    });
    router.add("GET", "/api/v1/fields", [this](RequestContext& ctx) {
        m_auth.require(ctx);
        ctx.sendJson(array(m_context.catalogue.fields()));
    });
    router.add("GET", "/api/v1/procedures", [this](RequestContext& ctx) {
        m_auth.require(ctx);
        ctx.sendJson(array(
            m_context.catalogue.procedures(QString::fromStdString(ctx.query("q").value_or("")))));
    });
    router.add("GET", "/api/v1/procedures/{code}", [this](RequestContext& ctx) {
        m_auth.require(ctx);
        const auto p = m_context.catalogue.procedure(ctx.params.at("code"));
        if (!p)
            throw ApiError::notFound("no procedure " + ctx.params.at("code"));
        ctx.sendJson(codec::toJson(*p));
    });
    router.add("PUT", "/api/v1/procedures/{code}",
               [this](RequestContext& ctx) { putProcedure(ctx); });
}

void CatalogueController::putProcedure(RequestContext& ctx)
{
    const Principal p = m_auth.require(ctx, {Role::Administrator});
    Procedure proc = decodeBody<Procedure>(ctx);
    if (proc.nationalCode.toStdString() != ctx.params.at("code"))
        throw ApiError::badRequest("catalogue.code_mismatch",
                                   "the body's nationalCode must match the URL", "nationalCode");
    if (auto v = WorkflowEngine::validate(proc.workflow); !v)
        throw fromDomain(
            Error{v.error().code, v.error().message, QStringLiteral("workflow.") + v.error().path},
            HTTPResponse::HTTP_UNPROCESSABLE_ENTITY);
    const Procedure saved = m_context.database.write([&](Poco::Data::Session& s) {
        const auto before = m_context.catalogue.procedure(s, proc.nationalCode.toStdString());
        proc.version = m_context.catalogue.saveProcedure(s, proc);
        if (!before || before->version != proc.version) {
            m_context.journal.record(s, {p.user.username.toStdString(), "procedure.save",
                                         "procedure", proc.nationalCode.toStdString(),
                                         before ? before->version : 0, proc.version, ""});
        }
        return proc;
    });
    ctx.sendJson(codec::toJson(saved));
}

} // namespace motcua::server
