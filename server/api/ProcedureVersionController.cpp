#include "api/ProcedureVersionController.h"

#include "api/AccessPolicy.h"
#include "api/Body.h"
#include "catalogue/ProcedureVersions.h"
#include "codec/JsonPrimitives.h"
#include "core/VnTime.h"

#include <QJsonArray>

namespace motcua::server {

using Poco::Net::HTTPResponse;

namespace {

const Role kAdmin = Role::Administrator;

int versionNumber(const RequestContext& ctx)
{
    bool ok = false;
    const int n = QString::fromStdString(ctx.params.at("n")).toInt(&ok);
    if (!ok || n < 1)
        throw ApiError::badRequest("bad_path", "the version is a number from 1", "n");
    return n;
}

// A version whose papers name a blank form this server does not hold is refused (422).
void requireForms(ServerContext& context, Poco::Data::Session& s, const Procedure& p)
{
    if (const QList<Error> problems = context.forms.missing(s, p); !problems.isEmpty())
        throw unprocessable(problems);
}

// The body of a route that takes a small object: refuses a key it does not name.
void acceptOnly(const QJsonObject& o, std::initializer_list<const char*> keys)
{
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (std::none_of(keys.begin(), keys.end(),
                         [&](const char* k) { return it.key() == QLatin1String(k); }))
            throw ApiError::badRequest("codec.unknown_field", "unknown field",
                                       it.key().toStdString());
    }
}

// A version's change refused: 404 for a version that does not exist, 409 for a change its state
// forbids (a published version edited as a draft, a draft ended or corrected), else 422 with
// every problem.
[[noreturn]] void refuseChange(const QList<Error>& problems, const std::string& notFound)
{
    const QString first = problems.first().code;
    if (first == QLatin1String("procedure.no_version"))
        throw ApiError::notFound(notFound);
    if (first == QLatin1String("procedure.not_draft") ||
        first == QLatin1String("procedure.is_draft"))
        throw fromDomain(problems.first(), HTTPResponse::HTTP_CONFLICT);
    throw unprocessable(problems);
}

QDate today()
{
    return vntime::civilDate(vntime::now());
}

std::string missing(const std::string& code)
{
    return "no procedure " + code;
}

} // namespace

void ProcedureVersionController::registerRoutes(Router& router)
{
    router.add("POST", "/api/v1/procedures", Access::roles({kAdmin}),
               [this](RequestContext& ctx) { create(ctx); });
    // The administrator's list: every version of the agency's procedures, drafts included.
    router.add("GET", "/api/v1/procedure-versions", Access::roles({kAdmin}),
               [this](RequestContext& ctx) {
                   QJsonArray out;
                   for (const Procedure& p : m_context.catalogue.allVersions()) {
                       if (AccessPolicy::maySee(ctx.principal(), p.agencyId))
                           out.append(codec::toJson(p));
                   }
                   ctx.sendJson(out);
               });
    router.add("GET", "/api/v1/procedures/{code}/versions", Access::staff(),
               [this](RequestContext& ctx) { list(ctx); });
    router.add("GET", "/api/v1/procedures/{code}/versions/{n}", Access::staff(),
               [this](RequestContext& ctx) { get(ctx); });
    router.add("POST", "/api/v1/procedures/{code}/versions", Access::roles({kAdmin}),
               [this](RequestContext& ctx) { addDraft(ctx); });
    router.add("PUT", "/api/v1/procedures/{code}/versions/{n}", Access::roles({kAdmin}),
               [this](RequestContext& ctx) { replaceDraft(ctx); });
    router.add("POST", "/api/v1/procedures/{code}/versions/{n}/publish", Access::roles({kAdmin}),
               [this](RequestContext& ctx) { publish(ctx); });
    // A published version changes only by these two audited actions, each with its reason.
    router.add("PUT", "/api/v1/procedures/{code}/versions/{n}/end", Access::roles({kAdmin}),
               [this](RequestContext& ctx) { end(ctx); });
    router.add("POST", "/api/v1/procedures/{code}/versions/{n}/correct", Access::roles({kAdmin}),
               [this](RequestContext& ctx) { correct(ctx); });
}

