#include "api/DossierController.h"

#include "api/AccessPolicy.h"
#include "api/Body.h"
#include "api/IdempotentWrite.h"
#include "catalogue/ProcedureVersions.h"
#include "code/DossierCode.h"
#include "core/VnTime.h"
#include "domain/MoveProcessRequest.h"
#include "notify/NotificationEvent.h"
#include "storage/DatabaseSequenceAllocator.h"
#include "workflow/IntakeBuilder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::server {

using Poco::Net::HTTPResponse;

namespace {

QString jsonText(const QJsonValue& v)
{
    return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

HTTPResponse::HTTPStatus statusFor(const Error& e)
{
    if (e.code == QLatin1String("workflow.version_conflict"))
        return HTTPResponse::HTTP_CONFLICT;
    if (e.code == QLatin1String("workflow.role_not_permitted") ||
        e.code == QLatin1String("workflow.wrong_unit") ||
        e.code == QLatin1String("workflow.not_assignee") ||
        e.code == QLatin1String("workflow.second_supplement_needs_leader"))
        return HTTPResponse::HTTP_FORBIDDEN;
    return HTTPResponse::HTTP_UNPROCESSABLE_ENTITY;
}

// A named officer must be an active user of the dossier's agency.
void requireOfficer(UserRepository& users, Poco::Data::Session& s, const QString& username,
                    const Dossier& d)
{
    if (username.isEmpty())
        return;
    const auto target = users.find(s, username.toStdString());
    if (!target || !target->user.active || target->user.agencyId != d.agencyId)
        throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "workflow.unknown_user",
                       "no active officer " + username.toStdString() + " in this agency", "toUser");
}

// The engine's refusal on the wire; a version conflict carries the dossier as it is now.
[[noreturn]] void refuseAction(const Error& error, const Dossier& before)
{
    ApiError e = fromDomain(error, statusFor(error));
    if (e.status() == HTTPResponse::HTTP_CONFLICT)
        e.extraJson = jsonText(QJsonObject{{"current", codec::toJson(before)}}).toStdString();
    throw e;
}

// Stores the dossier as the action left it, unless another writer got there first.
void store(DossierRepository& dossiers, Poco::Data::Session& s, const Dossier& after,
           const Dossier& before)
{
    if (!dossiers.update(s, after, before.version))
        throw ApiError(HTTPResponse::HTTP_CONFLICT, "workflow.version_conflict",
                       "the dossier changed meanwhile");
}

const Procedure* publishedVersion(const QList<Procedure>& versions, int number)
{
    for (const Procedure& v : versions) {
        if (v.version == number && !v.isDraft())
            return &v;
    }
    return nullptr;
}

} // namespace

void DossierController::registerRoutes(Router& router)
{
    router.add("POST", "/api/v1/dossiers", Access::roles({Role::Receptionist}),
               [this](RequestContext& ctx) { intake(ctx); });
    router.add("GET", "/api/v1/dossiers", Access::staff(),
               [this](RequestContext& ctx) { search(ctx); });
    router.add("GET", "/api/v1/dossiers/{code}", Access::staff(),
               [this](RequestContext& ctx) { get(ctx); });
    // Who may take which action is the workflow engine's decision (role, unit, assignee).
    router.add("POST", "/api/v1/dossiers/{code}/actions", Access::staff(),
               [this](RequestContext& ctx) { act(ctx); });
    router.add("POST", "/api/v1/dossiers/{code}/process", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { moveProcess(ctx); });
}

