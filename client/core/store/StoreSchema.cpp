#include "core/store/StoreSchema.h"

#include "core/store/StoreImpl.h"

#include <QStringList>

namespace motcua::client {

namespace {

struct Migration {
    int version;
    const char* description;
    QStringList statements;
};

// Version 1: everything the counter needs offline.
//  - dossiers.sort_key is the row id: minus the receipt time in ms ×1000 (plus a few for equal
//    times), so ascending order is newest first — the order FTS5 reads its lists in, which lets a
//    search stop after `limit` matches.
//  - The FTS index is external-content over dossiers.search, kept by triggers.
//  - dossier_docs keeps the whole dossier (codec JSON, zlib) apart from the narrow list columns.
const QList<Migration>& migrations()
{
    static const QList<Migration> list{
        {1,
         "initial schema",
         {
             QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value BLOB)"),
             QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value BLOB)"),
             QStringLiteral("CREATE TABLE agencies (id TEXT PRIMARY KEY, doc BLOB NOT NULL)"),
             QStringLiteral("CREATE TABLE fields (code TEXT PRIMARY KEY, doc BLOB NOT NULL)"),
             QStringLiteral("CREATE TABLE procedures (national_code TEXT PRIMARY KEY, "
                            "local_code TEXT, name TEXT NOT NULL, field_code TEXT, "
                            "doc BLOB NOT NULL)"),
             QStringLiteral("CREATE INDEX procedures_local ON procedures (local_code)"),
             QStringLiteral("CREATE TABLE users (username TEXT PRIMARY KEY, active INTEGER NOT "
                            "NULL, doc BLOB NOT NULL)"),
             QStringLiteral("CREATE TABLE recent_procedures (code TEXT PRIMARY KEY, used_at "
                            "INTEGER NOT NULL, uses INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE dossiers (sort_key INTEGER PRIMARY KEY, "
                            "code TEXT NOT NULL UNIQUE, version INTEGER NOT NULL, "
                            "status INTEGER NOT NULL, owner_name TEXT, owner_id TEXT, "
                            "owner_phone TEXT, procedure_code TEXT, procedure_name TEXT, "
                            "received_at INTEGER, appointment_at INTEGER, finished_at INTEGER, "
                            "pending INTEGER NOT NULL DEFAULT 0, search TEXT NOT NULL)"),
             QStringLiteral("CREATE INDEX dossiers_pending ON dossiers (pending) WHERE pending"),
             QStringLiteral("CREATE INDEX dossiers_status ON dossiers (status, sort_key)"),
             // A rowid table: the documents (~1 KiB compressed) are too big for WITHOUT ROWID,
             // which would leave most of each page empty.
             QStringLiteral("CREATE TABLE dossier_docs (code TEXT PRIMARY KEY, doc BLOB NOT NULL)"),
             QStringLiteral("CREATE VIRTUAL TABLE dossier_fts USING fts5(search, "
                            "content='dossiers', content_rowid='sort_key', "
                            "tokenize='unicode61', prefix='1 2 3')"),
             QStringLiteral("CREATE TRIGGER dossiers_fts_insert AFTER INSERT ON dossiers BEGIN "
                            "INSERT INTO dossier_fts (rowid, search) VALUES (new.sort_key, "
                            "new.search); END"),
             QStringLiteral("CREATE TRIGGER dossiers_fts_delete AFTER DELETE ON dossiers BEGIN "
                            "INSERT INTO dossier_fts (dossier_fts, rowid, search) VALUES "
                            "('delete', old.sort_key, old.search); END"),
             QStringLiteral("CREATE TRIGGER dossiers_fts_update AFTER UPDATE OF search ON "
                            "dossiers BEGIN INSERT INTO dossier_fts (dossier_fts, rowid, search) "
                            "VALUES ('delete', old.sort_key, old.search); INSERT INTO "
                            "dossier_fts (rowid, search) VALUES (new.sort_key, new.search); END"),
             QStringLiteral("CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "request_id TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, "
                            "dossier_code TEXT, username TEXT NOT NULL, method TEXT NOT NULL, "
                            "path TEXT NOT NULL, body BLOB NOT NULL, alt_body BLOB, "
                            "idempotency_key TEXT NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, "
                            "last_error TEXT, state TEXT NOT NULL, problems BLOB, "
                            "server_body BLOB, created_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE INDEX outbox_dossier ON outbox (dossier_code, id)"),
             QStringLiteral("CREATE TABLE drafts (key TEXT PRIMARY KEY, json BLOB NOT NULL, "
                            "updated_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE credentials (username TEXT PRIMARY KEY, hash TEXT NOT "
                            "NULL, user_doc BLOB NOT NULL, updated_at INTEGER NOT NULL)"),
             QStringLiteral("CREATE TABLE counter_outcomes (id INTEGER PRIMARY KEY "
                            "AUTOINCREMENT, kind TEXT NOT NULL, at INTEGER NOT NULL, "
                            "procedure_code TEXT, applicant TEXT, clerk TEXT, "
                            "details BLOB NOT NULL)"),
             QStringLiteral("CREATE INDEX counter_outcomes_at ON counter_outcomes (at)"),
         }},
        // Version 2: work queues and scanned papers.
        //  - The columns a work queue filters and sorts on, beside the list columns: who holds
        //    the dossier (unit, step, its role, assignee), the current step's deadline and the
        //    procedure's field. Rows written by version 1 have them NULL until rewritten (the
        //    store rewrites them from their documents when it opens; see LocalStore::open).
        //  - attachments: scanned or imported files per dossier component (component 0 is the
        //    result document), kept here byte for byte until the server has them and as a cache
        //    of what was downloaded; `on_server` once the server acknowledged them.
        //  - seen: which dossier version each user last opened (the "new to me" queue).
        {2,
         "work queues and attachments",
         {
             QStringLiteral("ALTER TABLE dossiers ADD COLUMN current_unit TEXT"),
             QStringLiteral("ALTER TABLE dossiers ADD COLUMN current_step TEXT"),
             QStringLiteral("ALTER TABLE dossiers ADD COLUMN step_role TEXT"),
             QStringLiteral("ALTER TABLE dossiers ADD COLUMN assignee TEXT"),
             QStringLiteral("ALTER TABLE dossiers ADD COLUMN step_due_at INTEGER"),
             QStringLiteral("ALTER TABLE dossiers ADD COLUMN field_code TEXT"),
             QStringLiteral("CREATE INDEX dossiers_assignee ON dossiers (assignee, status)"),
             QStringLiteral("CREATE INDEX dossiers_unit ON dossiers (current_unit, status)"),
             QStringLiteral("CREATE TABLE attachments (id INTEGER PRIMARY KEY AUTOINCREMENT, "
                            "dossier_code TEXT NOT NULL, component_id INTEGER NOT NULL, "
                            "sha256 TEXT NOT NULL, name TEXT NOT NULL, mime TEXT NOT NULL, "
                            "size INTEGER NOT NULL, bytes BLOB, created_at INTEGER NOT NULL, "
                            "created_by TEXT, on_server INTEGER NOT NULL DEFAULT 0, "
                            "UNIQUE (dossier_code, component_id, sha256))"),
             QStringLiteral("CREATE INDEX attachments_sha ON attachments (sha256)"),
             QStringLiteral("CREATE TABLE seen (username TEXT NOT NULL, dossier_code TEXT NOT "
                            "NULL, version INTEGER NOT NULL, PRIMARY KEY (username, "
                            "dossier_code)) WITHOUT ROWID"),
         }},
        // Version 3: guidance and refusals go to the server too. `request_id` ties a row to its
        // outbox item (the Idempotency-Key); `server_id` is set when the server acknowledged it.
        {3,
         "counter outcomes sent to the server",
         {
             QStringLiteral("ALTER TABLE counter_outcomes ADD COLUMN request_id TEXT"),
             QStringLiteral("ALTER TABLE counter_outcomes ADD COLUMN server_id INTEGER"),
             QStringLiteral("CREATE UNIQUE INDEX counter_outcomes_request ON counter_outcomes "
                            "(request_id) WHERE request_id IS NOT NULL"),
         }},
        // Version 4: the versions of a procedure in force today and later, each with its days,
        // so that a version published for a later day takes effect on that day offline. Rows
        // synced before keep no days (in force whatever the day) until the next sync.
        {4,
         "procedure versions with their days",
         {
             QStringLiteral("CREATE TABLE procedure_versions (national_code TEXT NOT NULL, "
                            "version INTEGER NOT NULL, local_code TEXT, name TEXT NOT NULL, "
                            "field_code TEXT, effective_from TEXT, effective_to TEXT, "
                            "doc BLOB NOT NULL, PRIMARY KEY (national_code, version))"),
             QStringLiteral("INSERT INTO procedure_versions (national_code, version, local_code, "
                            "name, field_code, doc) SELECT national_code, COALESCE(json_extract("
                            "CAST(doc AS TEXT), '$.version'), 1), local_code, name, field_code, "
                            "doc FROM procedures"),
             QStringLiteral("DROP TABLE procedures"),
             QStringLiteral("CREATE INDEX procedure_versions_local ON procedure_versions "
                            "(local_code)"),
         }},
        // Version 5: the blank forms the synced procedures name, so that an offline counter
        // still prints them. Kept by their SHA-256, checked when downloaded.
        {5,
         "blank forms of papers",
         {
             QStringLiteral("CREATE TABLE form_files (sha256 TEXT PRIMARY KEY, mime TEXT NOT NULL, "
                            "bytes BLOB NOT NULL)"),
         }},
    };
    return list;
}

} // namespace

