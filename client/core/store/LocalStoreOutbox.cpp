// LocalStore: the outbox, in order.

#include "core/store/LocalStore.h"
#include "core/store/StoreImpl.h"

#include <QJsonDocument>

namespace motcua::client {

using store::Sql;

namespace {

const QString kColumns = QStringLiteral(
    "id, request_id, kind, dossier_code, username, method, path, body, alt_body, "
    "idempotency_key, attempts, last_error, state, problems, server_body, created_at");

OutboxItem itemOf(Sql& q)
{
    OutboxItem i;
    i.id = q.value(0).toLongLong();
    i.requestId = q.value(1).toString();
    i.kind = q.value(2).toString();
    i.dossierCode = q.value(3).toString();
    i.username = q.value(4).toString();
    i.method = q.value(5).toString().toLatin1();
    i.path = q.value(6).toString();
    i.body = q.value(7).toByteArray();
    i.altBody = q.value(8).toByteArray();
    i.idempotencyKey = q.value(9).toString();
    i.attempts = q.value(10).toInt();
    i.lastError = q.value(11).toString();
    i.state = q.value(12).toString();
    i.problems = QJsonDocument::fromJson(q.value(13).toByteArray()).array();
    i.serverBody = q.value(14).toByteArray();
    i.createdAt = store::fromMillis(q.value(15));
    return i;
}

QVariant problemsBytes(const QJsonArray& problems)
{
    return problems.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                              : QVariant(QJsonDocument(problems).toJson(QJsonDocument::Compact));
}

} // namespace

int LocalStore::pendingCount() const
{
    Sql q(d->db, QStringLiteral("SELECT COUNT(*) FROM outbox"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

Expected<qint64> LocalStore::enqueue(const OutboxItem& item)
{
    qint64 id = 0;
    const Status saved = transaction([&]() -> Status {
        Sql q(d->db,
              QStringLiteral("INSERT INTO outbox (request_id, kind, dossier_code, username, "
                             "method, path, body, alt_body, idempotency_key, attempts, last_error, "
                             "state, problems, server_body, created_at) VALUES (?, ?, ?, ?, ?, ?, "
                             "?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        q.bind(item.requestId)
            .bind(item.kind)
            .bind(item.dossierCode)
            .bind(item.username)
            .bind(QString::fromLatin1(item.method))
            .bind(item.path)
            .bind(item.body)
            .bind(item.altBody.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                         : QVariant(item.altBody))
            .bind(item.idempotencyKey)
            .bind(item.attempts)
            .bind(item.lastError)
            .bind(item.state)
            .bind(problemsBytes(item.problems))
            .bind(item.serverBody.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                            : QVariant(item.serverBody))
            .bind(item.createdAt.isValid() ? item.createdAt.toMSecsSinceEpoch()
                                           : QDateTime::currentMSecsSinceEpoch());
        if (Status s = q.exec(); !s)
            return s;
        id = q.query().lastInsertId().toLongLong();
        return success();
    });
    if (!saved)
        return saved.error();
    return id;
}

QList<OutboxItem> LocalStore::outbox() const
{
    Sql q(d->db, QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox ORDER BY id"));
    QList<OutboxItem> out;
    if (Status s = q.exec(); !s) {
        store::warn(s.error());
        return out;
    }
    while (q.next())
        out.append(itemOf(q));
    return out;
}

std::optional<OutboxItem> LocalStore::outboxItem(qint64 id) const
{
    Sql q(d->db,
          QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM outbox WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return itemOf(q);
}

std::optional<OutboxItem> LocalStore::nextPending(const QString& username) const
{
    Sql q(d->db, QStringLiteral("SELECT ") + kColumns +
                     QStringLiteral(" FROM outbox o WHERE o.state = 'pending' AND o.username = ? "
                                    "AND (o.kind = ? OR NOT EXISTS (SELECT 1 FROM outbox e WHERE "
                                    "e.dossier_code = o.dossier_code AND e.id < o.id)) "
                                    "ORDER BY o.id LIMIT 1"));
    q.bind(username).bind(OutboxItem::kOutcome);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return itemOf(q);
}

Status LocalStore::updateOutboxItem(const OutboxItem& item)
{
    return transaction([&] {
        return store::execute(
            d->db,
            QStringLiteral(
                "UPDATE outbox SET kind = ?, dossier_code = ?, username = ?, method = ?, "
                "path = ?, body = ?, alt_body = ?, idempotency_key = ?, attempts = ?, "
                "last_error = ?, state = ?, problems = ?, server_body = ? WHERE id = ?"),
            {item.kind, item.dossierCode, item.username, QString::fromLatin1(item.method),
             item.path, item.body,
             item.altBody.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                    : QVariant(item.altBody),
             item.idempotencyKey, item.attempts, item.lastError, item.state,
             problemsBytes(item.problems),
             item.serverBody.isEmpty() ? QVariant(QMetaType(QMetaType::QByteArray))
                                       : QVariant(item.serverBody),
             item.id});
    });
}

Status LocalStore::removeOutboxItem(qint64 id)
{
    return transaction([&] {
        return store::execute(d->db, QStringLiteral("DELETE FROM outbox WHERE id = ?"), {id});
    });
}

bool LocalStore::hasOutboxItems(const QString& dossierCode) const
{
    Sql q(d->db, QStringLiteral("SELECT 1 FROM outbox WHERE dossier_code = ? LIMIT 1"));
    q.bind(dossierCode);
    return q.exec() && q.next();
}

} // namespace motcua::client