void DossierController::intake(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    const IntakeRequest req = decodeBody<IntakeRequest>(ctx);
    const std::string user = p.user.username.toStdString();
    const IdempotentWrite idempotent(ctx, m_context.idempotency, user);
    const auto calendar = m_context.calendars.current();

    const QDateTime now = vntime::now();
    QDateTime receivedAt = now;
    if (req.receivedAt.isValid()) {
        // An offline counter sends the time printed on its receipt: never in the future, and not
        // from a queue older than a month.
        if (req.receivedAt > now.addSecs(300) || req.receivedAt < now.addDays(-31))
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "intake.bad_received_at",
                           "receivedAt must be within the last 31 days and not in the future",
                           "receivedAt");
        receivedAt = vntime::toVietnam(req.receivedAt);
    }

    // The answer is sent only after the transaction committed: a 201 always means stored.
    const auto reply = m_context.database.write([&](Poco::Data::Session& s) {
        if (auto previous = idempotent.previous(s))
            return *previous;
        // A counter receives the procedures of its own agency; another agency's procedure is as
        // unknown here as one that does not exist. The dossier takes the version in force on the
        // day it was received (an offline counter's receipt may be of yesterday).
        const auto procedure = m_context.catalogue.procedure(s, req.procedureCode.toStdString(),
                                                             vntime::civilDate(receivedAt));
        if (!procedure || !AccessPolicy::maySee(p, procedure->agencyId) ||
            p.user.agencyId.isEmpty())
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "intake.unknown_procedure",
                           "no procedure " + req.procedureCode.toStdString() +
                               " in force on the day received",
                           "procedureCode");
        const QList<Error> problems =
            IntakeBuilder::validate(req, *procedure, vntime::civilDate(now));
        if (!problems.isEmpty())
            throw unprocessable(problems);

        const QString agency = p.user.agencyId;
        const QDate day = vntime::civilDate(receivedAt);
        DatabaseSequenceAllocator sequences(m_context.database, s);
        QString code;
        if (!req.code.isEmpty()) {
            // A code from a block reserved in advance: it must be that block's agency and day and
            // a number the server has handed out (the primary key refuses a second use).
            const auto parsed = DossierCode::parse(req.code);
            if (!parsed)
                throw fromDomain(
                    Error{parsed.error().code, parsed.error().message, QStringLiteral("code")},
                    HTTPResponse::HTTP_UNPROCESSABLE_ENTITY);
            if (parsed->agencyId() != agency || parsed->date() != day)
                throw ApiError(
                    HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "intake.code_mismatch",
                    "the code's agency and date must be the receiving agency and the day received",
                    "code");
            if (m_context.dossiers.findForUpdate(s, req.code.toStdString()))
                throw ApiError(HTTPResponse::HTTP_CONFLICT, "intake.code_used",
                               "a dossier with this code exists", "code");
            if (parsed->sequence() > sequences.lastIssued(agency, day))
                throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "intake.code_not_reserved",
                               "this number was never reserved for a counter", "code");
            code = req.code;
        } else {
            auto next = sequences.nextCode(agency, day);
            if (!next)
                throw fromDomain(next.error(), HTTPResponse::HTTP_SERVICE_UNAVAILABLE);
            code = next->toString();
        }

        const Dossier registered = IntakeBuilder::build(req, *procedure, agency, code);
        ActionRequest accept;
        accept.action = WorkflowAction::Accept;
        accept.at = receivedAt;
        auto accepted = calendar.engine->apply(registered, p.actor(), accept);
        if (!accepted)
            throw fromDomain(accepted.error(), statusFor(accepted.error()));
        Dossier d = std::move(accepted).value();
        d.version = 1;
        m_context.dossiers.insert(s, d, procedure->fieldCode);
        m_context.journal.record(s, {user, "dossier.accept", "dossier", code.toStdString(), 0,
                                     d.version, req.procedureCode.toStdString(),
                                     d.agencyId.toStdString()});
        // Queued in this transaction: the citizen hears of the dossier if and only if it is stored.
        m_context.notifications.enqueue(s, d, NotificationEvent::Accepted);
        IdempotentWrite::Answer answer{codec::toJson(d).toObject(), HTTPResponse::HTTP_CREATED};
        idempotent.remember(s, answer);
        return answer;
    });
    ctx.sendJson(reply.body, reply.status);
}

void DossierController::get(RequestContext& ctx)
{
    const auto d = m_context.dossiers.find(ctx.params.at("code"));
    if (!d)
        throw ApiError::notFound("no dossier " + ctx.params.at("code"));
    AccessPolicy::requireDossier(ctx.principal(), *d);
    ctx.sendJson(codec::toJson(*d));
}

void DossierController::search(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    DossierRepository::Query q;
    q.text = QString::fromStdString(ctx.query("q").value_or(""));
    if (const auto status = ctx.query("status")) {
        q.status = parseEnum<DossierStatus>(QString::fromStdString(*status));
        if (!q.status)
            throw ApiError::badRequest("bad_query", "unknown status '" + *status + "'", "status");
    }
    q.fieldCode = QString::fromStdString(ctx.query("field").value_or(""));
    q.assignee = QString::fromStdString(ctx.query("assignee").value_or(""));
    const auto page = ctx.queryInt("page", 1, 100000).value_or(1);
    const auto size = ctx.queryInt("pageSize", 1, 200).value_or(50);
    q.limit = int(size);
    q.offset = int((page - 1) * size);
    const auto scope = AccessPolicy::scope(p);
    if (!scope.everyAgency)
        q.agencyId = scope.agencyId;
    if (const QDate from = queryDay(ctx, "from"); from.isValid())
        q.from = vntime::fromCivil(from, QTime(0, 0));
    if (const QDate to = queryDay(ctx, "to"); to.isValid())
        q.to = vntime::fromCivil(to.addDays(1), QTime(0, 0));
    // An account without an agency sees no agency's dossiers (an empty filter would mean all).
    const auto result = !scope.everyAgency && scope.agencyId.isEmpty()
                            ? DossierRepository::Page{}
                            : m_context.dossiers.search(q);
    QJsonArray items;
    for (const Dossier& d : result.items)
        items.append(codec::toJson(d));
    ctx.sendJson(QJsonObject{{"items", items},
                             {"total", qint64(result.total)},
                             {"totalIsExact", result.totalIsExact},
                             {"page", qint64(page)},
                             {"pageSize", qint64(size)}});
}

