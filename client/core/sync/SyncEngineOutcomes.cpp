// SyncEngine: guidance and refusals at the counter (POST /counter-outcomes), queued like any
// other write so that they reach the server — and its statistics — when it answers.

#include "codec/JsonPrimitives.h"
#include "core/VnTime.h"
#include "core/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua::client {

namespace {

// The server's limits (CounterOutcomeController): longer values would park the item for good.
constexpr int kMaxApplicant = 200;
constexpr int kMaxDetailsBytes = 16 * 1024;
constexpr int kMaxTextInDetails = 2000;

// What the server is told: the reasons and papers, never the citizen's ID number (the server
// does not ask for it) nor the clerk (the server knows who sent it).
QJsonObject detailsForServer(const QJsonObject& details)
{
    QJsonObject out;
    for (auto it = details.begin(); it != details.end(); ++it) {
        const QString key = it.key();
        if (key == QLatin1String("idNumber") || key == QLatin1String("clerk") ||
            key == QLatin1String("procedureCode") || key == QLatin1String("applicant") ||
            key == QLatin1String("at") || key == QLatin1String("kind"))
            continue;
        QJsonValue v = it.value();
        if (v.isString())
            v = v.toString().left(kMaxTextInDetails);
        out.insert(key, v);
    }
    // A long list of papers with long notes: keep the names, which is what statistics count.
    if (QJsonDocument(out).toJson(QJsonDocument::Compact).size() > kMaxDetailsBytes &&
        out.value(QStringLiteral("papers")).isArray()) {
        QJsonArray names;
        for (const QJsonValue& p : out.value(QStringLiteral("papers")).toArray())
            names.append(
                QJsonObject{{QStringLiteral("name"),
                             p.toObject().value(QStringLiteral("name")).toString().left(200)}});
        out.insert(QStringLiteral("papers"), names);
    }
    if (QJsonDocument(out).toJson(QJsonDocument::Compact).size() > kMaxDetailsBytes)
        out.remove(QStringLiteral("papers"));
    return out;
}

} // namespace

Expected<OutboxItem> SyncEngine::queueCounterOutcome(LocalStore& store, const User& user,
                                                     const QString& requestId, const QString& kind,
                                                     const QJsonObject& details)
{
    QDateTime at =
        QDateTime::fromString(details.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (!at.isValid()) {
        // Whole seconds: the server gets exactly the instant the printed form shows.
        const QDateTime now = vntime::now();
        at = now.addMSecs(-now.time().msec());
    }
    QJsonObject local = details;
    local.remove(QStringLiteral("idNumber")); // not kept either: nothing here needs it
    local.insert(QStringLiteral("clerk"), user.username);
    local.insert(QStringLiteral("at"), vntime::toVietnam(at).toString(Qt::ISODate));

    QJsonObject body{{QStringLiteral("kind"), kind},
                     {QStringLiteral("procedureCode"),
                      details.value(QStringLiteral("procedureCode")).toString()},
                     {QStringLiteral("at"), codec::dateTimeToJson(at)},
                     {QStringLiteral("details"), detailsForServer(details)}};
    const QString applicant =
        details.value(QStringLiteral("applicant")).toString().left(kMaxApplicant);
    if (!applicant.isEmpty())
        body.insert(QStringLiteral("applicant"), applicant);

    OutboxItem item;
    item.requestId = requestId;
    item.kind = OutboxItem::kOutcome;
    item.username = user.username;
    item.path = QStringLiteral("/counter-outcomes");
    item.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    item.idempotencyKey = requestId;
    const Status saved = store.transaction([&]() -> Status {
        if (Status s = store.recordCounterOutcome(kind, local, requestId); !s)
            return s;
        auto id = store.enqueue(item);
        if (!id)
            return id.error();
        item.id = *id;
        return success();
    });
    if (!saved)
        return saved.error();
    return item;
}

bool SyncEngine::acknowledgeOutcome(const OutboxItem& item, const QJsonValue& body)
{
    const qint64 serverId = body.toObject().value(QStringLiteral("id")).toInteger();
    // One transaction: the item goes only together with the mark that the server has it.
    const Status saved = m_store->transaction([&]() -> Status {
        if (Status s = m_store->removeOutboxItem(item.id); !s)
            return s;
        return m_store->markCounterOutcomeSent(item.requestId, serverId > 0 ? serverId : -1);
    });
    if (!saved) {
        qCWarning(lcSync) << "acknowledgement not saved:" << saved.error().message;
        return false; // resent later under the same key: the server returns its first record
    }
    if (m_pushObserver)
        m_pushObserver(item, PushPhase::Acknowledged);
    emitPendingCount();
    emit counterOutcomeSent(item.requestId);
    return true;
}

} // namespace motcua::client
