// SyncEngine: pushing the outbox, in order.

#include "codec/JsonCodec.h"
#include "core/api/ApiClient.h"
#include "core/api/ServerJson.h"
#include "core/sync/SyncEngine.h"
#include "domain/AuthMessages.h"

#include <algorithm>

#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua::client {

namespace {

QString describe(const ApiResult& r)
{
    if (r.networkError)
        return QStringLiteral("network: ") + r.networkErrorText;
    return QStringLiteral("HTTP %1 %2").arg(r.httpStatus).arg(r.problemCode);
}

// A replayed action whose first attempt did reach the server meets a 409: the server's version
// is then exactly ours — one step further, by this user, with this action.
bool alreadyApplied(const Dossier& current, const ActionCommand& command, const QString& username)
{
    if (current.version != command.version + 1 || current.history.isEmpty())
        return false;
    const HistoryEntry& last = current.history.last();
    return last.actor == username && last.action == name(command.action);
}

} // namespace

bool SyncEngine::pushOutbox()
{
    if (!m_user || !m_api->hasSession())
        return false;
    if (!pushItemsOf(m_user->username, m_api))
        return false;
    // Best effort: an earlier clerk's session failing does not hold this clerk's sync back.
    pushEarlierClerks();
    return !stopping();
}

bool SyncEngine::pushItemsOf(const QString& username, ApiClient* api)
{
    m_pushApi = api;
    while (!stopping()) {
        serviceCommands();
        if (!api->hasSession())
            return false;
        const auto next = m_store->nextPending(username);
        if (!next)
            return true;
        OutboxItem item = *next;
        setState(QStringLiteral("pushing"));
        if (m_pushObserver)
            m_pushObserver(item, PushPhase::BeforeSend);
        ApiClient::Request request;
        if (item.kind == OutboxItem::kAttachment) {
            if (!attachmentRequest(item, &request)) {
                ApiResult missing;
                missing.problemCode = QStringLiteral("attachment.missing");
                missing.problemDetail = QStringLiteral("the file's bytes are not in the store");
                park(item, OutboxItem::kRejected, missing);
                emit attachmentFailed(item.requestId, item.dossierCode,
                                      messageFor(missing.problemCode));
                continue;
            }
        } else {
            request.method = item.method;
            request.path = item.path;
            request.body = item.body;
            request.headers = {{"Idempotency-Key", item.idempotencyKey.toUtf8()}};
        }
        const ApiResult r = api->call(request);
        if (stopping())
            return false;
        noteReach(r);
        if (m_pushObserver)
            m_pushObserver(item, PushPhase::AfterResponse);
        qCDebug(lcSync) << "pushed" << item.id << item.kind << item.dossierCode << "→"
                        << (r.networkError ? r.networkErrorText : QString::number(r.httpStatus));
        if (r.isTransient() || r.httpStatus == 401) {
            // Kept as it is; tried again after the back-off (and the same bytes, the same key).
            item.attempts += 1;
            item.lastError = describe(r);
            (void)m_store->updateOutboxItem(item);
            return false;
        }
        if (r.ok()) {
            const bool saved =
                item.kind == OutboxItem::kAttachment ? acknowledgeAttachment(item, r.body)
                : item.kind == OutboxItem::kOutcome  ? acknowledgeOutcome(item, r.body)
                                                     : acknowledge(item, r.body);
            if (!saved)
                return false;
            continue;
        }
        if (!refused(item, r))
            return false;
    }
    return false;
}

bool SyncEngine::acknowledge(const OutboxItem& item, const QJsonValue& body)
{
    auto server = fromServer<Dossier>(body);
    if (!server)
        qCWarning(lcSync) << "server's dossier not understood:" << server.error().describe();
    // One transaction: the item goes only together with the server's answer.
    const Status saved = m_store->transaction([&]() -> Status {
        if (Status s = m_store->removeOutboxItem(item.id); !s)
            return s;
        if (!server)
            return success(); // the change feed brings it
        if (item.kind == OutboxItem::kIntake && server->code != item.dossierCode) {
            const auto mine = m_store->dossier(item.dossierCode);
            if (Status s = m_store->removeDossier(item.dossierCode); !s)
                return s;
            if (Status s = moveQueuedWork(item.dossierCode, *server, mine); !s)
                return s;
        }
        // Later queued actions of this dossier keep the local copy until they are through.
        if (m_store->hasOutboxItems(server->code))
            return success();
        return m_store->saveDossier(*server, false);
    });
    if (!saved) {
        qCWarning(lcSync) << "acknowledgement not saved:" << saved.error().message;
        return false; // resent later: the server recognises it
    }
    if (m_pushObserver)
        m_pushObserver(item, PushPhase::Acknowledged);
    emitPendingCount();
    emit dossiersChanged();
    return true;
}

