#include "core/store/LocalStore.h"

#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/store/CredentialHasher.h"
#include "core/store/StoreImpl.h"
#include "core/store/StoreSchema.h"

#include <QDataStream>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStore, "motcua.store", QtInfoMsg)

namespace motcua::client {

using store::Sql;

namespace store {

QVariant millis(const QDateTime& t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMillis(const QVariant& v)
{
    if (v.isNull())
        return {};
    return vntime::toVietnam(QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC));
}

void warn(const Error& e)
{
    qCWarning(lcStore).noquote() << e.code << e.message;
}

} // namespace store

namespace {

constexpr auto kCursorKey = "sync.cursor";
constexpr auto kCalendarKey = "calendar.settings";
constexpr auto kCalendarVersionKey = "calendar.version";
constexpr auto kCodePoolKey = "codes.pool";

template <typename T> std::optional<T> decodeDoc(const QByteArray& json)
{
    auto v = codec::decode<T>(json);
    if (!v) {
        store::warn(v.error());
        return std::nullopt;
    }
    return std::move(v).value();
}

template <typename T> QList<T> decodeAll(Sql& q)
{
    QList<T> out;
    while (q.next()) {
        if (auto v = decodeDoc<T>(q.value(0).toByteArray()))
            out.append(std::move(*v));
    }
    return out;
}

QByteArray variantBytes(const QVariant& v)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << v;
    return bytes;
}

QVariant bytesVariant(const QByteArray& bytes)
{
    QDataStream in(bytes);
    in.setVersion(QDataStream::Qt_6_4);
    QVariant v;
    in >> v;
    return in.status() == QDataStream::Ok ? v : QVariant();
}

} // namespace

LocalStore::LocalStore(std::unique_ptr<Impl> impl)
    : d(std::move(impl))
{}

