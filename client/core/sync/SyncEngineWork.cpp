// SyncEngine: intake, workflow actions and conflict resolution, online or queued.

#include "code/DossierCode.h"
#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/api/ApiClient.h"
#include "core/api/ServerJson.h"
#include "core/sync/LocalWorkflow.h"
#include "core/sync/SyncEngine.h"

#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua::client {

namespace {

// Receipts show whole seconds, and the server gets exactly the instant the receipt shows.
QDateTime nowToTheSecond()
{
    const QDateTime now = vntime::now();
    return now.addMSecs(-now.time().msec());
}

QJsonArray problemsOf(const ApiResult& r)
{
    if (!r.problems.isEmpty())
        return r.problems;
    return QJsonArray{QJsonObject{{QStringLiteral("code"), r.problemCode},
                                  {QStringLiteral("field"), r.problemField},
                                  {QStringLiteral("detail"), r.problemDetail}}};
}

QString actionPath(const QString& code)
{
    return QStringLiteral("/dossiers/") + code + QStringLiteral("/actions");
}

} // namespace

LocalWorkflow SyncEngine::workflow() const
{
    return LocalWorkflow(m_store->calendarSettings());
}

void SyncEngine::failIntake(const QString& requestId, const QString& code, const QString& detail,
                            const QJsonArray& problems)
{
    emit intakeFailed(requestId, code, messageFor(code, detail), problems);
}

// --- intake --------------------------------------------------------------------------------

void SyncEngine::submitIntake(const QString& requestId, const IntakeRequest& request)
{
    enqueue([this, requestId, request] { doIntake(requestId, request); });
}

void SyncEngine::doIntake(const QString& requestId, const IntakeRequest& request)
{
    if (!m_user) {
        failIntake(requestId, QStringLiteral("auth.not_logged_in"), {});
        return;
    }
    // Known to be unreachable: straight to the reserved numbers (no 10 s wait on a dead link),
    // unless none is left, when trying the server costs nothing more.
    const bool numbersLeft = reservedNumbersLeft() > 0;
    if (!m_api->hasSession() || (m_reach == Reach::Offline && numbersLeft)) {
        offlineIntake(requestId, request, {});
        return;
    }
    IntakeRequest online = request;
    online.code.clear(); // online, the server numbers the dossier
    online.receivedAt = QDateTime();
    const QByteArray body = codec::encode(online);
    const ApiResult r =
        m_api->post(QStringLiteral("/dossiers"), body, {{"Idempotency-Key", requestId.toUtf8()}});
    qCDebug(lcSync) << "intake →"
                    << (r.networkError ? r.networkErrorText : QString::number(r.httpStatus));
    noteReach(r);
    if (r.ok()) {
        auto d = fromServer<Dossier>(r.body);
        if (!d) {
            failIntake(requestId, d.error().code, d.error().message);
            return;
        }
        if (Status s = m_store->saveDossier(*d, false); !s)
            qCWarning(lcSync) << "dossier not cached:" << s.error().message;
        emit intakeDone(requestId, *d, false);
        emit dossiersChanged();
        return;
    }
    if (!r.isTransient()) {
        failIntake(requestId, r.problemCode, r.problemDetail, problemsOf(r));
        return;
    }
    // No answer. If the request may have reached the server (a timeout, a reset, a gateway), the
    // queued intake keeps this Idempotency-Key and remembers this body: see SyncEngine::refused.
    const bool mayHaveArrived =
        (r.networkError && !r.notDelivered) || r.httpStatus == 502 || r.httpStatus == 504;
    offlineIntake(requestId, request, mayHaveArrived ? body : QByteArray());
}

