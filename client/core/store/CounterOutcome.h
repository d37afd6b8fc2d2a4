#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace motcua::client {

// An intake that did not become a dossier: the citizen was guided to complete the papers
// (Mẫu 02) or refused (Mẫu 03). Kept on the workstation for the counter's own views and sent to
// the server (POST /counter-outcomes, through the outbox) so that it counts in the statistics.
struct CounterOutcome {
    qint64 id = 0;
    QString requestId;   // the outbox item's (and the Idempotency-Key); empty for rows of old
    qint64 serverId = 0; // the server's id once it acknowledged the outcome; 0 until then
    QString kind;        // "guide" | "refuse"
    QDateTime at;
    QString procedureCode;
    QString applicant;
    QString clerk;
    QJsonObject details; // everything the GUI recorded (reasons, missing papers, ...)

    bool sent() const { return serverId != 0; }
    // The server refused it for good (LocalStore::markCounterOutcomeRefused): never sent.
    bool refusedByServer() const { return details.contains(QStringLiteral("serverRefused")); }
};

} // namespace motcua::client
