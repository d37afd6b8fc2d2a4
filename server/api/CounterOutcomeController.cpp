#include "api/CounterOutcomeController.h"

#include "api/AccessPolicy.h"
#include "api/Body.h"
#include "api/IdempotentWrite.h"
#include "codec/JsonPrimitives.h"
#include "core/VnTime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace motcua::server {

using Poco::Net::HTTPResponse;

namespace {

constexpr qsizetype kMaxDetailsBytes = qsizetype(16) * 1024;

QJsonObject toJson(const CounterOutcomeRepository::Outcome& o)
{
    return QJsonObject{
        {"id", qint64(o.id)},
        {"agencyId", QString::fromStdString(o.agencyId)},
        {"clerk", QString::fromStdString(o.clerk)},
        {"kind", QString::fromStdString(o.kind)},
        {"at", codec::dateTimeToJson(QDateTime::fromMSecsSinceEpoch(o.at, Qt::UTC))},
        {"procedureCode", QString::fromStdString(o.procedureCode)},
        {"applicant", QString::fromStdString(o.applicant)},
        {"details", QJsonDocument::fromJson(QByteArray::fromStdString(o.details)).object()},
        {"recordedAt",
         codec::dateTimeToJson(QDateTime::fromMSecsSinceEpoch(o.recordedAt, Qt::UTC))}};
}

QDate day(RequestContext& ctx, const char* name, const QDate& fallback)
{
    const QDate d = queryDay(ctx, name);
    return d.isValid() ? d : fallback;
}

} // namespace

void CounterOutcomeController::registerRoutes(Router& router)
{
    router.add("POST", "/api/v1/counter-outcomes", Access::roles({Role::Receptionist}),
               [this](RequestContext& ctx) { record(ctx); });
    router.add("GET", "/api/v1/counter-outcomes",
               Access::roles({Role::Receptionist, Role::Leader, Role::Administrator}),
               [this](RequestContext& ctx) { list(ctx); });
}

void CounterOutcomeController::record(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    if (p.user.agencyId.isEmpty())
        throw ApiError(HTTPResponse::HTTP_FORBIDDEN, "auth.no_agency",
                       "outcomes are recorded by the counter of an agency; this account has none");
    const QJsonObject o = jsonObjectBody(ctx);
    static const QStringList kKnown{"kind", "procedureCode", "at", "applicant", "details"};
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!kKnown.contains(it.key()))
            throw ApiError::badRequest("codec.unknown_field", "unknown field",
                                       it.key().toStdString());
    }
    for (const char* required : {"kind", "procedureCode"}) {
        if (!o.contains(QLatin1String(required)))
            throw ApiError::badRequest("codec.missing_field", "required field is missing",
                                       required);
    }
    CounterOutcomeRepository::Outcome out;
    QString kind, procedure, applicant;
    if (auto e = codec::readString(o.value("kind"), QStringLiteral("kind"), kind))
        throw fromDomain(*e);
    if (kind != QLatin1String("guide") && kind != QLatin1String("refuse"))
        throw ApiError::badRequest("counter.bad_kind", "kind must be guide or refuse", "kind");
    if (auto e =
            codec::readString(o.value("procedureCode"), QStringLiteral("procedureCode"), procedure))
        throw fromDomain(*e);
    if (o.contains("applicant")) {
        if (auto e =
                codec::readString(o.value("applicant"), QStringLiteral("applicant"), applicant))
            throw fromDomain(*e);
        if (applicant.size() > 200)
            throw ApiError::badRequest("codec.out_of_range", "at most 200 characters", "applicant");
    }
    QByteArray details = "{}";
    if (o.contains("details")) {
        if (!o.value("details").isObject())
            throw ApiError::badRequest("codec.wrong_type", "expected an object", "details");
        details = QJsonDocument(o.value("details").toObject()).toJson(QJsonDocument::Compact);
        if (details.size() > kMaxDetailsBytes)
            throw ApiError::badRequest("codec.out_of_range", "details are limited to 16 KiB",
                                       "details");
    }
    const QDateTime now = vntime::now();
    QDateTime at = now;
    if (o.contains("at")) {
        if (auto e = codec::readDateTime(o.value("at"), QStringLiteral("at"), at))
            throw fromDomain(*e);
        // An offline counter sends the time it happened: never in the future, nor older than
        // a month (as for an offline intake).
        if (at > now.addSecs(300) || at < now.addDays(-31))
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "counter.bad_at",
                           "at must be within the last 31 days and not in the future", "at");
    }
    const std::string user = p.user.username.toStdString();
    const IdempotentWrite idempotent(ctx, m_context.idempotency, user);
    const auto reply = m_context.database.write([&](Poco::Data::Session& s) {
        if (auto previous = idempotent.previous(s))
            return *previous;
        // Guidance may concern a procedure whichever version is in force (or none yet).
        const auto owner = m_context.catalogue.owner(s, procedure.toStdString());
        if (!owner || !AccessPolicy::maySee(p, *owner))
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "intake.unknown_procedure",
                           "no procedure " + procedure.toStdString(), "procedureCode");
        out.agencyId = p.user.agencyId.toStdString();
        out.clerk = user;
        out.kind = kind.toStdString();
        out.at = at.toMSecsSinceEpoch();
        out.procedureCode = procedure.toStdString();
        out.applicant = applicant.toStdString();
        out.details = details.toStdString();
        out.recordedAt = now.toMSecsSinceEpoch();
        out.id = m_context.counterOutcomes.insert(s, out);
        m_context.journal.record(s,
                                 {user, "counter." + out.kind, "counterOutcome",
                                  std::to_string(out.id), 0, 1, out.procedureCode, out.agencyId});
        IdempotentWrite::Answer answer{toJson(out), HTTPResponse::HTTP_CREATED};
        idempotent.remember(s, answer);
        return answer;
    });
    ctx.sendJson(reply.body, reply.status);
}

void CounterOutcomeController::list(RequestContext& ctx)
{
    const auto scope = AccessPolicy::scope(ctx.principal());
    std::string agency = scope.agencyId.toStdString();
    if (scope.everyAgency) // a province-wide administrator names the agency
        agency = ctx.query("agency").value_or("");
    if (agency.empty())
        throw ApiError::badRequest("bad_query", "name the agency: ?agency=ID", "agency");
    const QDate today = vntime::civilDate(vntime::now());
    const QDate from = day(ctx, "from", today), to = day(ctx, "to", today);
    if (to < from || from.daysTo(to) > 366)
        throw ApiError::badRequest("bad_query", "from..to must be a range of at most a year", "to");
    const std::string kind = ctx.query("kind").value_or("");
    if (!kind.empty() && kind != "guide" && kind != "refuse")
        throw ApiError::badRequest("bad_query", "kind must be guide or refuse", "kind");
    const auto limit = ctx.queryInt("limit", 1, 10000).value_or(1000);
    QJsonArray items;
    for (const auto& o : m_context.counterOutcomes.list(
             agency, vntime::fromCivil(from, QTime(0, 0)).toMSecsSinceEpoch(),
             vntime::fromCivil(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch(), kind, int(limit)))
        items.append(toJson(o));
    ctx.sendJson(items);
}

} // namespace motcua::server
