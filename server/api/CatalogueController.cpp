#include "api/CatalogueController.h"

#include "api/AccessPolicy.h"
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
    // Agencies and fields are the province's shared reference lists; procedures are those of the
    // caller's agency (AccessPolicy).
    router.add("GET", "/api/v1/agencies", Access::staff(), [this](RequestContext& ctx) {
        ctx.sendJson(array(m_context.catalogue.agencies()));
    });
    router.add("GET", "/api/v1/fields", Access::staff(),
               [this](RequestContext& ctx) { ctx.sendJson(array(m_context.catalogue.fields())); });
    router.add("GET", "/api/v1/procedures", Access::staff(), [this](RequestContext& ctx) {
        std::vector<Procedure> visible;
        for (Procedure& p :
             m_context.catalogue.procedures(QString::fromStdString(ctx.query("q").value_or("")))) {
            if (AccessPolicy::maySee(ctx.principal(), p.agencyId))
                visible.push_back(std::move(p));
        }
        ctx.sendJson(array(visible));
    });
    router.add("GET", "/api/v1/procedures/{code}", Access::staff(), [this](RequestContext& ctx) {
        const auto p = m_context.catalogue.procedure(ctx.params.at("code"));
        const std::string missing = "no procedure " + ctx.params.at("code");
        if (!p)
            throw ApiError::notFound(missing);
        AccessPolicy::requireAgency(ctx.principal(), p->agencyId, missing);
        ctx.sendJson(codec::toJson(*p));
    });
    router.add("PUT", "/api/v1/procedures/{code}", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { putProcedure(ctx); });
}

void CatalogueController::putProcedure(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    const std::string missing = "no procedure " + ctx.params.at("code");
    // Another agency's procedure is refused before its body is even read (and again below, in
    // the transaction, against a concurrent change of owner).
    if (const auto existing = m_context.catalogue.procedure(ctx.params.at("code")))
        AccessPolicy::requireAgency(p, existing->agencyId, missing);
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
        // An administrator changes the procedures of their own agency only, and cannot hand
        // one to (or take one from) another agency.
        if (before)
            AccessPolicy::requireAgency(p, before->agencyId, missing);
        if (!AccessPolicy::maySee(p, proc.agencyId))
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "catalogue.foreign_agency",
                           "a procedure can be saved for your own agency only", "agencyId");
        proc.version = m_context.catalogue.saveProcedure(s, proc);
        if (!before || before->version != proc.version) {
            m_context.journal.record(s,
                                     {p.user.username.toStdString(), "procedure.save", "procedure",
                                      proc.nationalCode.toStdString(), before ? before->version : 0,
                                      proc.version, "", proc.agencyId.toStdString()});
        }
        return proc;
    });
    ctx.sendJson(codec::toJson(saved));
}

} // namespace motcua::server
