#pragma once

#include "storage/ChangeSignal.h"
#include "storage/Database.h"

#include <string>

namespace motcua::server {

// Every committed state change, written inside the same transaction as the change itself:
//  - the change feed (table `changes`), which clients follow with GET /api/v1/changes?since=SEQ;
//  - the audit log, append-only and hash-chained (each row's hash covers the previous row's hash),
//    so that an edited or deleted row breaks the chain and verify() finds it.
// Writers take a journal lock first (PostgreSQL: a transaction-level advisory lock; SQLite:
// already single-writer), so sequence numbers are handed out in commit order and a reader
// following the feed can never skip a change that commits late.
//
// Once a transaction that recorded changes commits, the agencies it touched are published to
// changeSignal(), which wakes the feed's long polls in this process; on PostgreSQL the same
// transaction also sends NOTIFY motcua_changes (delivered only on commit) for the other server
// processes on the database (PgChangeListener).
class Journal {
public:
    struct Entry {
        std::string actor;
        std::string action; // e.g. "dossier.create", "dossier.forward", "user.update"
        std::string entity; // "dossier", "procedure", "user", "calendar", ...
        std::string key;    // the entity's code or name
        Poco::Int64 versionBefore = 0;
        Poco::Int64 versionAfter = 0;
        std::string detail; // short JSON or text
        // The agency whose data this is, so the change feed shows each caller only its own
        // agency's changes; empty for what every agency shares (calendar, templates, fields).
        // Not part of the audit chain's hash (the chain predates it).
        std::string agency;
    };

    explicit Journal(Database& db);

    // Call inside Database::write, after taking no other journal-related lock.
    void record(Poco::Data::Session& s, const Entry& entry);

    struct Verification {
        bool intact = true;
        Poco::Int64 checked = 0;
        Poco::Int64 firstBrokenSeq = 0; // 0 when intact
    };
    Verification verify();

    static std::string chainHash(const std::string& prev, Poco::Int64 at, const Entry& e);

    ChangeSignal& changeSignal() { return m_signal; }
    // The PostgreSQL channel of the NOTIFY above.
    static constexpr const char* kNotifyChannel = "motcua_changes";

private:
    Database& m_db;
    ChangeSignal m_signal;
};

} // namespace motcua::server
