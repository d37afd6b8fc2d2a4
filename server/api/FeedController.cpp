#include "api/FeedController.h"

#include "api/AccessPolicy.h"
#include "api/Body.h"
#include "codec/JsonPrimitives.h"
#include "core/VnTime.h"
#include "storage/DatabaseSequenceAllocator.h"

#include <algorithm>
#include <optional>

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
    router.add("GET", "/api/v1/changes/snapshot", Access::staff(),
               [this](RequestContext& ctx) { snapshot(ctx); });
    router.add("POST", "/api/v1/code-blocks", Access::roles({Role::Receptionist}),
               [this](RequestContext& ctx) { reserve(ctx); });
    router.add("GET", "/api/v1/audit/verify", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { verifyAudit(ctx); });
}

namespace {

// A waiter's place among the long polls, if there is one left.
class WaiterSlot {
public:
    WaiterSlot(std::atomic<int>& count, int max)
        : m_count(count)
        , m_held(++m_count <= max)
    {
        if (!m_held)
            --m_count;
    }
    ~WaiterSlot()
    {
        if (m_held)
            --m_count;
    }
    WaiterSlot(const WaiterSlot&) = delete;
    WaiterSlot& operator=(const WaiterSlot&) = delete;
    bool held() const { return m_held; }

private:
    std::atomic<int>& m_count;
    bool m_held;
};

// `object` (a JSON object's compact text) with `"name":[items...]` added at its end: stored
// documents are sent as stored, without being decoded and encoded again.
std::string withRawArray(const QByteArray& object, const char* name,
                         const std::vector<std::string>& items)
{
    std::size_t size = object.size() + 16;
    for (const std::string& i : items)
        size += i.size() + 1;
    std::string out;
    out.reserve(size);
    out.append(object.constData(), std::size_t(object.size()) - 1); // without its '}'
    out += object.size() > 2 ? ",\"" : "\"";
    out += name;
    out += "\":[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out += ',';
        out += items[i];
    }
    out += "]}";
    return out;
}

} // namespace

void FeedController::changes(RequestContext& ctx)
{
    const auto scope = AccessPolicy::scope(ctx.principal());
    const Poco::Int64 since =
        ctx.queryInt("since", 0, std::numeric_limits<Poco::Int64>::max()).value_or(0);
    const Poco::Int64 limit = ctx.queryInt("limit", 1, 5000).value_or(500);
    const auto waitSeconds = ctx.queryInt("wait", 0, 60).value_or(0);
    const auto include = ctx.query("include");
    if (include && *include != "dossiers")
        throw ApiError::badRequest("bad_query", "include may only be 'dossiers'", "include");
    const std::string agency = scope.agencyId.toStdString();

    std::vector<Poco::Int64> seq, version, at;
    std::vector<std::string> entity, key;
    Poco::Int64 last = since;
    auto& db = m_context.database;
    auto readPage = [&] {
        seq.clear(), version.clear(), at.clear(), entity.clear(), key.clear();
        last = since;
        db.read([&](Poco::Data::Session& s) {
            if (scope.everyAgency) {
                s << db.sql("SELECT seq, entity, entity_key, version, at FROM changes WHERE seq "
                            "> ? ORDER BY seq LIMIT ?"),
                    into(seq), into(entity), into(key), into(version), into(at), bind(since),
                    bind(limit), now;
                return;
            }
            // The caller's agency and what every agency shares, nothing else — not even the
            // codes of another agency's dossiers. The highest sequence committed is read first:
            // changes commit in sequence order (Journal), so once the page below holds fewer rows
            // than asked, every change up to it has been seen and the cursor may jump there, over
            // the other agencies' rows, instead of scanning them again on every poll.
            Poco::Int64 high = 0;
            s << "SELECT COALESCE(MAX(seq), 0) FROM changes", into(high), now;
            // Two index ranges (changes_agency) each cut at the limit, merged: an OR in one WHERE
            // would make SQLite gather and sort every remaining row of the agency for each page.
            const std::string columns = "seq, entity, entity_key, version, at";
            s << db.sql("SELECT " + columns + " FROM (SELECT " + columns +
                        " FROM changes WHERE agency_id = ? AND seq > ? AND seq <= ? ORDER BY seq "
                        "LIMIT ?) own UNION ALL SELECT " +
                        columns + " FROM (SELECT " + columns +
                        " FROM changes WHERE agency_id = '' AND entity IN ('calendar', "
                        "'notificationTemplate', 'agency', 'field') AND seq > ? AND seq <= ? "
                        "ORDER BY seq LIMIT ?) shared ORDER BY seq LIMIT ?"),
                into(seq), into(entity), into(key), into(version), into(at), bind(agency),
                bind(since), bind(high), bind(limit), bind(since), bind(high), bind(limit),
                bind(limit), now;
            if (Poco::Int64(seq.size()) < limit)
                last = std::max(since, high);
        });
    };

    // A long poll: the generation is read before each look at the feed, so a commit between
    // the look and the wait still wakes this request (ChangeSignal).
    auto& signal = m_context.journal.changeSignal();
    const auto deadline = ChangeSignal::Clock::now() + std::chrono::seconds(waitSeconds);
    std::optional<WaiterSlot> slot;
    for (;;) {
        const std::uint64_t generation = signal.generation();
        readPage();
        if (!seq.empty() || waitSeconds == 0)
            break;
        if (!slot)
            slot.emplace(m_waiters, m_maxWaiters);
        if (!slot->held() || !signal.waitBeyond(generation, agency, scope.everyAgency, deadline))
            break;
    }

    QJsonArray list;
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < seq.size(); ++i) {
        list.append(QJsonObject{
            {"seq", qint64(seq[i])},
            {"entity", QString::fromStdString(entity[i])},
            {"key", QString::fromStdString(key[i])},
            {"version", qint64(version[i])},
            {"at", codec::dateTimeToJson(QDateTime::fromMSecsSinceEpoch(at[i], Qt::UTC))}});
        if (entity[i] == "dossier" && std::find(codes.begin(), codes.end(), key[i]) == codes.end())
            codes.push_back(key[i]);
    }
    if (!seq.empty())
        last = std::max(last, seq.back());
    const QJsonObject body{{"changes", list}, {"next", qint64(last)}};
    if (!include) {
        ctx.sendJson(body);
        return;
    }
    std::vector<std::string> documents;
    for (auto& [code, doc] : m_context.dossiers.documents(codes, scope.everyAgency ? "" : agency))
        documents.push_back(std::move(doc));
    ctx.sendBytes(
        withRawArray(QJsonDocument(body).toJson(QJsonDocument::Compact), "dossiers", documents),
        "application/json; charset=utf-8");
}

