#include "storage/Journal.h"

#include <algorithm>

#include <Poco/Crypto/DigestEngine.h>
#include <Poco/Timestamp.h>

using namespace Poco::Data::Keywords;

namespace motcua::server {

namespace {
// The agencies whose changes the current transaction of this thread recorded (a transaction runs
// on one thread from begin to commit: Database::write).
thread_local std::vector<std::string> t_touched;
} // namespace

Journal::Journal(Database& db)
    : m_db(db)
{
    m_db.setTransactionObserver([this](bool committed) noexcept {
        std::vector<std::string> touched;
        touched.swap(t_touched);
        if (!committed || touched.empty())
            return;
        try {
            m_signal.publish(touched);
        } catch (...) {
            // Out of memory while waking waiters: they wake at their deadline instead.
        }
    });
}

std::string Journal::chainHash(const std::string& prev, Poco::Int64 at, const Entry& e)
{
    Poco::Crypto::DigestEngine sha("SHA256");
    // Length-prefixed fields, so no two different rows can serialise to the same bytes.
    auto field = [&sha](const std::string& v) {
        const std::string len = std::to_string(v.size()) + ':';
        sha.update(len);
        sha.update(v);
    };
    field(prev);
    field(std::to_string(at));
    field(e.actor);
    field(e.action);
    field(e.entity);
    field(e.key);
    field(std::to_string(e.versionBefore));
    field(std::to_string(e.versionAfter));
    field(e.detail);
    return Poco::DigestEngine::digestToHex(sha.digest());
}

void Journal::record(Poco::Data::Session& s, const Entry& e)
{
    if (m_db.isPostgres())
        s << "SELECT pg_advisory_xact_lock(7270012)", now;
    const Poco::Int64 at = Poco::Timestamp().epochMicroseconds() / 1000;
    s << m_db.sql("INSERT INTO changes (entity, entity_key, version, at, agency_id) VALUES (?, ?, "
                  "?, ?, ?)"),
        bind(e.entity), bind(e.key), bind(e.versionAfter), bind(at), bind(e.agency), now;
    std::string prev;
    s << "SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1", into(prev), now;
    const std::string hash = chainHash(prev, at, e);
    s << m_db.sql("INSERT INTO audit_log (at, actor, action, entity, entity_key, version_before, "
                  "version_after, detail, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        bind(at), bind(e.actor), bind(e.action), bind(e.entity), bind(e.key), bind(e.versionBefore),
        bind(e.versionAfter), bind(e.detail), bind(prev), bind(hash), now;
    if (m_db.isPostgres()) {
        // Sent at commit, not before, and not at all on rollback: PostgreSQL's own guarantee.
        s << "SELECT pg_notify('motcua_changes', $1)", bind(e.agency), now; // kNotifyChannel
    }
    if (std::find(t_touched.begin(), t_touched.end(), e.agency) == t_touched.end())
        t_touched.push_back(e.agency);
}

Journal::Verification Journal::verify()
{
    Verification v;
    std::string prev;
    Poco::Int64 after = 0;
    constexpr int kBatch = 5000;
    for (;;) {
        std::vector<Poco::Int64> seq, at, before, afterV;
        std::vector<std::string> actor, action, entity, key, detail, prevHash, hash;
        m_db.read([&](Poco::Data::Session& s) {
            s << m_db.sql(
                "SELECT seq, at, actor, action, entity, entity_key, version_before, version_after, "
                "detail, prev_hash, hash FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?"),
                into(seq), into(at), into(actor), into(action), into(entity), into(key),
                into(before), into(afterV), into(detail), into(prevHash), into(hash), bind(after),
                bind(kBatch), now;
        });
        for (std::size_t i = 0; i < seq.size(); ++i) {
            const Entry e{actor[i],  action[i], entity[i], key[i],
                          before[i], afterV[i], detail[i], {}};
            ++v.checked;
            if (prevHash[i] != prev || chainHash(prev, at[i], e) != hash[i]) {
                v.intact = false;
                v.firstBrokenSeq = seq[i];
                return v;
            }
            prev = hash[i];
            after = seq[i];
        }
        if (seq.size() < std::size_t(kBatch))
            return v;
    }
}

} // namespace motcua::server
