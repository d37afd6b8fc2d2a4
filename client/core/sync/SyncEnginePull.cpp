// SyncEngine: pulling the change feed and the catalogue; topping up reserved numbers.

#include "catalogue/ProcedureVersions.h"
#include "codec/JsonCodec.h"
#include "core/FileType.h"
#include "core/VnTime.h"
#include "core/api/ApiClient.h"
#include "core/api/ServerJson.h"
#include "core/sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua::client {

namespace {

constexpr auto kInitialDone = "sync.initialDone";
constexpr auto kSnapshotAfter = "sync.snapshotAfter"; // where an interrupted first sync resumes
constexpr auto kSnapshotSince = "sync.snapshotSince"; // the feed position it follows from
constexpr auto kAsideDossiers = "sync.asideDossiers"; // codes this version could not read

// How a catalogue entry, user or dossier is named in what the clerk is told was kept aside.
QString keyOf(const QJsonObject& o)
{
    for (const char* key : {"code", "username", "id", "nationalCode"}) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty())
            return v.toString().left(80);
        if (v.isDouble())
            return QString::number(v.toInteger());
    }
    return QStringLiteral("?");
}

} // namespace

template <typename T>
std::optional<QList<T>> SyncEngine::listOf(const ApiResult& r, const QString& kind)
{
    if (!r.ok())
        return std::nullopt;
    if (!r.body.isArray()) {
        qCWarning(lcSync) << kind << "list not understood: not an array";
        return std::nullopt;
    }
    // Entry by entry: one this version cannot understand (an enumeration value added later) is
    // kept aside and reported, and the rest of the list still serves the counter.
    QList<T> list;
    QStringList aside;
    const QJsonArray array = r.body.toArray();
    for (const QJsonValue& v : array) {
        auto entry = fromServer<T>(v);
        if (entry) {
            list.append(std::move(entry).value());
        } else {
            aside.append(keyOf(v.toObject()));
            qCWarning(lcSync) << kind << aside.last()
                              << "not understood:" << entry.error().describe();
        }
    }
    keepAside(kind, aside);
    return list;
}

void SyncEngine::keepAside(const QString& kind, const QStringList& keys)
{
    if (keys.isEmpty())
        m_keptAsideByKind.remove(kind);
    else
        m_keptAsideByKind.insert(kind, keys);
    QStringList all;
    for (auto it = m_keptAsideByKind.cbegin(); it != m_keptAsideByKind.cend(); ++it) {
        for (const QString& key : it.value())
            all.append(it.key() + u' ' + key);
    }
    if (all == m_keptAside)
        return;
    const bool wasRequired = updateRequired();
    m_keptAside = all;
    if (wasRequired || updateRequired())
        emit compatibilityChanged(updateRequired(), m_keptAside);
}

