#include "api/FeedController.h"

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
    router.add("GET", "/api/v1/changes", [this](RequestContext& ctx) { changes(ctx); });
    router.add("POST", "/api/v1/code-blocks", [this](RequestContext& ctx) { reserve(ctx); });
    router.add("GET", "/api/v1/audit/verify", [this](RequestContext& ctx) { verifyAudit(ctx); });
}

void FeedController::changes(RequestContext& ctx)
{
    m_auth.require(ctx);
    const Poco::Int64 since =
        ctx.queryInt("since", 0, std::numeric_limits<Poco::Int64>::max()).value_or(0);
    const Poco::Int64 limit = ctx.queryInt("limit", 1, 5000).value_or(500);
    std::vector<Poco::Int64> seq, version, at;
    std::vector<std::string> entity, key;
    auto& db = m_context.database;
    db.read([&](Poco::Data::Session& s) {
        s << db.sql("SELECT seq, entity, entity_key, version, at FROM changes WHERE seq > ? ORDER "
                    "BY seq LIMIT ?"),
            into(seq), into(entity), into(key), into(version), into(at), bind(since), bind(limit),
            now;
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
    ctx.sendJson(
        QJsonObject{{"changes", list}, {"next", qint64(seq.empty() ? since : seq.back())}});
}

void FeedController::reserve(RequestContext& ctx)
{
    const Principal p = m_auth.require(ctx, {Role::Receptionist});
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
                std::to_string(b->first) + "-" + std::to_string(b->last())});
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
    m_auth.require(ctx, {Role::Administrator});
    const auto v = m_context.journal.verify();
    QJsonObject body{{"intact", v.intact}, {"checked", qint64(v.checked)}};
    if (!v.intact)
        body.insert("firstBrokenSeq", qint64(v.firstBrokenSeq));
    ctx.sendJson(body);
}

} // namespace motcua::server