void SyncEngine::offlineIntake(const QString& requestId, const IntakeRequest& request,
                               const QByteArray& altBody)
{
    const QDateTime receivedAt = nowToTheSecond();
    const QDate today = vntime::civilDate(receivedAt);
    // The version in force today here: one published for today takes effect without a sync.
    const auto procedure = m_store->procedure(request.procedureCode, today);
    if (!procedure) {
        failIntake(requestId, QStringLiteral("intake.unknown_procedure"), {},
                   QJsonArray{QJsonObject{
                       {QStringLiteral("code"), QStringLiteral("intake.unknown_procedure")},
                       {QStringLiteral("field"), QStringLiteral("procedureCode")},
                       {QStringLiteral("detail"),
                        QStringLiteral("no procedure ") + request.procedureCode}}});
        return;
    }
    if (const QList<Error> problems = LocalWorkflow::validate(request, *procedure, today);
        !problems.isEmpty()) {
        failIntake(requestId, problems.first().code, problems.first().message,
                   LocalWorkflow::problemsJson(problems));
        return;
    }
    const QString agency = m_user->agencyId.isEmpty() ? procedure->agencyId : m_user->agencyId;
    m_pool.discardBefore(today);
    // The number is on disk as used before we go on (the pool's persist hook).
    const auto sequence = m_pool.next(agency, today);
    emit reservedNumbersChanged(reservedNumbersLeft());
    if (!sequence) {
        failIntake(requestId, sequence.error().code, sequence.error().message);
        return;
    }
    const auto code = DossierCode::make(agency, today, *sequence);
    if (!code) {
        failIntake(requestId, code.error().code, code.error().message);
        return;
    }
    IntakeRequest queued = request;
    queued.code = code->toString();
    queued.receivedAt = receivedAt;
    auto dossier = workflow().accept(queued, *procedure, *m_user, agency, queued.code, receivedAt);
    if (!dossier) {
        failIntake(requestId, dossier.error().code, dossier.error().message);
        return;
    }
    OutboxItem item;
    item.requestId = requestId;
    item.kind = OutboxItem::kIntake;
    item.dossierCode = queued.code;
    item.username = m_user->username;
    item.path = QStringLiteral("/dossiers");
    item.body = codec::encode(queued);
    item.altBody = altBody;
    item.idempotencyKey = requestId;
    const Status saved = m_store->transaction([&]() -> Status {
        if (Status s = m_store->saveDossier(*dossier, true); !s)
            return s;
        if (auto id = m_store->enqueue(item); !id)
            return id.error();
        return success();
    });
    if (!saved) {
        qCWarning(lcSync) << "offline intake not saved:" << saved.error().message;
        failIntake(requestId, QStringLiteral("store.write_failed"), saved.error().message);
        return;
    }
    // The count first: whoever handles intakeDone sees the queue that includes it.
    emitPendingCount();
    emit dossiersChanged();
    emit intakeDone(requestId, *dossier, true);
    if (m_reach != Reach::Offline && m_api->hasSession())
        m_syncDue = true;
}

// --- actions -------------------------------------------------------------------------------

void SyncEngine::submitAction(const QString& requestId, const QString& dossierCode,
                              const ActionCommand& command)
{
    enqueue([this, requestId, dossierCode, command] { doAction(requestId, dossierCode, command); });
}

void SyncEngine::doAction(const QString& requestId, const QString& code,
                          const ActionCommand& submitted)
{
    if (!m_user) {
        emit actionFailed(requestId, QStringLiteral("auth.not_logged_in"),
                          messageFor(QStringLiteral("auth.not_logged_in")));
        return;
    }
    const auto local = m_store->dossier(code);
    if (!local) {
        emit actionFailed(requestId, QStringLiteral("dossier.not_found"),
                          messageFor(QStringLiteral("dossier.not_found")));
        return;
    }
    const ActionCommand command = adjustedForOwnUploads(code, submitted, local->version);
    // Behind queued work on the same dossier, an action must wait its turn.
    const bool queueOnly =
        m_reach == Reach::Offline || !m_api->hasSession() || m_store->hasOutboxItems(code);
    if (!queueOnly) {
        const ApiResult r = m_api->post(actionPath(code), codec::encode(command),
                                        {{"Idempotency-Key", requestId.toUtf8()}});
        qCDebug(lcSync) << "action" << name(command.action) << code << "→"
                        << (r.networkError ? r.networkErrorText : QString::number(r.httpStatus));
        noteReach(r);
        if (r.ok()) {
            auto d = fromServer<Dossier>(r.body);
            if (d) {
                (void)m_store->saveDossier(*d, false);
                emit actionDone(requestId, *d, false);
                emit dossiersChanged();
            } else {
                emit actionFailed(requestId, d.error().code, messageFor(d.error().code));
            }
            return;
        }
        if (r.httpStatus == 409) {
            auto current = fromServer<Dossier>(r.body.toObject().value(QStringLiteral("current")));
            emit actionFailed(requestId, r.problemCode, messageFor(r.problemCode));
            queueAction(requestId, *local, command,
                        current ? std::optional<Dossier>(*current) : std::optional<Dossier>());
            return;
        }
        if (!r.isTransient()) {
            emit actionFailed(requestId, r.problemCode, messageFor(r.problemCode, r.problemDetail));
            return;
        }
        // No answer: queue it. If it did arrive, its replay meets a 409 that shows our own
        // action already applied (see SyncEngine::refused).
    }
    queueAction(requestId, *local, command, std::nullopt);
}