int StoreSchema::latestVersion()
{
    return migrations().last().version;
}

int StoreSchema::version(const QSqlDatabase& db)
{
    store::Sql q(db, QStringLiteral("PRAGMA user_version"));
    if (!q.exec() || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status StoreSchema::migrate(const QSqlDatabase& db)
{
    const int current = version(db);
    if (current < 0)
        return Error{
            QStringLiteral("store.sql"), QStringLiteral("cannot read the schema version"), {}};
    if (current > latestVersion())
        return Error{QStringLiteral("store.too_new"),
                     QStringLiteral("the store has schema version %1; this client knows up to %2")
                         .arg(current)
                         .arg(latestVersion()),
                     {}};
    for (const Migration& m : migrations()) {
        if (m.version <= current)
            continue;
        if (Status s = store::execute(db, QStringLiteral("BEGIN IMMEDIATE")); !s)
            return s;
        Status step = success();
        for (const QString& sql : m.statements) {
            step = store::execute(db, sql);
            if (!step)
                break;
        }
        if (step) // PRAGMA takes no bound parameters
            step = store::execute(db, QStringLiteral("PRAGMA user_version = %1").arg(m.version));
        if (!step) {
            (void)store::execute(db, QStringLiteral("ROLLBACK"));
            return Error{step.error().code,
                         QStringLiteral("migration %1 (%2): %3")
                             .arg(m.version)
                             .arg(QLatin1String(m.description), step.error().message),
                         {}};
        }
        if (Status s = store::execute(db, QStringLiteral("COMMIT")); !s)
            return s;
    }
    return success();
}

} // namespace motcua::client