bool SyncEngine::pull()
{
    setState(QStringLiteral("pulling"));
    if (m_store->meta(QLatin1String(kInitialDone)).isEmpty()) {
        if (!initialSync())
            return false;
    } else if (m_refreshLists) {
        if (!fetchCatalogue() || !fetchCalendar() || !fetchUsers())
            return false;
    }
    m_refreshLists = false;
    if (!m_missingForms.isEmpty())
        fetchMissingForms();

    bool changed = false;
    // A dossier this version cannot understand is never lost: its code is kept (in the store,
    // in the same transaction as the cursor that moves past it) and asked for again by code at
    // every sync, so that an updated application takes it in — without reading the feed again
    // from before it at every cycle.
    QStringList aside = keptAsideDossiers();
    const QStringList asideBefore = aside;
    qint64 cursor = m_store->syncCursor();
    while (!stopping()) {
        serviceCommands();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.changesPageSize));
        // The page's dossiers come with it (API 1.2); an older server leaves them out and they
        // are fetched one by one below.
        query.addQueryItem(QStringLiteral("include"), QStringLiteral("dossiers"));
        const ApiResult r = m_api->get(QStringLiteral("/changes"), query);
        noteReach(r);
        if (!r.ok())
            return false;
        const QJsonObject o = r.body.toObject();
        const qsizetype count = o.value(QStringLiteral("changes")).toArray().size();
        const qint64 next = o.value(QStringLiteral("next")).toInteger(cursor);
        if (!takePage(o, cursor, aside, changed))
            return false;
        if (count < m_options.changesPageSize || next == cursor) {
            m_feedSeen = next; // the watch waits for what comes after it (SyncEngineWatch.cpp)
            break;
        }
        cursor = next;
    }
    if (stopping())
        return false;
    // Those kept aside before this pass, and not met in it: asked for again by code.
    QList<Dossier> retaken;
    for (const QString& code : asideBefore) {
        if (!aside.contains(code))
            continue;
        serviceCommands();
        const ApiResult g = m_api->get(QStringLiteral("/dossiers/") + code);
        noteReach(g);
        if (g.isTransient() || g.httpStatus == 401)
            return false;
        if (!g.ok()) {
            aside.removeAll(code); // no longer ours to see
            continue;
        }
        if (auto d = fromServer<Dossier>(g.body)) {
            retaken.append(*d);
            aside.removeAll(code);
        }
    }
    if (aside != asideBefore || !retaken.isEmpty()) {
        if (!saveFromServer(retaken, std::nullopt, aside))
            return false;
        changed = changed || !retaken.isEmpty();
    }
    if (changed)
        emit dossiersChanged();
    keepAside(QStringLiteral("dossier"), aside); // a complete pass: what it could not store
    return true;
}

// One page of the feed (`o`, read from `cursor`): the catalogue, users and calendar fetched again
// if it names them, its dossiers stored (those it carries, or fetched one by one from a server that
// does not), those this version cannot read added to `aside`, and the cursor moved to the page's
// `next` — all in one transaction. False when the network or the store failed (nothing moved).
bool SyncEngine::takePage(const QJsonObject& o, qint64 cursor, QStringList& aside, bool& changed)
{
    const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
    const qint64 next = o.value(QStringLiteral("next")).toInteger(cursor);
    QMap<QString, qint64> dossiers; // code → newest version in this page
    bool catalogue = false, users = false, calendar = false;
    for (const QJsonValue& v : changes) {
        const QJsonObject c = v.toObject();
        const QString entity = c.value(QStringLiteral("entity")).toString();
        const QString key = c.value(QStringLiteral("key")).toString();
        if (entity == QLatin1String("dossier"))
            dossiers[key] =
                std::max(dossiers.value(key), c.value(QStringLiteral("version")).toInteger());
        else if (entity == QLatin1String("procedure") || entity == QLatin1String("agency") ||
                 entity == QLatin1String("field"))
            catalogue = true;
        else if (entity == QLatin1String("user"))
            users = true;
        else if (entity == QLatin1String("calendar"))
            calendar = true;
    }
    if ((catalogue && !fetchCatalogue()) || (users && !fetchUsers()) ||
        (calendar && !fetchCalendar()))
        return false;

    QMap<QString, QJsonValue> carried; // code → document sent with the page
    for (const QJsonValue& v : o.value(QStringLiteral("dossiers")).toArray())
        carried.insert(v.toObject().value(QStringLiteral("code")).toString(), v);
    const bool pageCarries = o.contains(QStringLiteral("dossiers"));

    QList<Dossier> fetched;
    for (auto it = dossiers.cbegin(); it != dossiers.cend(); ++it) {
        const auto local = m_store->dossierVersion(it.key());
        if ((local && *local >= it.value()) || m_store->hasOutboxItems(it.key()))
            continue; // already known, or ours to push first
        QJsonValue body = carried.value(it.key());
        if (body.isUndefined()) {
            if (pageCarries)
                continue; // not sent: another agency's dossier, not ours to see
            serviceCommands();
            if (stopping())
                return false;
            const ApiResult g = m_api->get(QStringLiteral("/dossiers/") + it.key());
            noteReach(g);
            if (g.isTransient() || g.httpStatus == 401) {
                saveFromServer(fetched, std::nullopt); // keep what we have; the cursor stays
                return false;
            }
            if (!g.ok())
                continue; // 404: another agency's dossier, not ours to see
            body = g.body;
        }
        if (auto d = fromServer<Dossier>(body)) {
            fetched.append(*d);
            aside.removeAll(it.key());
        } else {
            qCWarning(lcSync) << "dossier" << it.key()
                              << "not understood, kept aside:" << d.error().describe();
            if (!aside.contains(it.key()))
                aside.append(it.key());
        }
    }
    if (!saveFromServer(fetched, next, aside))
        return false;
    changed = changed || !fetched.isEmpty();
    return true;
}

