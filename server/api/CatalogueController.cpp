#include "api/CatalogueController.h"

#include "api/AccessPolicy.h"
#include "api/Body.h"
#include "catalogue/ProcedureVersions.h"
#include "core/VnTime.h"

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
    // Procedures are those of the caller's agency (AccessPolicy), each in the version in force on
    // the day asked (`on`, default today); with `from`, every version in force on that day or a
    // later one (a workstation's copy of the catalogue).
    router.add("GET", "/api/v1/procedures", Access::staff(), [this](RequestContext& ctx) {
        std::vector<Procedure> visible;
        const QDate from = queryDay(ctx, "from");
        if (from.isValid() && (ctx.query("on") || ctx.query("q")))
            throw ApiError::badRequest("bad_query", "from is not combined with on or q", "from");
        for (Procedure& p :
             from.isValid() ? m_context.catalogue.proceduresFrom(from)
                            : m_context.catalogue.procedures(
                                  day(ctx), QString::fromStdString(ctx.query("q").value_or("")))) {
            if (AccessPolicy::maySee(ctx.principal(), p.agencyId))
                visible.push_back(std::move(p));
        }
        ctx.sendJson(array(visible));
    });
    router.add("GET", "/api/v1/procedures/{code}", Access::staff(), [this](RequestContext& ctx) {
        const std::string code = ctx.params.at("code");
        const std::string missing = "no procedure " + code;
        const auto owner = m_context.database.read(
            [&](Poco::Data::Session& s) { return m_context.catalogue.owner(s, code); });
        if (!owner)
            throw ApiError::notFound(missing);
        AccessPolicy::requireAgency(ctx.principal(), *owner, missing);
        const QDate on = day(ctx);
        const auto p = m_context.catalogue.procedure(code, on);
        if (!p)
            throw ApiError(HTTPResponse::HTTP_NOT_FOUND, "catalogue.not_in_force",
                           "no version of " + code + " is in force on " +
                               on.toString(Qt::ISODate).toStdString());
        ctx.sendJson(codec::toJson(*p));
    });
    router.add("PUT", "/api/v1/procedures/{code}", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { putProcedure(ctx); });
}

QDate CatalogueController::day(const RequestContext& ctx)
{
    const QDate on = queryDay(ctx, "on");
    return on.isValid() ? on : vntime::civilDate(vntime::now());
}

// The one-step save of API 1.0–1.2: the body becomes a new version in force from today when it
// differs from today's (the versions routes make drafts and publish them for a chosen day).
void CatalogueController::putProcedure(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    const std::string code = ctx.params.at("code");
    const std::string missing = "no procedure " + code;
    // Another agency's procedure is refused before its body is even read (and again below, in
    // the transaction, against a concurrent change of owner).
    if (const auto owner = m_context.database.read(
            [&](Poco::Data::Session& s) { return m_context.catalogue.owner(s, code); }))
        AccessPolicy::requireAgency(p, *owner, missing);
    Procedure proc = decodeBody<Procedure>(ctx);
    if (proc.nationalCode.toStdString() != code)
        throw ApiError::badRequest("catalogue.code_mismatch",
                                   "the body's nationalCode must match the URL", "nationalCode");
    if (const QList<Error> problems = ProcedureVersions::draftProblems(proc); !problems.isEmpty())
        throw unprocessable(problems);
    if (proc.agencyId.isEmpty()) // see ProcedureVersionController::body
        throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "catalogue.agency_required",
                       "a procedure needs the agency that receives it", "agencyId");
    const QDate today = vntime::civilDate(vntime::now());
    const Procedure saved = m_context.database.write([&](Poco::Data::Session& s) {
        const auto owner = m_context.catalogue.owner(s, code);
        // An administrator changes the procedures of their own agency only, and cannot hand
        // one to (or take one from) another agency.
        if (owner)
            AccessPolicy::requireAgency(p, *owner, missing);
        if (!AccessPolicy::maySee(p, proc.agencyId) || (owner && *owner != proc.agencyId))
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "catalogue.foreign_agency",
                           "a procedure can be saved for your own agency only", "agencyId");
        const auto before = m_context.catalogue.procedure(s, code, today);
        if (const QList<Error> refused = m_context.catalogue.saveInForce(s, proc, today);
            !refused.isEmpty())
            throw unprocessable(refused);
        if (!before || before->version != proc.version) {
            m_context.journal.record(s, {p.user.username.toStdString(), "procedure.save",
                                         "procedure", code, before ? before->version : 0,
                                         proc.version, "", proc.agencyId.toStdString()});
        }
        return proc;
    });
    ctx.sendJson(codec::toJson(saved));
}

} // namespace motcua::server