QList<Procedure> ProcedureVersionController::readable(RequestContext& ctx)
{
    const std::string code = ctx.params.at("code");
    QList<Procedure> all = m_context.catalogue.versions(code);
    if (all.isEmpty())
        throw ApiError::notFound(missing(code));
    AccessPolicy::requireAgency(ctx.principal(), all.first().agencyId, missing(code));
    // Drafts are work in progress of the agency's administrators; nobody else acts on them.
    if (!ctx.principal().has(kAdmin))
        all.removeIf([](const Procedure& p) { return p.isDraft(); });
    return all;
}

void ProcedureVersionController::list(RequestContext& ctx)
{
    QJsonArray out;
    for (const Procedure& p : readable(ctx))
        out.append(codec::toJson(p));
    ctx.sendJson(out);
}

void ProcedureVersionController::get(RequestContext& ctx)
{
    const int n = versionNumber(ctx);
    for (const Procedure& p : readable(ctx)) {
        if (p.version == n) {
            ctx.sendJson(codec::toJson(p));
            return;
        }
    }
    throw ApiError::notFound(missing(ctx.params.at("code")) + " version " + std::to_string(n));
}

Procedure ProcedureVersionController::body(RequestContext& ctx)
{
    Procedure proc = decodeBody<Procedure>(ctx);
    proc.mirrorFirstCase(); // a client before cases reads the first case at the top level
    if (const QList<Error> problems = ProcedureVersions::draftProblems(proc); !problems.isEmpty())
        throw unprocessable(problems);
    if (ctx.params.count("code") && proc.nationalCode.toStdString() != ctx.params.at("code"))
        throw ApiError::badRequest("catalogue.code_mismatch",
                                   "the body's nationalCode must match the URL", "nationalCode");
    if (proc.agencyId.isEmpty())
        proc.agencyId = ctx.principal().user.agencyId;
    // A province-wide administrator has no agency to lend: a procedure without one would be
    // received nowhere and seen by no counter, so it is refused rather than stored orphaned.
    if (proc.agencyId.isEmpty())
        throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "catalogue.agency_required",
                       "a procedure needs the agency that receives it", "agencyId");
    if (!AccessPolicy::maySee(ctx.principal(), proc.agencyId))
        throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "catalogue.foreign_agency",
                       "a procedure can be saved for your own agency only", "agencyId");
    return proc;
}

void ProcedureVersionController::create(RequestContext& ctx)
{
    Procedure proc = body(ctx);
    const std::string code = proc.nationalCode.toStdString();
    const std::string user = ctx.principal().user.username.toStdString();
    const Procedure saved = m_context.database.write([&](Poco::Data::Session& s) {
        // A code that exists is a conflict even when it is another agency's: codes are national.
        if (m_context.catalogue.owner(s, code))
            throw ApiError(HTTPResponse::HTTP_CONFLICT, "catalogue.procedure_exists",
                           "procedure " + code + " exists: add a version to it", "nationalCode");
        requireForms(m_context, s, proc);
        proc.version = m_context.catalogue.addDraft(s, proc);
        m_context.journal.record(s, {user, "procedure.draft", "procedure", code, 0, proc.version,
                                     "", proc.agencyId.toStdString()});
        return proc;
    });
    ctx.sendJson(codec::toJson(saved), HTTPResponse::HTTP_CREATED);
}

void ProcedureVersionController::addDraft(RequestContext& ctx)
{
    const std::string code = ctx.params.at("code");
    readable(ctx); // 404 for another agency's procedure, before the body is read
    Procedure proc = body(ctx);
    const std::string user = ctx.principal().user.username.toStdString();
    const Procedure saved = m_context.database.write([&](Poco::Data::Session& s) {
        const auto owner = m_context.catalogue.owner(s, code);
        if (!owner)
            throw ApiError::notFound(missing(code));
        AccessPolicy::requireAgency(ctx.principal(), *owner, missing(code));
        if (*owner != proc.agencyId)
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "catalogue.foreign_agency",
                           "a procedure stays with its agency", "agencyId");
        const qsizetype before = m_context.catalogue.versions(s, code).size();
        requireForms(m_context, s, proc);
        proc.version = m_context.catalogue.addDraft(s, proc);
        m_context.journal.record(s, {user, "procedure.draft", "procedure", code, before,
                                     proc.version, "", proc.agencyId.toStdString()});
        return proc;
    });
    ctx.sendJson(codec::toJson(saved), HTTPResponse::HTTP_CREATED);
}

