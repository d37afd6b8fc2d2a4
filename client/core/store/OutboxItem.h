#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonArray>
#include <QString>

namespace motcua::client {

// One command waiting to reach the server, in the order it was made. The body is kept byte for
// byte and the idempotency key never changes, so a retry — after a timeout, a crash, a restart —
// is recognised by the server as the same request and never creates a second dossier.
struct OutboxItem {
    static inline const QString kPending = QStringLiteral("pending");
    static inline const QString kConflict = QStringLiteral("conflict"); // 409: the user decides
    static inline const QString kRejected = QStringLiteral("rejected"); // 4xx: the user decides
    static inline const QString kIntake = QStringLiteral("intake");
    static inline const QString kAction = QStringLiteral("action");
    // An upload of a file kept in the attachments table. The body is not the file but a small
    // JSON reference to its row ({componentId, sha256, name, mime, versionBefore}), so a 50 MiB
    // scan is stored once; the push reads the bytes from the row and sends them raw, with their
    // content type. The server deduplicates by SHA-256, so a resend is harmless.
    static inline const QString kAttachment = QStringLiteral("attachment");
    // A guidance or refusal at the counter (POST /counter-outcomes). It belongs to no dossier
    // (dossierCode empty), so a parked one holds back no other item; the local row in
    // counter_outcomes is marked sent in the transaction that removes the item.
    static inline const QString kOutcome = QStringLiteral("counter-outcome");

    qint64 id = 0; // order of the outbox (never reused)
    QString requestId;
    QString kind; // kIntake | kAction | kAttachment | kOutcome
    QString dossierCode;
    QString username; // who made it: sent only in that user's session
    QByteArray method = "POST";
    QString path; // relative to /api/v1
    QByteArray body;
    // Intake only: the body first tried online under the same key, when that attempt may have
    // reached the server (a timeout). See SyncEngine.
    QByteArray altBody;
    QString idempotencyKey;
    int attempts = 0;
    QString lastError;
    QString state = kPending;
    QJsonArray problems;   // rejected: [{code, field, detail}]
    QByteArray serverBody; // conflict: the server's current dossier (codec JSON)
    QDateTime createdAt;

    bool parked() const { return state != kPending; }
};

} // namespace motcua::client