QStringList SyncEngine::keptAsideDossiers() const
{
    const QByteArray stored = m_store->meta(QLatin1String(kAsideDossiers));
    return stored.isEmpty() ? QStringList()
                            : QString::fromUtf8(stored).split(u'\n', Qt::SkipEmptyParts);
}

bool SyncEngine::saveFromServer(const QList<Dossier>& dossiers, std::optional<qint64> cursor,
                                std::optional<QStringList> aside)
{
    const Status saved = m_store->transaction([&]() -> Status {
        for (const Dossier& d : dossiers) {
            // Checked again inside the transaction: the clerk may have queued work meanwhile.
            const auto local = m_store->dossierVersion(d.code);
            if ((local && *local >= d.version) || m_store->hasOutboxItems(d.code))
                continue;
            if (Status s = m_store->saveDossier(d, false); !s)
                return s;
        }
        if (aside) {
            if (Status s =
                    m_store->setMeta(QLatin1String(kAsideDossiers), aside->join(u'\n').toUtf8());
                !s)
                return s;
        }
        return cursor ? m_store->setSyncCursor(*cursor) : success();
    });
    if (!saved)
        qCWarning(lcSync) << "pulled dossiers not saved:" << saved.error().message;
    return saved.ok();
}

bool SyncEngine::initialSync()
{
    if (!fetchCatalogue() || !fetchCalendar() || !fetchUsers())
        return false;
    if (!takeSnapshot())
        return false;
    return m_store->setMeta(QLatin1String(kInitialDone), QByteArrayLiteral("1")).ok();
}

// The agency's open dossiers and its recent ones, newest first, a page at a time (the server's
// keyset cursor); the change feed then follows from the position the server gave with the first
// page, so that whatever changed while the pages were read is taken from the feed. An
// interrupted first sync resumes at the page it stopped at.
bool SyncEngine::takeSnapshot()
{
    QByteArray after = m_store->meta(QLatin1String(kSnapshotAfter));
    QByteArray since = m_store->meta(QLatin1String(kSnapshotSince));
    while (!stopping()) {
        serviceCommands();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("recentDays"), QString::number(m_options.recentDays));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.snapshotPageSize));
        if (!after.isEmpty())
            query.addQueryItem(QStringLiteral("after"), QString::fromUtf8(after)); // [0-9~.A-Z-]
        const ApiResult r = m_api->get(QStringLiteral("/changes/snapshot"), query);
        noteReach(r);
        if (r.httpStatus == 404 && after.isEmpty()) {
            // A server older than API 1.2 has no snapshot: the whole feed from its start, as
            // those servers' clients did (slower, nothing missed).
            qCInfo(lcSync) << "no first-sync snapshot on this server; reading the whole feed";
            return m_store->setSyncCursor(0).ok();
        }
        if (!r.ok())
            return false;
        const QJsonObject o = r.body.toObject();
        if (since.isEmpty())
            since = QByteArray::number(o.value(QStringLiteral("since")).toInteger());
        QList<Dossier> list;
        QStringList aside = keptAsideDossiers();
        const qsizetype asideBefore = aside.size();
        for (const QJsonValue& v : o.value(QStringLiteral("dossiers")).toArray()) {
            // One this version cannot understand is kept aside like one met in the feed: asked
            // for again by code at every sync (pull()), under the "update" band.
            if (auto d = fromServer<Dossier>(v)) {
                list.append(std::move(d).value());
            } else {
                const QString code = v.toObject().value(QStringLiteral("code")).toString();
                qCWarning(lcSync) << "dossier" << keyOf(v.toObject())
                                  << "not understood, kept aside:" << d.error().describe();
                if (!code.isEmpty() && !aside.contains(code))
                    aside.append(code);
            }
        }
        const QString next = o.value(QStringLiteral("next")).toString();
        after = next.toUtf8();
        // The page and where to resume, in one transaction.
        const Status saved = m_store->transaction([&]() -> Status {
            for (const Dossier& d : std::as_const(list)) {
                const auto local = m_store->dossierVersion(d.code);
                if ((local && *local >= d.version) || m_store->hasOutboxItems(d.code))
                    continue;
                if (Status s = m_store->saveDossier(d, false); !s)
                    return s;
            }
            if (aside.size() != asideBefore) {
                if (Status s =
                        m_store->setMeta(QLatin1String(kAsideDossiers), aside.join(u'\n').toUtf8());
                    !s)
                    return s;
            }
            if (Status s = m_store->setMeta(QLatin1String(kSnapshotSince), since); !s)
                return s;
            if (next.isEmpty()) // done: the feed takes over from the snapshot's position
                return m_store->setSyncCursor(since.toLongLong());
            return m_store->setMeta(QLatin1String(kSnapshotAfter), after);
        });
        if (!saved) {
            qCWarning(lcSync) << "first sync page not saved:" << saved.error().message;
            return false;
        }
        if (!list.isEmpty())
            emit dossiersChanged();
        if (next.isEmpty())
            return true;
    }
    return false;
}