void ProcedureVersionController::replaceDraft(RequestContext& ctx)
{
    const std::string code = ctx.params.at("code");
    const int n = versionNumber(ctx);
    readable(ctx);
    Procedure proc = body(ctx);
    proc.version = n;
    const std::string user = ctx.principal().user.username.toStdString();
    const Procedure saved = m_context.database.write([&](Poco::Data::Session& s) {
        const QList<Procedure> all = m_context.catalogue.versions(s, code);
        const auto it = std::find_if(all.begin(), all.end(),
                                     [n](const Procedure& p) { return p.version == n; });
        if (all.isEmpty() || it == all.end())
            throw ApiError::notFound(missing(code) + " version " + std::to_string(n));
        AccessPolicy::requireAgency(ctx.principal(), all.first().agencyId, missing(code));
        if (!it->isDraft())
            throw ApiError(HTTPResponse::HTTP_CONFLICT, "procedure.not_draft",
                           "version " + std::to_string(n) +
                               " is published: make a new draft to change it");
        if (all.first().agencyId != proc.agencyId)
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "catalogue.foreign_agency",
                           "a procedure stays with its agency", "agencyId");
        requireForms(m_context, s, proc);
        m_context.catalogue.replaceDraft(s, proc);
        m_context.journal.record(s, {user, "procedure.draft_update", "procedure", code, n, n, "",
                                     proc.agencyId.toStdString()});
        return proc;
    });
    Procedure answer = saved;
    answer.effectiveFrom = {};
    answer.effectiveTo = {};
    ctx.sendJson(codec::toJson(answer));
}

void ProcedureVersionController::publish(RequestContext& ctx)
{
    const std::string code = ctx.params.at("code");
    const int n = versionNumber(ctx);
    readable(ctx);
    const QJsonObject o = jsonObjectBody(ctx);
    acceptOnly(o, {"effectiveFrom", "acceptWarnings"});
    // A process whose path takes longer than the statutory time is allowed, once the
    // administrator has seen the warning and said so.
    if (o.contains(QLatin1String("acceptWarnings")) &&
        !o.value(QLatin1String("acceptWarnings")).isBool())
        throw ApiError::badRequest("codec.wrong_type", "acceptWarnings is true or false",
                                   "acceptWarnings");
    const bool acceptWarnings = o.value(QLatin1String("acceptWarnings")).toBool(false);
    QDate from;
    if (o.contains(QLatin1String("effectiveFrom"))) {
        if (auto e = codec::readDate(o.value(QLatin1String("effectiveFrom")),
                                     QStringLiteral("effectiveFrom"), from))
            throw fromDomain(*e);
    }
    const std::string user = ctx.principal().user.username.toStdString();
    const Procedure published = m_context.database.write([&](Poco::Data::Session& s) {
        QList<Procedure> all = m_context.catalogue.versions(s, code);
        if (all.isEmpty())
            throw ApiError::notFound(missing(code));
        AccessPolicy::requireAgency(ctx.principal(), all.first().agencyId, missing(code));
        const QList<Error> problems = ProcedureVersions::publishProblems(all, n, from, today());
        if (!problems.isEmpty())
            refuseChange(problems, missing(code) + " version " + std::to_string(n));
        const auto draft = std::find_if(all.begin(), all.end(),
                                        [n](const Procedure& v) { return v.version == n; });
        if (const QList<Error> warnings = ProcedureVersions::timeWarnings(
                *draft, m_context.calendars.current().deadlines->calendar().settings());
            !warnings.isEmpty() && !acceptWarnings)
            refuseChange(warnings, missing(code) + " version " + std::to_string(n) +
                                       ": confirm with acceptWarnings");
        const std::string agency = all.first().agencyId.toStdString();
        for (const Procedure& ended : ProcedureVersions::endedBy(all, from)) {
            m_context.catalogue.setDays(s, ended);
            m_context.journal.record(
                s, {user, "procedure.end", "procedure", code, ended.version, ended.version,
                    "until " + ended.effectiveTo.toString(Qt::ISODate).toStdString(), agency});
        }
        Procedure p = *draft;
        p.effectiveFrom = from;
        m_context.catalogue.setDays(s, p);
        m_context.journal.record(s, {user, "procedure.publish", "procedure", code, n, n,
                                     "from " + from.toString(Qt::ISODate).toStdString(), agency});
        return p;
    });
    ctx.sendJson(codec::toJson(published));
}