bool SyncEngine::refused(OutboxItem item, const ApiResult& r)
{
    if (item.kind == OutboxItem::kAttachment) {
        // 415 (not a PDF/image), 404 (no such paper), 413 (too big), 403: the clerk decides.
        park(item, OutboxItem::kRejected, r);
        emit attachmentFailed(item.requestId, item.dossierCode,
                              messageFor(r.problemCode, r.problemDetail));
        return true;
    }
    if (item.kind == OutboxItem::kAction && r.httpStatus == 409) {
        const QJsonValue currentJson = r.body.toObject().value(QStringLiteral("current"));
        auto current = fromServer<Dossier>(currentJson);
        auto command = codec::decode<ActionCommand>(item.body);
        if (current && command && alreadyApplied(*current, *command, item.username))
            return acknowledge(item, currentJson);
        qCInfo(lcSync) << "outbox item" << item.id << "parked: conflict on" << item.dossierCode;
        item.state = OutboxItem::kConflict;
        item.lastError = r.problemCode;
        item.serverBody = current ? codec::encode(*current) : QByteArray();
        if (Status s = m_store->updateOutboxItem(item); !s)
            return false;
        const auto mine = m_store->dossier(item.dossierCode);
        emit conflictDetected(item.dossierCode, mine.value_or(Dossier{}),
                              current ? *current : Dossier{});
        return true;
    }
    if (item.kind == OutboxItem::kIntake &&
        r.problemCode == QLatin1String("idempotency.key_reused") && !item.altBody.isEmpty()) {
        // The online attempt under this key did arrive, with the body the server numbered
        // itself. Replaying that body returns the dossier it made (idempotent, no new one).
        ApiClient::Request replay;
        replay.method = "POST";
        replay.path = QStringLiteral("/dossiers");
        replay.body = item.altBody;
        replay.headers = {{"Idempotency-Key", item.idempotencyKey.toUtf8()}};
        const ApiResult again = m_pushApi->call(replay);
        noteReach(again);
        if (again.isTransient())
            return false;
        if (again.ok()) {
            auto server = fromServer<Dossier>(again.body);
            if (server && acknowledge(item, again.body)) {
                emit intakeRecoded(item.requestId, item.dossierCode, *server);
                return true;
            }
            return false;
        }
        park(item, OutboxItem::kRejected, again);
        return true;
    }
    if (item.kind == OutboxItem::kOutcome) {
        // Nothing the clerk could change: the citizen has the printed form already. The record
        // stays on this workstation with why; the outbox lets it go, so that the status bar
        // stops counting it as waiting to be sent.
        qCInfo(lcSync) << "counter outcome" << item.requestId << "refused:" << describe(r);
        const Status saved = m_store->transaction([&]() -> Status {
            if (Status s = m_store->removeOutboxItem(item.id); !s)
                return s;
            return m_store->markCounterOutcomeRefused(item.requestId, r.problemCode);
        });
        if (!saved) {
            qCWarning(lcSync) << "refusal not saved:" << saved.error().message;
            return false;
        }
        emit queuedItemRejected(item.requestId, item.dossierCode, r.problemCode,
                                messageFor(r.problemCode, r.problemDetail), r.problems);
        emitPendingCount();
        return true;
    }
    park(item, OutboxItem::kRejected, r);
    return true;
}

bool SyncEngine::hasQueuedWork(const QString& username) const
{
    const QList<OutboxItem> items = m_store->outbox();
    return std::any_of(items.cbegin(), items.cend(), [&](const OutboxItem& i) {
        return i.username == username && i.state == OutboxItem::kPending;
    });
}

bool SyncEngine::keepForQueuedWork()
{
    if (!m_user || !hasQueuedWork(m_user->username))
        return false;
    if (!m_api->hasSession() && m_password.isEmpty())
        return false; // nothing to send it with: it waits for the clerk's next login
    forgetEarlierClerk(m_user->username, false);
    auto* api = new ApiClient(this);
    api->setBaseUrl(m_api->baseUrl());
    api->setTimeout(m_options.requestTimeoutMs);
    api->setTokens(m_api->accessToken(), m_api->refreshToken());
    m_earlier.insert(m_user->username, {api, m_api->hasSession() ? QString() : m_password});
    qCInfo(lcSync) << "queued work of" << m_user->username << "kept to be sent after the logout";
    return true;
}