void SyncEngine::queueAction(const QString& requestId, const Dossier& local,
                             const ActionCommand& command,
                             const std::optional<Dossier>& serverConflict)
{
    auto applied = workflow().apply(local, *m_user, command, vntime::now());
    if (!applied && !serverConflict) {
        emit actionFailed(requestId, applied.error().code, messageFor(applied.error().code));
        return;
    }
    const Dossier mine = applied ? *applied : local;
    OutboxItem item;
    item.requestId = requestId;
    item.kind = OutboxItem::kAction;
    item.dossierCode = local.code;
    item.username = m_user->username;
    item.path = actionPath(local.code);
    item.body = codec::encode(command);
    item.idempotencyKey = requestId;
    if (serverConflict) {
        item.state = OutboxItem::kConflict;
        item.lastError = QStringLiteral("workflow.version_conflict");
        item.serverBody = codec::encode(*serverConflict);
    }
    const Status saved = m_store->transaction([&]() -> Status {
        if (Status s = m_store->saveDossier(mine, true); !s)
            return s;
        if (auto id = m_store->enqueue(item); !id)
            return id.error();
        return success();
    });
    if (!saved) {
        emit actionFailed(requestId, QStringLiteral("store.write_failed"),
                          messageFor(QStringLiteral("store.write_failed")));
        return;
    }
    emitPendingCount();
    emit dossiersChanged();
    if (serverConflict) {
        emit conflictDetected(local.code, mine, *serverConflict);
        return;
    }
    emit actionDone(requestId, mine, true);
    if (m_reach != Reach::Offline && m_api->hasSession())
        m_syncDue = true;
}

// --- conflicts and rejections --------------------------------------------------------------

void SyncEngine::resolveConflict(const QString& dossierCode, bool reapplyMine)
{
    enqueue([this, dossierCode, reapplyMine] { doResolve(dossierCode, reapplyMine); });
}

void SyncEngine::doResolve(const QString& code, bool reapplyMine)
{
    QList<OutboxItem> items;
    for (const OutboxItem& i : m_store->outbox()) {
        if (i.dossierCode == code)
            items.append(i);
    }
    // The first parked item of the dossier and everything queued after it (built on top of it).
    while (!items.isEmpty() && !items.first().parked())
        items.removeFirst();
    if (items.isEmpty())
        return;
    const OutboxItem& parked = items.first();
    std::optional<Dossier> server;
    if (!parked.serverBody.isEmpty()) {
        if (auto d = codec::decode<Dossier>(parked.serverBody))
            server = *d;
    }
    if (!server && m_api->hasSession()) {
        const ApiResult r = m_api->get(QStringLiteral("/dossiers/") + code);
        noteReach(r);
        if (r.ok()) {
            if (auto d = fromServer<Dossier>(r.body))
                server = *d;
        }
    }

    if (!reapplyMine) {
        const Status done = m_store->transaction([&]() -> Status {
            for (const OutboxItem& i : items) {
                if (Status s = m_store->removeOutboxItem(i.id); !s)
                    return s;
                if (i.kind == OutboxItem::kAttachment) {
                    if (Status s = discardUpload(i); !s)
                        return s;
                }
            }
            if (server)
                return m_store->saveDossier(*server, false);
            if (parked.kind == OutboxItem::kIntake)
                return m_store->removeDossier(code); // never reached the server
            return success();
        });
        if (!done)
            qCWarning(lcSync) << "conflict not resolved:" << done.error().message;
    } else if (parked.state == OutboxItem::kConflict && server) {
        // Rebase every action of the dossier on the server's version, in order.
        Dossier mine = *server;
        QList<OutboxItem> rebased;
        const LocalWorkflow wf = workflow();
        for (OutboxItem i : items) {
            if (i.kind == OutboxItem::kAttachment) {
                // Still to be sent as it is; its version bump goes into the rebased copy.
                mirrorUpload(mine, i);
                rebased.append(i);
                continue;
            }
            auto command = codec::decode<ActionCommand>(i.body);
            if (!command)
                continue;
            command->version = mine.version;
            auto applied = wf.apply(mine, *m_user, *command, vntime::now());
            if (!applied) {
                // Not possible on the server's version (e.g. already withdrawn): stay parked.
                emit actionFailed(i.requestId, applied.error().code,
                                  messageFor(applied.error().code));
                return;
            }
            mine = *applied;
            i.body = codec::encode(*command);
            i.state = OutboxItem::kPending;
            i.serverBody.clear();
            i.problems = {};
            i.lastError.clear();
            i.attempts = 0;
            rebased.append(i);
        }
        const Status done = m_store->transaction([&]() -> Status {
            for (const OutboxItem& i : rebased) {
                if (Status s = m_store->updateOutboxItem(i); !s)
                    return s;
            }
            return m_store->saveDossier(mine, true);
        });
        if (!done)
            qCWarning(lcSync) << "conflict not resolved:" << done.error().message;
    } else {
        // A rejected item (or a conflict whose server version is unknown): try it again as is.
        OutboxItem retry = parked;
        retry.state = OutboxItem::kPending;
        retry.problems = {};
        retry.lastError.clear();
        retry.attempts = 0;
        (void)m_store->updateOutboxItem(retry);
    }
    emitPendingCount();
    emit dossiersChanged();
    m_backoffMs = 0;
    m_syncDue = true;
}

} // namespace motcua::client