std::string ProcedureVersionController::reason(const QJsonObject& body)
{
    const QString text = body.value(QLatin1String("reason")).toString().simplified();
    if (text.isEmpty())
        throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "procedure.reason_required",
                       "a change to a published version needs its reason", "reason");
    return text.toStdString();
}

QList<Procedure> ProcedureVersionController::versionsToChange(RequestContext& ctx,
                                                              Poco::Data::Session& s)
{
    const std::string code = ctx.params.at("code");
    QList<Procedure> all = m_context.catalogue.versions(s, code);
    if (all.isEmpty())
        throw ApiError::notFound(missing(code));
    AccessPolicy::requireAgency(ctx.principal(), all.first().agencyId, missing(code));
    return all;
}

void ProcedureVersionController::end(RequestContext& ctx)
{
    const std::string code = ctx.params.at("code");
    const int n = versionNumber(ctx);
    readable(ctx); // 404 for another agency's procedure, before the body is read
    const QJsonObject o = jsonObjectBody(ctx);
    acceptOnly(o, {"effectiveTo", "reason"});
    QDate to; // null: no end
    if (!o.value(QLatin1String("effectiveTo")).isNull()) {
        if (auto e = codec::readDate(o.value(QLatin1String("effectiveTo")),
                                     QStringLiteral("effectiveTo"), to))
            throw fromDomain(*e);
    }
    const std::string why = reason(o);
    const std::string user = ctx.principal().user.username.toStdString();
    const Procedure ended = m_context.database.write([&](Poco::Data::Session& s) {
        const QList<Procedure> all = versionsToChange(ctx, s);
        if (const QList<Error> problems = ProcedureVersions::endProblems(all, n, to, today());
            !problems.isEmpty())
            refuseChange(problems, missing(code) + " version " + std::to_string(n));
        Procedure p = *std::find_if(all.begin(), all.end(),
                                    [n](const Procedure& v) { return v.version == n; });
        p.effectiveTo = to;
        m_context.catalogue.setDays(s, p);
        const std::string until =
            to.isValid() ? "until " + to.toString(Qt::ISODate).toStdString() : "no end";
        m_context.journal.record(s, {user, "procedure.end", "procedure", code, n, n,
                                     until + ": " + why, p.agencyId.toStdString()});
        return p;
    });
    ctx.sendJson(codec::toJson(ended));
}

void ProcedureVersionController::correct(RequestContext& ctx)
{
    const std::string code = ctx.params.at("code");
    const int n = versionNumber(ctx);
    readable(ctx); // 404 for another agency's procedure, before the body is read
    const QJsonObject o = jsonObjectBody(ctx);
    acceptOnly(o, {"procedure", "reason"});
    auto decoded = codec::fromJson<Procedure>(o.value(QLatin1String("procedure")),
                                              QStringLiteral("procedure"));
    if (!decoded)
        throw fromDomain(decoded.error());
    Procedure corrected = std::move(decoded).value();
    corrected.mirrorFirstCase();
    const std::string why = reason(o);
    const std::string user = ctx.principal().user.username.toStdString();
    const Procedure saved = m_context.database.write([&](Poco::Data::Session& s) {
        const QList<Procedure> all = versionsToChange(ctx, s);
        if (const QList<Error> problems = ProcedureVersions::correctionProblems(all, n, corrected);
            !problems.isEmpty())
            refuseChange(problems, missing(code) + " version " + std::to_string(n));
        const Procedure& before = *std::find_if(all.begin(), all.end(),
                                                [n](const Procedure& v) { return v.version == n; });
        // The number and the days are the version's: a correction changes what it says only.
        corrected.version = n;
        corrected.effectiveFrom = before.effectiveFrom;
        corrected.effectiveTo = before.effectiveTo;
        requireForms(m_context, s, corrected);
        m_context.catalogue.correctPublished(s, corrected);
        m_context.journal.record(s, {user, "procedure.correct", "procedure", code, n, n, why,
                                     corrected.agencyId.toStdString()});
        return corrected;
    });
    ctx.sendJson(codec::toJson(saved));
}

} // namespace motcua::server
