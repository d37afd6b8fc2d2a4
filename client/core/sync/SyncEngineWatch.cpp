// SyncEngine: waiting on the server's change feed between cycles (a long poll), so that a change
// made at another workstation shows here within a second or two instead of at the next poll;
// and dossiers fetched on demand (those the first sync left on the server).

#include "core/api/ServerJson.h"
#include "core/sync/SyncEngine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua::client {

void SyncEngine::watchFeed()
{
    if (m_watching || m_options.watchSeconds <= 0 || m_feedSeen < 0 || stopping() || !m_user ||
        !m_api->hasSession())
        return;
    ApiClient::Request r;
    r.path = QStringLiteral("/changes");
    r.query.addQueryItem(QStringLiteral("since"), QString::number(m_feedSeen));
    // The answer is a page of the feed like pull()'s, dossiers included: taken as it comes, so
    // that a change costs the server one request per workstation, not a wait and then a pull.
    r.query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.changesPageSize));
    r.query.addQueryItem(QStringLiteral("include"), QStringLiteral("dossiers"));
    r.query.addQueryItem(QStringLiteral("wait"), QString::number(m_options.watchSeconds));
    r.timeoutMs = (m_options.watchSeconds + 15) * 1000;
    m_watching = true;
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    const qint64 since = m_feedSeen;
    m_api->send(r, [this, started, since](const ApiResult& answer) {
        onWatchAnswer(answer, started, since);
    });
}

void SyncEngine::onWatchAnswer(const ApiResult& r, qint64 startedMs, qint64 since)
{
    m_watching = false;
    if (stopping())
        return;
    const QJsonObject page = r.body.toObject();
    const qsizetype count = page.value(QStringLiteral("changes")).toArray().size();
    const bool changed = r.ok() && count > 0;
    // A server that holds the wait (API 1.2) answers an empty page only at its end; an older
    // one answers at once, and waiting again would only hammer it: the timer polls instead.
    const qint64 held = QDateTime::currentMSecsSinceEpoch() - startedMs;
    const bool wasHealthy = m_watchHealthy;
    m_watchHealthy = changed || (r.ok() && held >= m_options.watchSeconds * 1000 / 2);
    if (changed && takeWatchedPage(page, since, count))
        return;
    if (changed) {
        m_syncDue = true;
        pump(); // a whole cycle: at once, or right after the cycle running now
        return;
    }
    if (m_watchHealthy) {
        watchFeed();
        return;
    }
    if (wasHealthy)
        qCInfo(lcSync) << "the feed's long poll is unavailable; polling every"
                       << m_options.syncIntervalMs << "ms";
    // Back to the ordinary period (a refused or failed wait: the next cycle finds out why).
    if (m_timer && m_timer->isActive() && m_timer->remainingTime() > m_options.syncIntervalMs)
        m_timer->start(m_options.syncIntervalMs);
}

// The page a wait answered with, stored as pull() would store it — when it is the whole news: it
// follows the stored cursor exactly (no cycle moved it meanwhile) and is not a full page (more
// would follow), and nothing of ours waits to be pushed. Otherwise a whole cycle takes over.
bool SyncEngine::takeWatchedPage(const QJsonObject& page, qint64 since, qsizetype count)
{
    if (since != m_store->syncCursor() || count >= m_options.changesPageSize || m_busy ||
        !page.contains(QStringLiteral("dossiers")) || m_store->pendingCount() > 0)
        return false;
    QStringList aside = keptAsideDossiers();
    const QStringList asideBefore = aside;
    bool changed = false;
    // As a cycle would be: commands arriving meanwhile wait for pump(), below.
    m_busy = true;
    const bool taken = takePage(page, since, aside, changed);
    m_busy = false;
    if (!taken)
        return false;
    m_feedSeen = page.value(QStringLiteral("next")).toInteger(since);
    if (changed)
        emit dossiersChanged();
    if (aside != asideBefore)
        keepAside(QStringLiteral("dossier"), aside);
    watchFeed();
    pump();
    return true;
}

void SyncEngine::fetchDossier(const QString& code)
{
    enqueue([this, code] { doFetchDossier(code); });
}

void SyncEngine::doFetchDossier(const QString& code)
{
    if (m_store->dossierVersion(code)) {
        emit dossierFetched(code, true);
        return;
    }
    if (!m_api->hasSession() || m_reach == Reach::Offline) {
        emit dossierFetched(code, false);
        return;
    }
    const ApiResult r = m_api->get(QStringLiteral("/dossiers/") + code);
    noteReach(r);
    std::optional<Dossier> d;
    if (r.ok()) {
        auto decoded = fromServer<Dossier>(r.body);
        if (decoded)
            d = std::move(decoded).value();
        else
            qCWarning(lcSync) << "dossier" << code
                              << "not understood:" << decoded.error().describe();
    }
    const bool stored = d && saveFromServer({*d}, std::nullopt);
    if (stored)
        emit dossiersChanged();
    emit dossierFetched(code, stored);
}

void SyncEngine::callServer(const QString& callId, const ApiClient::Request& request)
{
    enqueue([this, callId, request] { doCallServer(callId, request); });
}

void SyncEngine::doCallServer(const QString& callId, const ApiClient::Request& request)
{
    if (!m_api->hasSession() || m_reach == Reach::Offline) {
        ApiResult offline;
        offline.networkError = true;
        offline.notDelivered = true;
        emit serverCallDone(callId, offline);
        return;
    }
    const ApiResult r = m_api->call(request);
    noteReach(r);
    emit serverCallDone(callId, r);
}

} // namespace motcua::client