void DossierController::act(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    const std::string code = ctx.params.at("code");
    // Another agency's dossier is 404 before the body is read, as for an unknown code; checked
    // again in the transaction below.
    const auto seen = m_context.dossiers.find(code);
    if (!seen)
        throw ApiError::notFound("no dossier " + code);
    AccessPolicy::requireDossier(p, *seen);
    const ActionCommand cmd = decodeBody<ActionCommand>(ctx);
    const auto calendar = m_context.calendars.current();
    const QJsonValue body = m_context.database.write([&](Poco::Data::Session& s) {
        const auto before = m_context.dossiers.findForUpdate(s, code);
        if (!before)
            throw ApiError::notFound("no dossier " + code);
        AccessPolicy::requireDossier(p, *before);
        requireOfficer(m_context.users, s, cmd.toUser, *before);
        auto after =
            calendar.engine->apply(*before, p.actor(), toActionRequest(cmd, vntime::now()));
        if (!after)
            refuseAction(after.error(), *before);
        store(m_context.dossiers, s, *after, *before);
        m_context.journal.record(
            s, {p.user.username.toStdString(), "dossier." + name(cmd.action).toStdString(),
                "dossier", code, before->version, after->version,
                cmd.comment.left(500).toStdString(), after->agencyId.toStdString()});
        // Only rows here: delivery happens later in the dispatcher, so a dead gateway can never
        // fail or slow down the action.
        if (const auto event = eventFor(cmd.action, *before, *after))
            m_context.notifications.enqueue(s, *after, *event);
        return codec::toJson(*after);
    });
    ctx.sendJson(body);
}

void DossierController::moveProcess(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    const std::string code = ctx.params.at("code");
    const auto seen = m_context.dossiers.find(code);
    if (!seen)
        throw ApiError::notFound("no dossier " + code);
    AccessPolicy::requireDossier(p, *seen);
    const MoveProcessRequest req = decodeBody<MoveProcessRequest>(ctx);
    const auto calendar = m_context.calendars.current();
    const QJsonValue body = m_context.database.write([&](Poco::Data::Session& s) {
        const auto before = m_context.dossiers.findForUpdate(s, code);
        if (!before)
            throw ApiError::notFound("no dossier " + code);
        AccessPolicy::requireDossier(p, *before);
        requireOfficer(m_context.users, s, req.toUser, *before);
        // The process of the dossier's case in the version named, else in today's.
        const QList<Procedure> versions =
            m_context.catalogue.versions(s, before->procedureCode.toStdString());
        const Procedure* source =
            req.procedureVersion > 0
                ? publishedVersion(versions, req.procedureVersion)
                : ProcedureVersions::inForce(versions, vntime::civilDate(vntime::now()));
        if (!source)
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "procedure.no_version",
                           "no published version " + std::to_string(req.procedureVersion) + " of " +
                               before->procedureCode.toStdString(),
                           "procedureVersion");
        const QList<ProcedureCase> cases = source->caseList();
        const auto match = std::find_if(cases.begin(), cases.end(), [&](const ProcedureCase& c) {
            return source->cases.isEmpty() || c.id == before->caseId;
        });
        if (match == cases.end())
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "procedure.case_missing",
                           "version " + std::to_string(source->version) + " has no case " +
                               std::to_string(before->caseId),
                           "procedureVersion");
        ActionRequest r;
        r.at = vntime::now();
        r.comment = req.reason;
        r.toStep = req.toStep;
        r.toUser = req.toUser;
        r.expectedVersion = req.version;
        auto after = calendar.engine->moveToProcess(*before, p.actor(), match->workflow, r);
        if (!after)
            refuseAction(after.error(), *before);
        store(m_context.dossiers, s, *after, *before);
        m_context.journal.record(s, {p.user.username.toStdString(), "dossier.moveProcess",
                                     "dossier", code, before->version, after->version,
                                     QStringLiteral("version %1, step %2: %3")
                                         .arg(source->version)
                                         .arg(req.toStep, req.reason.left(400))
                                         .toStdString(),
                                     after->agencyId.toStdString()});
        return codec::toJson(*after);
    });
    ctx.sendJson(body);
}

} // namespace motcua::server
