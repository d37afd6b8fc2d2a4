#pragma once

#include "notify/NotificationChannel.h"
#include "notify/NotificationEvent.h"
#include "notify/NotificationTemplate.h"
#include "storage/Database.h"

#include <optional>
#include <string>
#include <vector>

#include <QDateTime>

namespace motcua::server {

// The notification outbox: messages to citizens are rows written in the same transaction as the
// dossier change that causes them (so a message exists if and only if the change committed), then
// delivered by NotificationDispatcher with retries. Every attempt is kept in
// notification_attempts. States: pending (waiting for its next attempt), delivered, failed (gave
// up after the configured number of attempts).
class NotificationOutbox {
public:
    explicit NotificationOutbox(Database& db)
        : m_db(db)
    {}

    // Set once at start-up, before any request: which channels get a message for each event
    // ("sms" to the phone, "email" to the address, "log" to whichever exists), and the citizen
    // lookup address ({code} is replaced by the dossier's code).
    void configure(std::vector<std::string> channels, QString lookupUrl);
    const std::vector<std::string>& channels() const { return m_channels; }

    // Writes the messages of `event` about `d` (inside the dossier's transaction). Recipient: the
    // submitter's phone and e-mail, else the owner's. Returns how many were queued.
    int enqueue(Poco::Data::Session& s, const Dossier& d, NotificationEvent event);

    // The template in force: the administrator's, else the built-in default.
    struct StoredTemplate {
        NotificationTemplate text;
        bool custom = false;
        QDateTime updatedAt;
        std::string updatedBy;
    };
    StoredTemplate templateFor(Poco::Data::Session& s, NotificationEvent event);
    StoredTemplate templateFor(NotificationEvent event);
    void saveTemplate(Poco::Data::Session& s, NotificationEvent event,
                      const NotificationTemplate& text, const std::string& user);

    // Dispatcher side. due(): pending messages whose time has come, oldest first. claim(): takes
    // one for delivery by moving its next attempt to `leaseUntil`, only if nobody else did
    // (several server processes may share a PostgreSQL database).
    struct Pending {
        OutgoingMessage message;
        int attempts = 0;
        Poco::Int64 nextAttemptAt = 0; // ms since the epoch
    };
    std::vector<Pending> due(Poco::Int64 nowMs, int limit);
    bool claim(const Pending& p, Poco::Int64 leaseUntilMs);
    // Records one attempt: delivered, or failed with `error`; `retryAtMs` null = give up.
    void recordAttempt(const Pending& p, Poco::Int64 atMs, const Status& outcome,
                       std::optional<Poco::Int64> retryAtMs);

    // What staff and administrators read.
    struct Attempt {
        QDateTime at;
        std::string outcome; // "delivered" or "failed"
        std::string error;
    };
    struct Row {
        Poco::Int64 id = 0;
        std::string dossierCode, agencyId, event, channel, recipient, subject, text, state,
            lastError;
        int attempts = 0;
        QDateTime createdAt, nextAttemptAt, deliveredAt;
        std::vector<Attempt> log;
    };
    struct Filter {
        std::string dossierCode; // empty = all
        std::string state;       // empty = all
        std::string agencyId;    // empty = all
        int limit = 100;
        int offset = 0;
    };
    std::vector<Row> list(const Filter& f);

private:
    Database& m_db;
    std::vector<std::string> m_channels{"log"};
    QString m_lookupUrl;
};

} // namespace motcua::server
