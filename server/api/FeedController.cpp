#include "api/FeedController.h"

#include "api/AccessPolicy.h"
#include "api/Body.h"
#include "codec/JsonPrimitives.h"
#include "core/VnTime.h"
#include "storage/DatabaseSequenceAllocator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Poco::Data::Keywords;

namespace motcua::server {

using Poco::Net::HTTPResponse;

void FeedController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/changes", Access::staff(),
               [this](RequestContext& ctx) { changes(ctx); });
    router.add("POST", "/api/v1/code-blocks", Access::roles({Role::Receptionist}),
               [this](RequestContext& ctx) { reserve(ctx); });
    router.add("GET", "/api/v1/audit/verify", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { verifyAudit(ctx); });
}

void FeedController::changes(RequestContext& ctx)
{
    const auto scope = AccessPolicy::scope(ctx.principal());
    const Poco::Int64 since =
        ctx.queryInt("since", 0, std::numeric_limits<Poco::Int64>::max()).value_or(0);
    const Poco::Int64 limit = ctx.queryInt("limit", 1, 5000).value_or(500);
    std::vector<Poco::Int64> seq, version, at;
    std::vector<std::string> entity, key;
    Poco::Int64 last = since;
    auto& db = m_context.database;
    db.read([&](Poco::Data::Session& s) {
        if (scope.everyAgency) {
            s << db.sql("SELECT seq, entity, entity_key, version, at FROM changes WHERE seq > ? "
                        "ORDER BY seq LIMIT ?"),
                into(seq), into(entity), into(key), into(version), into(at), bind(since),
                bind(limit), now;
            return;
        }
        // The caller's agency and what every agency shares, nothing else — not even the codes
        // of another agency's dossiers. The highest sequence committed is read first: changes
        // commit in sequence order (Journal), so once the page below holds fewer rows than
        // asked, every change up to it has been seen and the cursor may jump there, over the
        // other agencies' rows, instead of scanning them again on every poll.
        Poco::Int64 high = 0;
        s << "SELECT COALESCE(MAX(seq), 0) FROM changes", into(high), now;
        const std::string agency = scope.agencyId.toStdString();
        // Two index ranges (changes_agency) each cut at the limit, merged: an OR in one WHERE
        // would make SQLite gather and sort every remaining row of the agency for each page.
        const std::string columns = "seq, entity, entity_key, version, at";
        s << db.sql("SELECT " + columns + " FROM (SELECT " + columns +
                    " FROM changes WHERE agency_id = ? AND seq > ? AND seq <= ? ORDER BY seq "
                    "LIMIT ?) own UNION ALL SELECT " +
                    columns + " FROM (SELECT " + columns +
                    " FROM changes WHERE agency_id = '' AND entity IN ('calendar', "
                    "'notificationTemplate', 'agency', 'field') AND seq > ? AND seq <= ? ORDER "
                    "BY seq LIMIT ?) shared ORDER BY seq LIMIT ?"),
            into(seq), into(entity), into(key), into(version), into(at), bind(agency), bind(since),
            bind(high), bind(limit), bind(since), bind(high), bind(limit), bind(limit), now;
        if (Poco::Int64(seq.size()) < limit)
            last = std::max(since, high);
    });
    QJsonArray list;
    for (std::size_t i = 0; i < seq.size(); ++i) {
        list.append(QJsonObject{
            {"seq", qint64(seq[i])},
            {"entity", QString::fromStdString(entity[i])},
            {"key", QString::fromStdString(key[i])},
            {"version", qint64(version[i])},
            {"at", codec::dateTimeToJson(QDateTime::fromMSecsSinceEpoch(at[i], Qt::UTC))}});
    }
    if (!seq.empty())
        last = std::max(last, seq.back());
    ctx.sendJson(QJsonObject{{"changes", list}, {"next", qint64(last)}});
}

void FeedController::reserve(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    if (p.user.agencyId.isEmpty())
        throw ApiError(HTTPResponse::HTTP_FORBIDDEN, "auth.no_agency",
                       "codes are reserved for the counter of an agency; this account has none");
    const QJsonObject o = jsonObjectBody(ctx);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (it.key() != QLatin1String("count"))
            throw ApiError::badRequest("codec.unknown_field", "unknown field",
                                       it.key().toStdString());
    }
    qint64 count = 0;
    if (auto e = codec::readInteger(o.value("count"), QStringLiteral("count"), count,
                                    codec::Bounds{1, 500}))
        throw fromDomain(*e);
    const QDate day = vntime::civilDate(vntime::now());
    const auto block = m_context.database.write([&](Poco::Data::Session& s) {
        DatabaseSequenceAllocator sequences(m_context.database, s);
        auto b = sequences.reserve(p.user.agencyId, day, int(count));
        if (!b)
            throw fromDomain(b.error(), HTTPResponse::HTTP_UNPROCESSABLE_ENTITY);
        m_context.journal.record(
            s, {p.user.username.toStdString(), "codes.reserve", "codeBlock",
                (p.user.agencyId + u'/' + day.toString(Qt::ISODate)).toStdString(), 0, b->last(),
                std::to_string(b->first) + "-" + std::to_string(b->last()),
                p.user.agencyId.toStdString()});
        return *b;
    });
    ctx.sendJson(QJsonObject{{"agencyId", block.agencyId},
                             {"day", block.day.toString(Qt::ISODate)},
                             {"first", block.first},
                             {"count", block.count},
                             {"firstCode", block.code(block.first)->toString()},
                             {"lastCode", block.code(block.last())->toString()}},
                 HTTPResponse::HTTP_CREATED);
}

void FeedController::verifyAudit(RequestContext& ctx)
{
    const auto v = m_context.journal.verify();
    QJsonObject body{{"intact", v.intact}, {"checked", qint64(v.checked)}};
    if (!v.intact)
        body.insert("firstBrokenSeq", qint64(v.firstBrokenSeq));
    ctx.sendJson(body);
}

} // namespace motcua::server
