#include "storage/Migrations.h"

#include <sstream>

#include <Poco/Exception.h>
#include <Poco/Timestamp.h>

using namespace Poco::Data::Keywords;

namespace motcua::server {
namespace {

// Version 1: catalogue, users, settings, dossiers and their bookkeeping. Timestamps are
// milliseconds since the epoch (BIGINT) so both backends sort and compare them the same way;
// domain objects are kept whole as their wire JSON in `doc`, with the columns that queries need
// beside it.
// Written once for both backends: %BIGINT% and %SERIAL% become each dialect's types.
const char* kV1 = R"SQL(
CREATE TABLE agencies (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE fields (code TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE procedures (
  national_code TEXT PRIMARY KEY, field_code TEXT, agency_id TEXT, search TEXT NOT NULL,
  version INTEGER NOT NULL, doc TEXT NOT NULL);
CREATE TABLE procedure_versions (
  national_code TEXT NOT NULL, version INTEGER NOT NULL, doc TEXT NOT NULL,
  PRIMARY KEY (national_code, version));
CREATE TABLE users (
  username TEXT PRIMARY KEY, password_hash TEXT NOT NULL, active INTEGER NOT NULL,
  version %BIGINT% NOT NULL, doc TEXT NOT NULL);
CREATE TABLE settings (name TEXT PRIMARY KEY, version %BIGINT% NOT NULL, doc TEXT NOT NULL);
CREATE TABLE dossiers (
  code TEXT PRIMARY KEY, agency_id TEXT NOT NULL, procedure_code TEXT NOT NULL, field_code TEXT,
  status INTEGER NOT NULL, assignee TEXT, current_unit TEXT, received_at %BIGINT%,
  appointment_at %BIGINT%, search TEXT NOT NULL, owner_phone TEXT, owner_id TEXT,
  version %BIGINT% NOT NULL, doc TEXT NOT NULL);
CREATE INDEX dossiers_status ON dossiers (status, appointment_at);
CREATE INDEX dossiers_assignee ON dossiers (assignee, status);
CREATE INDEX dossiers_received ON dossiers (received_at);
CREATE INDEX dossiers_phone ON dossiers (owner_phone);
CREATE INDEX dossiers_owner_id ON dossiers (owner_id);
CREATE TABLE dossier_sequences (
  agency_id TEXT NOT NULL, day TEXT NOT NULL, last_value INTEGER NOT NULL,
  PRIMARY KEY (agency_id, day));
CREATE TABLE idempotency_keys (
  username TEXT NOT NULL, idem_key TEXT NOT NULL, request_hash TEXT NOT NULL,
  status INTEGER NOT NULL, body TEXT NOT NULL, created_at %BIGINT% NOT NULL,
  PRIMARY KEY (username, idem_key));
CREATE TABLE changes (
  seq %SERIAL%, entity TEXT NOT NULL, entity_key TEXT NOT NULL,
  version %BIGINT% NOT NULL, at %BIGINT% NOT NULL);
CREATE TABLE audit_log (
  seq %SERIAL%, at %BIGINT% NOT NULL, actor TEXT NOT NULL,
  action TEXT NOT NULL, entity TEXT NOT NULL, entity_key TEXT NOT NULL,
  version_before %BIGINT% NOT NULL, version_after %BIGINT% NOT NULL, detail TEXT NOT NULL,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL);
CREATE TABLE refresh_tokens (
  token_hash TEXT PRIMARY KEY, username TEXT NOT NULL, issued_at %BIGINT% NOT NULL,
  expires_at %BIGINT% NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE INDEX refresh_tokens_user ON refresh_tokens (username)
)SQL";

// Version 2: attachments per dossier component; their bytes live in files (SQLite) or in
// attachment_blobs (PostgreSQL, shared by every server process).
const char* kV2 = R"SQL(
CREATE TABLE attachments (
  dossier_code TEXT NOT NULL, component_id INTEGER NOT NULL, sha256 TEXT NOT NULL, name TEXT NOT NULL,
  mime TEXT NOT NULL, size %BIGINT% NOT NULL, uploaded_at %BIGINT% NOT NULL, uploaded_by TEXT NOT NULL,
  PRIMARY KEY (dossier_code, component_id, sha256))
)SQL";

// PostgreSQL only: the bytes themselves (SQLite keeps them as files).
const char* kV2PostgresBlobs = R"SQL(
CREATE TABLE attachment_blobs (sha256 TEXT PRIMARY KEY, data TEXT NOT NULL)
)SQL";

// The SQLite search index over dossiers.search and the triggers that keep it in step; created by
// version 3 (trigram) and recreated by version 6 (word-based), %TOKENIZER% says which.
const char* kFtsIndex = R"SQL(
CREATE VIRTUAL TABLE dossier_fts USING fts5(search, content='dossiers', content_rowid='rowid', tokenize='%TOKENIZER%');
INSERT INTO dossier_fts (rowid, search) SELECT rowid, search FROM dossiers;
CREATE TRIGGER dossiers_fts_insert AFTER INSERT ON dossiers BEGIN
  INSERT INTO dossier_fts (rowid, search) VALUES (new.rowid, new.search);
END;
CREATE TRIGGER dossiers_fts_delete AFTER DELETE ON dossiers BEGIN
  INSERT INTO dossier_fts (dossier_fts, rowid, search) VALUES ('delete', old.rowid, old.search);
END;
CREATE TRIGGER dossiers_fts_update AFTER UPDATE OF search ON dossiers BEGIN
  INSERT INTO dossier_fts (dossier_fts, rowid, search) VALUES ('delete', old.rowid, old.search);
  INSERT INTO dossier_fts (rowid, search) VALUES (new.rowid, new.search);
END
)SQL";

// Version 3: search without scanning every dossier: SQLite's FTS5 trigram index,
// PostgreSQL's pg_trgm GIN index.
const char* kV3Postgres = R"SQL(
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX dossiers_search_trgm ON dossiers USING gin (search gin_trgm_ops)
)SQL";