void SyncEngine::forgetEarlierClerk(const QString& username, bool revoke)
{
    const auto it = m_earlier.find(username);
    if (it == m_earlier.end())
        return;
    ApiClient* api = it->api;
    m_earlier.erase(it);
    if (revoke && !api->refreshToken().isEmpty()) {
        ApiClient::Request r;
        r.method = "POST";
        r.path = QStringLiteral("/auth/logout");
        r.authenticate = false;
        r.body = codec::encode(RefreshRequest{api->refreshToken()});
        noteReach(api->call(r)); // best effort: the token expires anyway
    }
    api->deleteLater();
}

void SyncEngine::pushEarlierClerks()
{
    const QStringList names = m_earlier.keys();
    for (const QString& name : names) {
        if (stopping() || !m_earlier.contains(name))
            return;
        ApiClient* api = m_earlier.value(name).api;
        if (!api->hasSession()) {
            // Logged in offline and out again before the server answered: log in now.
            ApiClient::Request login;
            login.method = "POST";
            login.path = QStringLiteral("/auth/login");
            login.authenticate = false;
            login.body = codec::encode(LoginRequest{name, m_earlier.value(name).password});
            const ApiResult r = api->call(login);
            noteReach(r);
            if (r.isTransient())
                continue;
            if (!r.ok()) {
                qCWarning(lcSync) << "queued work of" << name
                                  << "waits for its next login:" << r.problemCode;
                forgetEarlierClerk(name, false);
                continue;
            }
            const QJsonObject o = r.body.toObject();
            api->setTokens(o.value(QStringLiteral("accessToken")).toString(),
                           o.value(QStringLiteral("refreshToken")).toString());
            m_earlier[name].password.clear();
        }
        pushItemsOf(name, api);
        if (!api->hasSession()) {
            qCWarning(lcSync) << "the session of" << name << "was refused; its queued work waits";
            forgetEarlierClerk(name, false);
        } else if (!hasQueuedWork(name)) {
            forgetEarlierClerk(name, true);
        }
    }
    m_pushApi = m_api;
    emitPendingCount();
}

Status SyncEngine::moveQueuedWork(const QString& fromCode, const Dossier& server,
                                  const std::optional<Dossier>& mine)
{
    // The files and the work queued behind an intake that the server numbered otherwise follow
    // the dossier to its new code, and so does our own view of it (the work is still ahead).
    if (Status s = m_store->moveAttachments(fromCode, server.code); !s)
        return s;
    const QString oldPrefix = QStringLiteral("/dossiers/") + fromCode + QLatin1Char('/');
    const QString newPrefix = QStringLiteral("/dossiers/") + server.code + QLatin1Char('/');
    bool moved = false;
    for (OutboxItem i : m_store->outbox()) {
        if (i.dossierCode != fromCode)
            continue;
        i.dossierCode = server.code;
        if (i.path.startsWith(oldPrefix))
            i.path = newPrefix + i.path.mid(oldPrefix.size());
        if (Status s = m_store->updateOutboxItem(i); !s)
            return s;
        moved = true;
    }
    const QByteArray bumps = m_store->meta(QStringLiteral("attachment-bumps/") + fromCode);
    if (!bumps.isEmpty()) {
        if (Status s = m_store->setMeta(QStringLiteral("attachment-bumps/") + server.code, bumps);
            !s)
            return s;
    }
    if (moved && mine) {
        Dossier recoded = *mine;
        recoded.code = server.code;
        return m_store->saveDossier(recoded, true);
    }
    return success();
}

void SyncEngine::park(OutboxItem item, const QString& state, const ApiResult& r)
{
    qCInfo(lcSync) << "outbox item" << item.id << "parked" << state << r.problemCode;
    item.state = state;
    item.lastError = r.problemCode;
    item.problems = r.problems.isEmpty()
                        ? QJsonArray{QJsonObject{{QStringLiteral("code"), r.problemCode},
                                                 {QStringLiteral("field"), r.problemField},
                                                 {QStringLiteral("detail"), r.problemDetail}}}
                        : r.problems;
    if (Status s = m_store->updateOutboxItem(item); !s)
        qCWarning(lcSync) << "outbox item not parked:" << s.error().message;
    emit queuedItemRejected(item.requestId, item.dossierCode, r.problemCode,
                            messageFor(r.problemCode, r.problemDetail), item.problems);
}

} // namespace motcua::client