void FeedController::snapshot(RequestContext& ctx)
{
    const auto scope = AccessPolicy::scope(ctx.principal());
    if (!scope.everyAgency && scope.agencyId.isEmpty()) // no agency: nothing to take
        throw ApiError(HTTPResponse::HTTP_FORBIDDEN, "auth.no_agency",
                       "this account belongs to no agency");
    const auto recentDays = ctx.queryInt("recentDays", 0, 3650).value_or(90);
    const auto limit = ctx.queryInt("limit", 1, 2000).value_or(500);
    DossierRepository::SnapshotCursor after;
    if (const auto cursor = ctx.query("after")) {
        // "<received, ms since the epoch>~<code>", as the previous page's `next` gave it.
        const auto tilde = cursor->find('~');
        long long received = -1;
        if (tilde != std::string::npos) {
            try {
                std::size_t used = 0;
                received = std::stoll(cursor->substr(0, tilde), &used);
                if (used != tilde)
                    received = -1;
            } catch (const std::exception&) {
                received = -1;
            }
        }
        if (received < 0 || tilde + 1 >= cursor->size())
            throw ApiError::badRequest("bad_query", "after must be the 'next' of the previous page",
                                       "after");
        after = {received, cursor->substr(tilde + 1)};
    }
    // The feed position first: whatever commits after it is in the feed from there, so a
    // dossier written while the pages are read is never missed (at worst taken twice).
    Poco::Int64 feedSince = 0;
    m_context.database.read([&](Poco::Data::Session& s) {
        s << "SELECT COALESCE(MAX(seq), 0) FROM changes", into(feedSince), now;
    });
    const QDateTime recentFrom =
        vntime::fromCivil(vntime::civilDate(vntime::now()).addDays(-recentDays), QTime(0, 0));
    auto page = m_context.dossiers.snapshot(scope.everyAgency ? std::string()
                                                              : scope.agencyId.toStdString(),
                                            recentFrom, after, int(limit));
    QJsonObject body{{"since", qint64(feedSince)}};
    if (page.next)
        body.insert("next", QString::fromStdString(std::to_string(page.next->receivedAt) + "~" +
                                                   page.next->code));
    ctx.sendBytes(withRawArray(QJsonDocument(body).toJson(QJsonDocument::Compact), "dossiers",
                               page.documents),
                  "application/json; charset=utf-8");
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