// Version 4: the citizen-facing view of each dossier, precomputed, so a public lookup reads one
// short string instead of decoding the whole dossier.
const char* kV4 = R"SQL(
ALTER TABLE dossiers ADD COLUMN public_doc TEXT NOT NULL DEFAULT ''
)SQL";

// Version 5: the whole dossier document moves to its own table, so that the dossiers table that
// search and lists scan holds only short columns (about ten rows a page instead of one).
const char* kV5 = R"SQL(
CREATE TABLE dossier_docs (code TEXT PRIMARY KEY, doc TEXT NOT NULL);
INSERT INTO dossier_docs (code, doc) SELECT code, doc FROM dossiers;
ALTER TABLE dossiers DROP COLUMN doc
)SQL";

// Version 6 (SQLite): the search index becomes word-based (unicode61) and is queried by word
// prefix: a name's words are what clerks type, and a trigram index made common names (Nguyễn)
// slow at a million dossiers. PostgreSQL keeps pg_trgm, queried by word start as well.
const char* kV6SqliteDrop = R"SQL(
DROP TRIGGER dossiers_fts_insert;
DROP TRIGGER dossiers_fts_delete;
DROP TRIGGER dossiers_fts_update;
DROP TABLE dossier_fts;
)SQL";

// Version 7: the citizen notification outbox (one row per message and channel, written in the
// dossier change's transaction), every delivery attempt, and the administrators' templates.
const char* kV7 = R"SQL(
CREATE TABLE notifications (
  id %SERIAL%, dossier_code TEXT NOT NULL, agency_id TEXT NOT NULL, event TEXT NOT NULL,
  channel TEXT NOT NULL, recipient TEXT NOT NULL, subject TEXT NOT NULL, body TEXT NOT NULL,
  state TEXT NOT NULL, attempts INTEGER NOT NULL, next_attempt_at %BIGINT% NOT NULL,
  last_error TEXT NOT NULL, created_at %BIGINT% NOT NULL, delivered_at %BIGINT% NOT NULL);
CREATE INDEX notifications_due ON notifications (state, next_attempt_at);
CREATE INDEX notifications_dossier ON notifications (dossier_code);
CREATE TABLE notification_attempts (
  id %SERIAL%, notification_id %BIGINT% NOT NULL, at %BIGINT% NOT NULL, channel TEXT NOT NULL,
  outcome TEXT NOT NULL, error TEXT NOT NULL);
CREATE INDEX notification_attempts_message ON notification_attempts (notification_id);
CREATE TABLE notification_templates (
  event TEXT PRIMARY KEY, doc TEXT NOT NULL, updated_at %BIGINT% NOT NULL, updated_by TEXT NOT NULL)
)SQL";

