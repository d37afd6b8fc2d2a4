// SyncEngine: pulling the change feed and the catalogue; topping up reserved numbers.

#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/api/ApiClient.h"
#include "core/api/ServerJson.h"
#include "core/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua::client {

namespace {

constexpr auto kInitialDone = "sync.initialDone";

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

    bool changed = false;
    // A dossier this version cannot understand is never stepped over: the saved cursor stays
    // before its first change (`heldAt`), so that every sync — and an updated application —
    // asks for it again, while the pages after it are still read and stored.
    std::optional<qint64> heldAt;
    QStringList aside;
    qint64 cursor = m_store->syncCursor();
    while (!stopping()) {
        serviceCommands();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("since"), QString::number(cursor));
        query.addQueryItem(QStringLiteral("limit"), QString::number(m_options.changesPageSize));
        const ApiResult r = m_api->get(QStringLiteral("/changes"), query);
        noteReach(r);
        if (!r.ok())
            return false;
        const QJsonObject o = r.body.toObject();
        const QJsonArray changes = o.value(QStringLiteral("changes")).toArray();
        const qint64 next = o.value(QStringLiteral("next")).toInteger(cursor);
        QMap<QString, qint64> dossiers; // code → newest version in this page
        QMap<QString, qint64> firstSeq; // code → its first change in this page
        bool catalogue = false, users = false, calendar = false;
        for (const QJsonValue& v : changes) {
            const QJsonObject c = v.toObject();
            const QString entity = c.value(QStringLiteral("entity")).toString();
            const QString key = c.value(QStringLiteral("key")).toString();
            if (entity == QLatin1String("dossier")) {
                dossiers[key] =
                    std::max(dossiers.value(key), c.value(QStringLiteral("version")).toInteger());
                if (!firstSeq.contains(key))
                    firstSeq[key] = c.value(QStringLiteral("seq")).toInteger(cursor + 1);
            } else if (entity == QLatin1String("procedure") || entity == QLatin1String("agency") ||
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

        QList<Dossier> fetched;
        for (auto it = dossiers.cbegin(); it != dossiers.cend(); ++it) {
            const auto local = m_store->dossierVersion(it.key());
            if ((local && *local >= it.value()) || m_store->hasOutboxItems(it.key()))
                continue; // already known, or ours to push first
            serviceCommands();
            if (stopping())
                return false;
            const ApiResult g = m_api->get(QStringLiteral("/dossiers/") + it.key());
            noteReach(g);
            if (g.ok()) {
                if (auto d = fromServer<Dossier>(g.body)) {
                    fetched.append(*d);
                } else {
                    qCWarning(lcSync) << "dossier" << it.key()
                                      << "not understood, kept aside:" << d.error().describe();
                    aside.append(it.key());
                    const qint64 before = std::max(cursor, firstSeq.value(it.key()) - 1);
                    heldAt = heldAt ? std::min(*heldAt, before) : before;
                }
            } else if (g.isTransient() || g.httpStatus == 401) {
                saveFromServer(fetched, std::nullopt); // keep what we have; the cursor stays
                return false;
            } // 404: another agency's dossier, not ours to see
        }
        if (!saveFromServer(fetched, heldAt.value_or(next)))
            return false;
        changed = changed || !fetched.isEmpty();
        if (changes.size() < m_options.changesPageSize || next == cursor)
            break;
        cursor = next;
    }
    if (changed)
        emit dossiersChanged();
    if (stopping())
        return false;
    keepAside(QStringLiteral("dossier"), aside); // a complete pass: what it could not store
    return true;
}

bool SyncEngine::saveFromServer(const QList<Dossier>& dossiers, std::optional<qint64> cursor)
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
    // The agency's dossiers, newest first; the change feed then only adds what changed since.
    for (int page = 1; !stopping(); ++page) {
        serviceCommands();
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("page"), QString::number(page));
        query.addQueryItem(QStringLiteral("pageSize"), QString::number(m_options.dossierPageSize));
        const ApiResult r = m_api->get(QStringLiteral("/dossiers"), query);
        noteReach(r);
        if (!r.ok())
            return false;
        const QJsonArray items = r.body.toObject().value(QStringLiteral("items")).toArray();
        QList<Dossier> list;
        for (const QJsonValue& v : items) {
            // One this version cannot understand is left to the change feed, which holds its
            // cursor before it and reports it (pull()).
            if (auto d = fromServer<Dossier>(v))
                list.append(std::move(d).value());
            else
                qCWarning(lcSync) << "dossier" << keyOf(v.toObject())
                                  << "not understood:" << d.error().describe();
        }
        if (!saveFromServer(list, std::nullopt))
            return false;
        if (!list.isEmpty())
            emit dossiersChanged();
        if (items.size() < m_options.dossierPageSize)
            break;
    }
    if (stopping())
        return false;
    return m_store->setMeta(QLatin1String(kInitialDone), QByteArrayLiteral("1")).ok();
}

bool SyncEngine::fetchCatalogue()
{
    const auto agencies =
        listOf<Agency>(m_api->get(QStringLiteral("/agencies")), QStringLiteral("agency"));
    const auto fields =
        agencies ? listOf<Field>(m_api->get(QStringLiteral("/fields")), QStringLiteral("field"))
                 : std::nullopt;
    const auto procedures = fields ? listOf<Procedure>(m_api->get(QStringLiteral("/procedures")),
                                                       QStringLiteral("procedure"))
                                   : std::nullopt;
    if (!procedures)
        return false;
    if (!m_store->replaceCatalogue(*agencies, *fields, *procedures))
        return false;
    emit catalogueChanged();
    return true;
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