bool SyncEngine::fetchCatalogue()
{
    const auto agencies =
        listOf<Agency>(m_api->get(QStringLiteral("/agencies")), QStringLiteral("agency"));
    const auto fields =
        agencies ? listOf<Field>(m_api->get(QStringLiteral("/fields")), QStringLiteral("field"))
                 : std::nullopt;
    // Today's versions and those published for later days, so that each takes effect on its day
    // offline (a server before API 1.3 ignores `from` and sends today's, without days).
    const QUrlQuery from{
        {QStringLiteral("from"), vntime::civilDate(vntime::now()).toString(Qt::ISODate)}};
    const auto procedures = fields
                                ? listOf<Procedure>(m_api->get(QStringLiteral("/procedures"), from),
                                                    QStringLiteral("procedure"))
                                : std::nullopt;
    if (!procedures)
        return false;
    if (!m_store->replaceCatalogue(*agencies, *fields, *procedures))
        return false;
    fetchForms(*procedures);
    emit catalogueChanged();
    return true;
}

void SyncEngine::fetchForms(const QList<Procedure>& procedures)
{
    for (const Procedure& p : procedures) {
        for (const ProcedureVersions::FormReference& ref : ProcedureVersions::formReferences(p)) {
            if (!m_missingForms.contains(ref.sha256) && !m_store->hasFormFile(ref.sha256))
                m_missingForms << ref.sha256;
        }
    }
    fetchMissingForms();
}

void SyncEngine::fetchMissingForms()
{
    QStringList still;
    for (qsizetype i = 0; i < m_missingForms.size(); ++i) {
        const QString& wanted = m_missingForms.at(i);
        const ApiResult r = m_api->get(QStringLiteral("/forms/") + wanted);
        if (!r.ok()) {
            qCWarning(lcSync) << "blank form" << wanted << "not fetched:"
                              << (r.networkError ? QStringLiteral("network") : r.problemCode);
            if (r.networkError) { // the rest at the next pull
                still << m_missingForms.mid(i);
                break;
            }
            still << wanted;
            continue;
        }
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(r.rawBody, QCryptographicHash::Sha256).toHex());
        const QString mime = sniffFormMimeType(r.rawBody);
        if (sha != wanted || mime.isEmpty()) {
            qCWarning(lcSync) << "blank form" << wanted << "arrived damaged; not kept";
            still << wanted;
            continue;
        }
        if (Status s = m_store->saveFormFile(sha, mime, r.rawBody); !s) {
            qCWarning(lcSync) << "blank form not saved:" << s.error().message;
            still << wanted;
        }
    }
    m_missingForms = still;
}