// Version 8: the agency each change belongs to, so that the change feed carries only what the
// caller may see (its own agency's dossiers, procedures and users, plus what all share). Existing
// rows take the agency of the dossier, procedure or user they name; a code block's key starts
// with its agency.
const char* kV8Common = R"SQL(
ALTER TABLE changes ADD COLUMN agency_id TEXT NOT NULL DEFAULT '';
UPDATE changes SET agency_id = COALESCE(
  (SELECT d.agency_id FROM dossiers d WHERE d.code = changes.entity_key), '')
  WHERE entity = 'dossier';
UPDATE changes SET agency_id = COALESCE(
  (SELECT p.agency_id FROM procedures p WHERE p.national_code = changes.entity_key), '')
  WHERE entity = 'procedure';
CREATE INDEX changes_agency ON changes (agency_id, seq)
)SQL";
const char* kV8SqliteUsers = R"SQL(
UPDATE changes SET agency_id = COALESCE(
  (SELECT json_extract(u.doc, '$.agencyId') FROM users u WHERE u.username = changes.entity_key), '')
  WHERE entity = 'user';
UPDATE changes SET agency_id = substr(entity_key, 1, instr(entity_key, '/') - 1)
  WHERE entity = 'codeBlock'
)SQL";
const char* kV8PostgresUsers = R"SQL(
UPDATE changes SET agency_id = COALESCE(
  (SELECT u.doc::json->>'agencyId' FROM users u WHERE u.username = changes.entity_key), '')
  WHERE entity = 'user';
UPDATE changes SET agency_id = split_part(entity_key, '/', 1) WHERE entity = 'codeBlock'
)SQL";

// Version 9: guidance (Mẫu 02) and refusals (Mẫu 03) at the counter, recorded on the server so
// that they count in the agency's statistics.
const char* kV9 = R"SQL(
CREATE TABLE counter_outcomes (
  id %SERIAL%, agency_id TEXT NOT NULL, clerk TEXT NOT NULL, kind TEXT NOT NULL,
  at %BIGINT% NOT NULL, procedure_code TEXT NOT NULL, applicant TEXT NOT NULL,
  details TEXT NOT NULL, recorded_at %BIGINT% NOT NULL);
CREATE INDEX counter_outcomes_agency_at ON counter_outcomes (agency_id, at)
)SQL";

// Version 10: a new workstation's first sync (GET /api/v1/changes/snapshot) walks its agency's
// dossiers newest first and keeps the open ones of any age; with status in the index, the old
// closed ones are passed over without reading the table.
const char* kV10 = R"SQL(
CREATE INDEX dossiers_agency_received ON dossiers (agency_id, received_at, code, status)
)SQL";

// Version 11: dated versions of a procedure. A version is a draft until published with the day it
// takes effect (ISO dates, Vietnam days, both ends included; no end: until further notice).
// Versions saved before were in force as soon as saved: the newest of each procedure is in force
// since 2000 (before any dossier), the ones it replaced end before they begin (in force on no
// day, still read by the dossiers received under them). `procedures` keeps one row per procedure
// (its agency, field and search words, its newest version number); its doc is the newest version.
const char* kV11 = R"SQL(
ALTER TABLE procedure_versions ADD COLUMN effective_from TEXT;
ALTER TABLE procedure_versions ADD COLUMN effective_to TEXT;
UPDATE procedure_versions SET effective_from = '2000-01-01';
UPDATE procedure_versions SET effective_to = '1999-12-31'
  WHERE version < (SELECT p.version FROM procedures p
                   WHERE p.national_code = procedure_versions.national_code);
CREATE INDEX procedure_versions_effective ON procedure_versions (effective_from, national_code)
)SQL";

// Splits a script at the semicolons that end statements: those at the end of a line, outside a
// trigger's BEGIN ... END body.
std::vector<std::string> statements(const char* script)
{
    std::vector<std::string> out;
    std::string current;
    std::istringstream in(script);
    std::string line;
    int depth = 0;
    auto trimmed = [](const std::string& l) {
        const auto b = l.find_first_not_of(" \t");
        const auto e = l.find_last_not_of(" \t");
        return b == std::string::npos ? std::string() : l.substr(b, e - b + 1);
    };
    while (std::getline(in, line)) {
        const std::string t = trimmed(line);
        if (t.size() >= 5 && t.compare(t.size() - 5, 5, "BEGIN") == 0)
            ++depth;
        else if (depth > 0 && t.rfind("END", 0) == 0)
            --depth;
        if (depth == 0 && !t.empty() && t.back() == ';') {
            current += line.substr(0, line.find_last_of(';'));
            out.push_back(current);
            current.clear();
        } else {
            current += line + '\n';
        }
    }
    if (current.find_first_not_of(" \n") != std::string::npos)
        out.push_back(current);
    return out;
}