LocalStore::~LocalStore()
{
    if (!d)
        return;
    const QString name = d->connection;
    d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

Expected<std::unique_ptr<LocalStore>> LocalStore::open(const QString& filePath)
{
    const QFileInfo info(filePath);
    if (!QDir().mkpath(info.absolutePath()))
        return Error{QStringLiteral("store.open_failed"),
                     QStringLiteral("cannot create the folder %1").arg(info.absolutePath()),
                     {}};
    // Citizens' personal data and password hashes: readable by this OS account only. SQLite gives
    // the -wal and -shm files the database file's permissions, so creating it 0600 covers them.
    if (!info.exists()) {
        QFile create(info.absoluteFilePath());
        if (!create.open(QIODevice::WriteOnly) ||
            !create.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{QStringLiteral("store.open_failed"),
                         QStringLiteral("cannot create %1").arg(info.absoluteFilePath()),
                         {}};
    }
    auto impl = std::make_unique<Impl>();
    impl->path = info.absoluteFilePath();
    impl->connection =
        QStringLiteral("motcua-store-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    impl->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), impl->connection);
    impl->db.setDatabaseName(impl->path);
    impl->db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    std::unique_ptr<LocalStore> s(new LocalStore(std::move(impl)));
    if (!s->d->db.open())
        return Error{QStringLiteral("store.open_failed"), s->d->db.lastError().text(), {}};
    const QSqlDatabase& db = s->d->db;
    // WAL: readers never block the writer. FULL: every commit is fsynced before it returns —
    // what the clerk was told is saved must survive a power cut.
    {
        Sql wal(db, QStringLiteral("PRAGMA journal_mode = WAL"));
        if (Status ok = wal.exec(); !ok)
            return ok.error();
        if (!wal.next() ||
            wal.value(0).toString().compare(QLatin1String("wal"), Qt::CaseInsensitive))
            return Error{QStringLiteral("store.open_failed"),
                         QStringLiteral("the store cannot use write-ahead logging"),
                         {}};
    } // statement finished: a COMMIT waits for none
    for (const char* pragma :
         {"PRAGMA synchronous = FULL", "PRAGMA foreign_keys = ON", "PRAGMA temp_store = MEMORY"}) {
        if (Status ok = store::execute(db, QLatin1String(pragma)); !ok)
            return ok.error();
    }
    if (Status ok = StoreSchema::migrate(db); !ok)
        return ok.error();
    // Schema 2 added the work-queue columns; rows written before are filled from their
    // documents once (a few seconds on a very large store; see fillQueueColumns()).
    if (s->meta(QStringLiteral("store.queue_columns")) != "1") {
        QElapsedTimer timer;
        timer.start();
        auto filled = s->fillQueueColumns();
        if (!filled)
            return filled.error();
        if (*filled > 0)
            qCInfo(lcStore) << "filled the work-queue columns of" << *filled << "dossiers in"
                            << timer.elapsed() << "ms";
    }
    return s;
}

QString LocalStore::filePath() const
{
    return d->path;
}

int LocalStore::schemaVersion() const
{
    return StoreSchema::version(d->db);
}

Status LocalStore::transaction(const std::function<Status()>& work)
{
    if (d->depth > 0) {
        ++d->depth;
        Status s = work();
        --d->depth;
        return s;
    }
    // IMMEDIATE: take the write lock now (waiting out the busy timeout), so a transaction that
    // reads before writing can never fail half-way on a lock upgrade.
    if (Status s = store::execute(d->db, QStringLiteral("BEGIN IMMEDIATE")); !s)
        return s;
    d->depth = 1;
    Status result = work();
    d->depth = 0;
    if (!result) {
        (void)store::execute(d->db, QStringLiteral("ROLLBACK"));
        return result;
    }
    if (Status s = store::execute(d->db, QStringLiteral("COMMIT")); !s) {
        (void)store::execute(d->db, QStringLiteral("ROLLBACK"));
        return s;
    }
    return success();
}

// --- catalogue -----------------------------------------------------------------------------

namespace {

// The versions in force on `day`: days unknown (synced before 1.3) count as always in force; a
// version published for a later day takes effect on its day without a sync.
// Binds: the day twice.
const char* kInForce = "effective_from IS NULL OR (effective_from <= ? AND "
                       "(effective_to IS NULL OR effective_to >= ?))";

} // namespace

QList<Procedure> LocalStore::procedures(const QDate& day) const
{
    Sql q(d->db, QStringLiteral("SELECT doc FROM procedure_versions WHERE %1 "
                                "ORDER BY national_code, version")
                     .arg(QLatin1String(kInForce)));
    q.bind(day.toString(Qt::ISODate)).bind(day.toString(Qt::ISODate));
    if (Status s = q.exec(); !s) {
        store::warn(s.error());
        return {};
    }
    QList<Procedure> out;
    for (Procedure& p : decodeAll<Procedure>(q)) {
        if (!out.isEmpty() && out.last().nationalCode == p.nationalCode)
            out.last() = std::move(p); // never two in force; should it happen, the newest wins
        else
            out << std::move(p);
    }
    return out;
}

std::optional<Procedure> LocalStore::procedure(const QString& code, const QDate& day) const
{
    Sql q(d->db, QStringLiteral("SELECT doc FROM procedure_versions WHERE (national_code = ? OR "
                                "local_code = ?) AND (%1) ORDER BY national_code = ? DESC, "
                                "version DESC LIMIT 1")
                     .arg(QLatin1String(kInForce)));
    const QString iso = day.toString(Qt::ISODate);
    q.bind(code).bind(code).bind(iso).bind(iso).bind(code);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return decodeDoc<Procedure>(q.value(0).toByteArray());
}

QList<Procedure> LocalStore::procedures() const
{
    return procedures(vntime::civilDate(vntime::now()));
}

std::optional<Procedure> LocalStore::procedure(const QString& code) const
{
    return procedure(code, vntime::civilDate(vntime::now()));
}

QList<Field> LocalStore::fields() const
{
    Sql q(d->db, QStringLiteral("SELECT doc FROM fields ORDER BY code"));
    if (Status s = q.exec(); !s)
        return {};
    return decodeAll<Field>(q);
}

QList<Agency> LocalStore::agencies() const
{
    Sql q(d->db, QStringLiteral("SELECT doc FROM agencies ORDER BY id"));
    if (Status s = q.exec(); !s)
        return {};
    return decodeAll<Agency>(q);
}

std::optional<Agency> LocalStore::agency(const QString& id) const
{
    Sql q(d->db, QStringLiteral("SELECT doc FROM agencies WHERE id = ?"));
    q.bind(id);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return decodeDoc<Agency>(q.value(0).toByteArray());
}

QList<User> LocalStore::users() const
{
    Sql q(d->db, QStringLiteral("SELECT doc FROM users ORDER BY username"));
    if (Status s = q.exec(); !s)
        return {};
    return decodeAll<User>(q);
}

std::optional<User> LocalStore::user(const QString& username) const
{
    Sql q(d->db, QStringLiteral("SELECT doc FROM users WHERE username = ?"));
    q.bind(username);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return decodeDoc<User>(q.value(0).toByteArray());
}

CalendarSettings LocalStore::calendarSettings() const
{
    const QByteArray json = meta(QLatin1String(kCalendarKey));
    if (json.isEmpty())
        return CalendarSettings::standard();
    return decodeDoc<CalendarSettings>(json).value_or(CalendarSettings::standard());
}

qint64 LocalStore::calendarVersion() const
{
    const QByteArray v = meta(QLatin1String(kCalendarVersionKey));
    return v.isEmpty() ? -1 : v.toLongLong();
}

bool LocalStore::hasCalendar() const
{
    return !meta(QLatin1String(kCalendarKey)).isEmpty();
}

Status LocalStore::saveCalendar(const CalendarSettings& settings, qint64 version)
{
    return transaction([&]() -> Status {
        if (Status s = setMeta(QLatin1String(kCalendarKey), codec::encode(settings)); !s)
            return s;
        return setMeta(QLatin1String(kCalendarVersionKey), QByteArray::number(version));
    });
}

QStringList LocalStore::recentProcedures(int limit) const
{
    Sql q(d->db, QStringLiteral("SELECT code FROM recent_procedures ORDER BY used_at DESC, uses "
                                "DESC LIMIT ?"));
    q.bind(limit);
    QStringList out;
    if (Status s = q.exec(); !s)
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status LocalStore::touchProcedure(const QString& code)
{
    return transaction([&] {
        return store::execute(d->db,
                              QStringLiteral("INSERT INTO recent_procedures (code, used_at, uses) "
                                             "VALUES (?, ?, 1) ON CONFLICT (code) DO UPDATE SET "
                                             "used_at = excluded.used_at, uses = uses + 1"),
                              {code, QDateTime::currentMSecsSinceEpoch()});
    });
}

namespace {

QVariant day(const QDate& d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Status LocalStore::replaceCatalogue(const QList<Agency>& agencies, const QList<Field>& fields,
                                    const QList<Procedure>& procedures)
{
    return transaction([&]() -> Status {
        for (const char* table : {"agencies", "fields", "procedure_versions"}) {
            if (Status s =
                    store::execute(d->db, QStringLiteral("DELETE FROM ") + QLatin1String(table));
                !s)
                return s;
        }
        for (const Agency& a : agencies) {
            if (Status s = store::execute(d->db,
                                          QStringLiteral("INSERT INTO agencies (id, doc) VALUES "
                                                         "(?, ?)"),
                                          {a.id, codec::encode(a)});
                !s)
                return s;
        }
        for (const Field& f : fields) {
            if (Status s = store::execute(d->db,
                                          QStringLiteral("INSERT INTO fields (code, doc) VALUES "
                                                         "(?, ?)"),
                                          {f.code, codec::encode(f)});
                !s)
                return s;
        }
        for (const Procedure& p : procedures) {
            if (Status s = store::execute(
                    d->db,
                    QStringLiteral("INSERT OR REPLACE INTO procedure_versions (national_code, "
                                   "version, local_code, name, field_code, effective_from, "
                                   "effective_to, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {p.nationalCode, p.version,
                     p.localCode.isEmpty() ? QVariant() : QVariant(p.localCode), p.name,
                     p.fieldCode, day(p.effectiveFrom), day(p.effectiveTo), codec::encode(p)});
                !s)
                return s;
        }
        return success();
    });
}

Status LocalStore::replaceUsers(const QList<User>& users)
{
    return transaction([&]() -> Status {
        if (Status s = store::execute(d->db, QStringLiteral("DELETE FROM users")); !s)
            return s;
        for (const User& u : users) {
            if (Status s = store::execute(d->db,
                                          QStringLiteral("INSERT INTO users (username, active, "
                                                         "doc) VALUES (?, ?, ?)"),
                                          {u.username, u.active ? 1 : 0, codec::encode(u)});
                !s)
                return s;
        }
        return success();
    });
}

// --- drafts --------------------------------------------------------------------------------

Status LocalStore::saveDraft(const QString& key, const QByteArray& json)
{
    return transaction([&] {
        return store::execute(d->db,
                              QStringLiteral("INSERT INTO drafts (key, json, updated_at) VALUES "
                                             "(?, ?, ?) ON CONFLICT (key) DO UPDATE SET json = "
                                             "excluded.json, updated_at = excluded.updated_at"),
                              {key, json, QDateTime::currentMSecsSinceEpoch()});
    });
}

std::optional<QByteArray> LocalStore::draft(const QString& key) const
{
    Sql q(d->db, QStringLiteral("SELECT json FROM drafts WHERE key = ?"));
    q.bind(key);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

QStringList LocalStore::draftKeys() const
{
    Sql q(d->db, QStringLiteral("SELECT key FROM drafts ORDER BY updated_at DESC, key"));
    QStringList out;
    if (Status s = q.exec(); !s)
        return out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Status LocalStore::removeDraft(const QString& key)
{
    return transaction([&] {
        return store::execute(d->db, QStringLiteral("DELETE FROM drafts WHERE key = ?"), {key});
    });
}

// --- counter outcomes ----------------------------------------------------------------------

Status LocalStore::recordCounterOutcome(const QString& kind, const QJsonObject& details,
                                        const QString& requestId)
{
    if (kind != QLatin1String("guide") && kind != QLatin1String("refuse"))
        return Error{
            QStringLiteral("store.bad_outcome_kind"),
            QStringLiteral("a counter outcome is \"guide\" or \"refuse\", not \"%1\"").arg(kind),
            QStringLiteral("kind")};
    QDateTime at =
        QDateTime::fromString(details.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
    if (!at.isValid())
        at = vntime::now();
    QJsonObject all = details;
    all.insert(QStringLiteral("at"), vntime::toVietnam(at).toString(Qt::ISODate));
    all.insert(QStringLiteral("kind"), kind);
    return transaction([&] {
        return store::execute(
            d->db,
            QStringLiteral("INSERT INTO counter_outcomes (kind, at, procedure_code, applicant, "
                           "clerk, details, request_id) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {kind, at.toMSecsSinceEpoch(),
             details.value(QStringLiteral("procedureCode")).toString(),
             details.value(QStringLiteral("applicant")).toString(),
             details.value(QStringLiteral("clerk")).toString(),
             QJsonDocument(all).toJson(QJsonDocument::Compact),
             requestId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(requestId)});
    });
}

Status LocalStore::markCounterOutcomeSent(const QString& requestId, qint64 serverId)
{
    return transaction([&] {
        return store::execute(
            d->db, QStringLiteral("UPDATE counter_outcomes SET server_id = ? WHERE request_id = ?"),
            {serverId, requestId});
    });
}

Status LocalStore::markCounterOutcomeRefused(const QString& requestId, const QString& problemCode)
{
    return transaction([&]() -> Status {
        Sql q(d->db, QStringLiteral("SELECT details FROM counter_outcomes WHERE request_id = ?"));
        q.bind(requestId);
        if (Status s = q.exec(); !s)
            return s;
        if (!q.next())
            return success(); // nothing kept of it here (an outcome of an older version)
        QJsonObject details = QJsonDocument::fromJson(q.value(0).toByteArray()).object();
        details.insert(QStringLiteral("serverRefused"),
                       problemCode.isEmpty() ? QStringLiteral("refused") : problemCode);
        return store::execute(
            d->db, QStringLiteral("UPDATE counter_outcomes SET details = ? WHERE request_id = ?"),
            {QJsonDocument(details).toJson(QJsonDocument::Compact), requestId});
    });
}

QList<CounterOutcome> LocalStore::counterOutcomes(const QDate& from, const QDate& to) const
{
    Sql q(d->db, QStringLiteral("SELECT id, kind, at, procedure_code, applicant, clerk, details, "
                                "request_id, server_id FROM counter_outcomes WHERE at >= ? AND "
                                "at < ? ORDER BY at, id"));
    q.bind(vntime::fromCivil(from, QTime(0, 0)).toMSecsSinceEpoch())
        .bind(vntime::fromCivil(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch());
    QList<CounterOutcome> out;
    if (Status s = q.exec(); !s)
        return out;
    while (q.next()) {
        CounterOutcome c;
        c.id = q.value(0).toLongLong();
        c.kind = q.value(1).toString();
        c.at = store::fromMillis(q.value(2));
        c.procedureCode = q.value(3).toString();
        c.applicant = q.value(4).toString();
        c.clerk = q.value(5).toString();
        c.details = QJsonDocument::fromJson(q.value(6).toByteArray()).object();
        c.requestId = q.value(7).toString();
        c.serverId = q.value(8).toLongLong();
        out.append(c);
    }
    return out;
}

// --- settings and meta ---------------------------------------------------------------------

QVariant LocalStore::setting(const QString& key, const QVariant& def) const
{
    Sql q(d->db, QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    q.bind(key);
    if (Status s = q.exec(); !s || !q.next())
        return def;
    const QVariant v = bytesVariant(q.value(0).toByteArray());
    return v.isValid() ? v : def;
}

Status LocalStore::setSetting(const QString& key, const QVariant& v)
{
    return transaction([&] {
        return store::execute(d->db,
                              QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) ON "
                                             "CONFLICT (key) DO UPDATE SET value = "
                                             "excluded.value"),
                              {key, variantBytes(v)});
    });
}

QByteArray LocalStore::meta(const QString& key) const
{
    Sql q(d->db, QStringLiteral("SELECT value FROM meta WHERE key = ?"));
    q.bind(key);
    if (Status s = q.exec(); !s || !q.next())
        return {};
    return q.value(0).toByteArray();
}

Status LocalStore::setMeta(const QString& key, const QByteArray& value)
{
    return transaction([&] {
        return store::execute(d->db,
                              QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON "
                                             "CONFLICT (key) DO UPDATE SET value = "
                                             "excluded.value"),
                              {key, value});
    });
}

qint64 LocalStore::syncCursor() const
{
    return meta(QLatin1String(kCursorKey)).toLongLong();
}

Status LocalStore::setSyncCursor(qint64 seq)
{
    return setMeta(QLatin1String(kCursorKey), QByteArray::number(seq));
}

QByteArray LocalStore::codePoolState() const
{
    return meta(QLatin1String(kCodePoolKey));
}

Status LocalStore::saveCodePoolState(const QByteArray& state)
{
    return setMeta(QLatin1String(kCodePoolKey), state);
}

// --- offline login -------------------------------------------------------------------------

Status LocalStore::rememberCredentials(const User& user, const QString& password)
{
    auto hash = CredentialHasher::hash(password);
    if (!hash)
        return hash.error();
    return transaction([&] {
        return store::execute(d->db,
                              QStringLiteral("INSERT INTO credentials (username, hash, user_doc, "
                                             "updated_at) VALUES (?, ?, ?, ?) ON CONFLICT "
                                             "(username) DO UPDATE SET hash = excluded.hash, "
                                             "user_doc = excluded.user_doc, updated_at = "
                                             "excluded.updated_at"),
                              {user.username, QString::fromLatin1(*hash), codec::encode(user),
                               QDateTime::currentMSecsSinceEpoch()});
    });
}

Expected<User> LocalStore::verifyOfflineLogin(const QString& username,
                                              const QString& password) const
{
    Sql q(d->db, QStringLiteral("SELECT hash, user_doc FROM credentials WHERE username = ?"));
    q.bind(username);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error{QStringLiteral("auth.offline_unknown_user"),
                     QStringLiteral("this user has never logged in online on this workstation"),
                     QStringLiteral("username")};
    const QByteArray hash = q.value(0).toByteArray();
    auto cached = decodeDoc<User>(q.value(1).toByteArray());
    if (!CredentialHasher::verify(password, hash) || !cached)
        return Error{QStringLiteral("auth.invalid_credentials"),
                     QStringLiteral("wrong username or password"),
                     {}};
    // The users list synced from the server is newer than the login that cached the user.
    const User current = user(username).value_or(*cached);
    if (!current.active || !cached->active)
        return Error{
            QStringLiteral("auth.account_disabled"), QStringLiteral("the account is disabled"), {}};
    return current;
}

Status LocalStore::forgetCredentials(const QString& username)
{
    return transaction([&] {
        return store::execute(d->db, QStringLiteral("DELETE FROM credentials WHERE username = ?"),
                              {username});
    });
}

} // namespace motcua::client