bool SyncEngine::fetchUsers()
{
    const auto users = listOf<User>(m_api->get(QStringLiteral("/users")), QStringLiteral("user"));
    if (!users)
        return false;
    QList<User> mine; // the users of this workstation's agency
    for (const User& u : *users) {
        if (!m_user || m_user->agencyId.isEmpty() || u.agencyId == m_user->agencyId ||
            u.username == m_user->username)
            mine.append(u);
    }
    if (!m_store->replaceUsers(mine))
        return false;
    if (m_user) {
        for (const User& u : std::as_const(mine)) {
            if (u.username == m_user->username)
                m_user = u;
        }
    }
    emit catalogueChanged();
    return true;
}

bool SyncEngine::fetchCalendar()
{
    const int year = vntime::civilDate(vntime::now()).year();
    QStringList aside;
    for (const int y : {year, year + 1}) {
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("year"), QString::number(y));
        const ApiResult r = m_api->get(QStringLiteral("/calendar"), query);
        noteReach(r);
        if (!r.ok())
            return false;
        QJsonObject o = r.body.toObject();
        const qint64 version = o.value(QStringLiteral("version")).toInteger();
        const QJsonArray days = o.value(QStringLiteral("nonWorkingDays")).toArray();
        // The settings are the body without the per-request extras.
        for (const char* extra : {"year", "version", "nonWorkingDays"})
            o.remove(QLatin1String(extra));
        auto settings = fromServer<CalendarSettings>(o);
        if (!settings) {
            // The calendar already kept goes on serving the deadlines; the rest of the sync too.
            qCWarning(lcSync) << "calendar not understood:" << settings.error().describe();
            aside.append(QString::number(y));
            continue;
        }
        const Status saved = m_store->transaction([&]() -> Status {
            if (Status s = m_store->saveCalendar(*settings, version); !s)
                return s;
            return m_store->setMeta(QStringLiteral("calendar.nonWorkingDays.%1").arg(y),
                                    QJsonDocument(days).toJson(QJsonDocument::Compact));
        });
        if (!saved)
            return false;
    }
    keepAside(QStringLiteral("calendar"), aside);
    emit catalogueChanged();
    return true;
}

bool SyncEngine::ensureReservedNumbers()
{
    if (!m_user || !m_user->hasRole(Role::Receptionist) || m_user->agencyId.isEmpty() ||
        !m_api->hasSession())
        return true;
    const QDate today = vntime::civilDate(vntime::now());
    m_pool.discardBefore(today);
    if (m_pool.remaining(m_user->agencyId, today) >= m_options.reserveLowWater)
        return true;
    const ApiResult r = m_api->post(
        QStringLiteral("/code-blocks"),
        QJsonDocument(QJsonObject{{QStringLiteral("count"), m_options.reserveBlockSize}})
            .toJson(QJsonDocument::Compact));
    noteReach(r);
    if (!r.ok()) {
        if (!r.isTransient())
            qCWarning(lcSync) << "no code block:" << r.problemCode << r.problemDetail;
        return !r.isTransient();
    }
    const QJsonObject o = r.body.toObject();
    CodeBlock block;
    block.agencyId = o.value(QStringLiteral("agencyId")).toString();
    block.day = QDate::fromString(o.value(QStringLiteral("day")).toString(), Qt::ISODate);
    block.first = o.value(QStringLiteral("first")).toInt();
    block.count = o.value(QStringLiteral("count")).toInt();
    if (Status s = m_pool.addBlock(block); !s)
        qCWarning(lcSync) << "code block not kept:" << s.error().message;
    emit reservedNumbersChanged(reservedNumbersLeft());
    return true;
}

} // namespace motcua::client