void ensureTable(Database& db)
{
    db.write([&](Poco::Data::Session& s) {
        s << "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, "
             "description TEXT NOT NULL, applied_at BIGINT NOT NULL)",
            now;
    });
}

void replaceAll(std::string& text, const std::string& from, const std::string& to)
{
    for (auto at = text.find(from); at != std::string::npos; at = text.find(from, at + to.size()))
        text.replace(at, from.size(), to);
}

// Version 12: the blank forms (mẫu đơn) of a procedure's papers. The bytes are kept by the
// attachment store (files with SQLite, attachment_blobs with PostgreSQL); this names their type.
const char* kV12 = R"SQL(
CREATE TABLE form_files (
  sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, mime TEXT NOT NULL, size %BIGINT% NOT NULL,
  uploaded_at %BIGINT% NOT NULL, uploaded_by TEXT NOT NULL)
)SQL";

// The one script of a migration in one backend's types.
std::string dialect(const char* script, bool postgres)
{
    std::string out = script;
    replaceAll(out, "%BIGINT%", postgres ? "BIGINT" : "INTEGER");
    replaceAll(out, "%SERIAL%",
               postgres ? "BIGSERIAL PRIMARY KEY" : "INTEGER PRIMARY KEY AUTOINCREMENT");
    return out;
}

std::string ftsIndex(const char* tokenizer)
{
    std::string out = kFtsIndex;
    replaceAll(out, "%TOKENIZER%", tokenizer);
    return out;
}

} // namespace

const std::vector<Migrations::Step>& Migrations::steps()
{
    static const std::vector<Step> all{
        {1, "catalogue, users, settings, dossiers, changes, audit log, tokens", dialect(kV1, false),
         dialect(kV1, true)},
        {2, "attachments", dialect(kV2, false), dialect(kV2, true) + ";\n" + kV2PostgresBlobs},
        {3, "trigram search index", ftsIndex("trigram"), kV3Postgres},
        {4, "public view of dossiers", kV4, kV4},
        {5, "dossier documents in their own table", kV5, kV5},
        {6, "word-prefix search index", std::string(kV6SqliteDrop) + ftsIndex("unicode61"),
         "SELECT 1"},
        {7, "notification outbox", dialect(kV7, false), dialect(kV7, true)},
        {8, "the agency of each change", std::string(kV8Common) + ";\n" + kV8SqliteUsers,
         std::string(kV8Common) + ";\n" + kV8PostgresUsers},
        {9, "guidance and refusals at the counter", dialect(kV9, false), dialect(kV9, true)},
        {10, "first-sync index of each agency's dossiers", kV10, kV10},
        {11, "dated versions of a procedure", kV11, kV11},
        {12, "blank forms of papers", dialect(kV12, false), dialect(kV12, true)},
    };
    return all;
}

int Migrations::currentVersion(Database& db)
{
    return db.read([&](Poco::Data::Session& s) {
        int v = 0;
        s << "SELECT COALESCE(MAX(version), 0) FROM schema_migrations", into(v), now;
        return v;
    });
}

int Migrations::migrate(Database& db)
{
    ensureTable(db);
    for (const Step& step : steps()) {
        db.write([&](Poco::Data::Session& s) {
            if (db.isPostgres()) // servers starting together take turns
                s << "SELECT pg_advisory_xact_lock(7270011)", now;
            int done = 0;
            s << db.sql("SELECT COUNT(*) FROM schema_migrations WHERE version = ?"), into(done),
                bind(step.version), now;
            if (done)
                return;
            for (const std::string& statement :
                 statements((db.isPostgres() ? step.postgres : step.sqlite).c_str()))
                s << statement, now;
            const Poco::Int64 at = Poco::Timestamp().epochMicroseconds() / 1000;
            s << db.sql("INSERT INTO schema_migrations (version, description, applied_at) VALUES "
                        "(?, ?, ?)"),
                bind(step.version), bind(std::string(step.description)), bind(at), now;
        });
    }
    const int version = currentVersion(db);
    if (version > steps().back().version) {
        throw Poco::IllegalStateException(
            "the database schema (version " + std::to_string(version) +
            ") is newer than this server knows (" + std::to_string(steps().back().version) + ")");
    }
    return version;
}

} // namespace motcua::server
