// SyncEngine: pulling the change feed and the catalogue; topping up reserved numbers.

#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/api/ApiClient.h"
#include "core/sync/SyncEngine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMap>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua::client {

namespace {

constexpr auto kInitialDone = "sync.initialDone";

template <typename T> std::optional<QList<T>> listOf(const ApiResult& r)
{
    if (!r.ok())
        return std::nullopt;
    auto list = codec::fromJson<QList<T>>(r.body);
    if (!list) {
        qCWarning(lcSync) << "list not understood:" << list.error().describe();
        return std::nullopt;
    }
    return std::move(list).value();
}

} // namespace

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
    while (!stopping()) {
        serviceCommands();
        const qint64 cursor = m_store->syncCursor();
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
                if (auto d = codec::fromJson<Dossier>(g.body))
                    fetched.append(*d);
            } else if (g.isTransient() || g.httpStatus == 401) {
                saveFromServer(fetched, std::nullopt); // keep what we have; the cursor stays
                return false;
            } // 404: another agency's dossier, not ours to see
        }
        if (!saveFromServer(fetched, next))
            return false;
        changed = changed || !fetched.isEmpty();
        if (changes.size() < m_options.changesPageSize || next == cursor)
            break;
    }
    if (changed)
        emit dossiersChanged();
    return !stopping();
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
        auto list = codec::fromJson<QList<Dossier>>(items);
        if (!list) {
            qCWarning(lcSync) << "dossiers not understood:" << list.error().describe();
            return false;
        }
        if (!saveFromServer(*list, std::nullopt))
            return false;
        if (!list->isEmpty())
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
    const auto agencies = listOf<Agency>(m_api->get(QStringLiteral("/agencies")));
    const auto fields =
        agencies ? listOf<Field>(m_api->get(QStringLiteral("/fields"))) : std::nullopt;
    const auto procedures =
        fields ? listOf<Procedure>(m_api->get(QStringLiteral("/procedures"))) : std::nullopt;
    if (!procedures)
        return false;
    if (!m_store->replaceCatalogue(*agencies, *fields, *procedures))
        return false;
    emit catalogueChanged();
    return true;
}

bool SyncEngine::fetchUsers()
{
    const auto users = listOf<User>(m_api->get(QStringLiteral("/users")));
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
        auto settings = codec::fromJson<CalendarSettings>(o);
        if (!settings) {
            qCWarning(lcSync) << "calendar not understood:" << settings.error().describe();
            return false;
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
