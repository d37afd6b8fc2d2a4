#include "core/sync/Workstation.h"

#include "code/ReservedBlockPool.h"
#include "core/VnTime.h"
#include "core/store/StoreWriter.h"
#include "core/sync/SyncEngine.h"

#include <algorithm>

#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QThread>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua::client {

namespace {

constexpr auto kServerUrlSetting = "server/url";

QString newRequestId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Workstation::Workstation(const QString& dataDir, QObject* parent)
    : QObject(parent)
    , m_dataDir(dataDir)
{
    m_midnight.setSingleShot(true);
    m_midnight.setTimerType(Qt::PreciseTimer); // a coarse timer may be late by 5 %: half an hour
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        m_calendar.reset();
        emit catalogueChanged();
        armMidnight();
    });
    armMidnight();
}

void Workstation::armMidnight()
{
    const QDateTime now = vntime::now();
    const QDateTime next = vntime::fromCivil(vntime::civilDate(now).addDays(1), QTime(0, 0));
    // A second past midnight, so that the new day has begun when the catalogue is read again.
    m_midnight.start(int(std::clamp<qint64>(now.msecsTo(next) + 1000, 1000, 25LL * 3600 * 1000)));
}

Workstation::~Workstation()
{
    delete m_writer; // the writes already asked for are committed first
    m_writer = nullptr;
    if (m_thread) {
        if (m_engine)
            m_engine->requestStop();
        m_thread->quit(); // also ends a request the engine is waiting on
        m_thread->wait();
        delete m_thread; // the engine was deleted on its thread when it finished
    }
}

QString Workstation::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation);
}

Status Workstation::open()
{
    if (m_store)
        return success();
    const QString path = QDir(m_dataDir).filePath(storeFileName());
    auto opened = LocalStore::open(path);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    m_pending = m_store->pendingCount();
    m_serverUrl = m_store->setting(QLatin1String(kServerUrlSetting)).toUrl();
    m_writer = new StoreWriter(path);
    if (Status s = m_writer->start(); !s)
        return s;

    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("motcua-sync"));
    m_engine = new SyncEngine(path, m_options);
    m_engine->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_engine, &QObject::deleteLater);
    SyncEngine* e = m_engine;

    connect(e, &SyncEngine::loggedIn, this, [this](const User& user, bool offline) {
        m_user = user;
        m_offlineSession = offline;
        emit loggedIn(user, offline);
    });
    connect(e, &SyncEngine::loginFailed, this, &Workstation::loginFailed);
    connect(e, &SyncEngine::loggedOut, this, [this] {
        m_user.reset();
        m_offlineSession = false;
        emit loggedOut();
    });
    connect(e, &SyncEngine::sessionModeChanged, this, [this](bool offline) {
        m_offlineSession = offline;
        emit sessionModeChanged(offline);
    });
    connect(e, &SyncEngine::authenticationRequired, this, &Workstation::authenticationRequired);
    connect(e, &SyncEngine::onlineChanged, this, [this](bool online) {
        m_online = online;
        emit onlineChanged(online);
    });
    connect(e, &SyncEngine::pendingCountChanged, this, [this](int count) {
        m_pending = count;
        emit pendingCountChanged(count);
    });
    connect(e, &SyncEngine::intakeDone, this, &Workstation::intakeDone);
    connect(e, &SyncEngine::intakeFailed, this, &Workstation::intakeFailed);
    connect(e, &SyncEngine::actionDone, this, &Workstation::actionDone);
    connect(e, &SyncEngine::actionFailed, this, &Workstation::actionFailed);
    connect(e, &SyncEngine::dossiersChanged, this, &Workstation::dossiersChanged);
    connect(e, &SyncEngine::dossierFetched, this, &Workstation::dossierFetched);
    connect(e, &SyncEngine::serverCallDone, this, &Workstation::serverCallDone);
    connect(e, &SyncEngine::catalogueChanged, this, [this] {
        m_calendar.reset(); // the calendar settings may have changed
        emit catalogueChanged();
    });
    connect(e, &SyncEngine::conflictDetected, this, &Workstation::conflictDetected);
    connect(e, &SyncEngine::queuedItemRejected, this, &Workstation::queuedItemRejected);
    connect(e, &SyncEngine::intakeRecoded, this, &Workstation::intakeRecoded);
    connect(e, &SyncEngine::attachmentsChanged, this, &Workstation::attachmentsChanged);
    connect(e, &SyncEngine::attachmentFailed, this, &Workstation::attachmentFailed);
    connect(e, &SyncEngine::reservedNumbersChanged, this, [this](int left) {
        m_reserved = left;
        emit reservedNumbersChanged(left);
    });
    connect(e, &SyncEngine::compatibilityChanged, this,
            [this](bool required, const QStringList& keptAside) {
                m_updateRequired = required;
                m_keptAside = keptAside;
                emit compatibilityChanged(required, keptAside);
            });
    connect(e, &SyncEngine::counterOutcomeSent, this, &Workstation::counterOutcomeSent);
    connect(e, &SyncEngine::syncStateChanged, this, [this](const QString& state) {
        m_syncState = state;
        emit syncStateChanged(state);
    });

    m_thread->start();
    Status started = success();
    // The engine is idle at this point, so waiting for its start is short (opening the store).
    QMetaObject::invokeMethod(
        e, [e, &started] { started = e->start(); }, Qt::BlockingQueuedConnection);
    if (!started)
        qCWarning(lcSync) << "sync engine not started:" << started.error().message;
    return started;
}

void Workstation::post(std::function<void(SyncEngine&)> work)
{
    if (!m_engine)
        return;
    SyncEngine* e = m_engine;
    QMetaObject::invokeMethod(
        e, [e, work = std::move(work)] { work(*e); }, Qt::QueuedConnection);
}

void Workstation::setServerUrl(const QUrl& url)
{
    // The engine stores the address on its own connection; the GUI keeps it in memory.
    m_serverUrl = url;
    post([url](SyncEngine& e) { e.setServerUrl(url); });
}

QUrl Workstation::serverUrl() const
{
    return m_serverUrl;
}

const LocalStore& Workstation::store() const
{
    Q_ASSERT(m_store); // open() first
    return *m_store;
}

StoreWriter& Workstation::writer()
{
    Q_ASSERT(m_writer); // open() first
    return *m_writer;
}

void Workstation::markSeen(const QString& dossierCode, qint64 version)
{
    if (!m_writer || !m_user)
        return;
    const QString username = m_user->username;
    m_writer->write([username, dossierCode,
                     version](LocalStore& s) { return s.markSeen(username, dossierCode, version); },
                    this,
                    [this, dossierCode](const Status& s) {
                        if (s)
                            emit seenChanged(dossierCode);
                    });
}

void Workstation::saveDraft(const QString& key, const QByteArray& json)
{
    if (m_writer)
        m_writer->write([key, json](LocalStore& s) { return s.saveDraft(key, json); });
}

void Workstation::removeDraft(const QString& key)
{
    if (m_writer)
        m_writer->write([key](LocalStore& s) { return s.removeDraft(key); });
}

void Workstation::setSetting(const QString& key, const QVariant& value)
{
    if (m_writer)
        m_writer->write([key, value](LocalStore& s) { return s.setSetting(key, value); });
}

QString Workstation::recordCounterOutcome(const QString& kind, const QJsonObject& details)
{
    const QString id = newRequestId();
    if (!m_writer || !m_user) {
        QMetaObject::invokeMethod(
            this,
            [this, id] {
                const QString code = QStringLiteral("auth.not_logged_in");
                emit counterOutcomeFailed(id, code, SyncEngine::messageFor(code));
            },
            Qt::QueuedConnection);
        return id;
    }
    const User user = *m_user;
    m_writer->write(
        [user, id, kind, details](LocalStore& s) -> Status {
            auto queued = SyncEngine::queueCounterOutcome(s, user, id, kind, details);
            if (!queued)
                return queued.error();
            return success();
        },
        this,
        [this, id](const Status& s) {
            if (!s) {
                emit counterOutcomeFailed(id, s.error().code,
                                          SyncEngine::messageFor(s.error().code));
                return;
            }
            m_pending = m_store->pendingCount();
            emit pendingCountChanged(m_pending);
            emit counterOutcomeRecorded(id);
            post([](SyncEngine& e) { e.outboxChanged(); }); // online: sent at once
        });
    return id;
}

WorkingCalendar Workstation::calendar() const
{
    if (!m_calendar)
        m_calendar = std::make_unique<WorkingCalendar>(m_store ? m_store->calendarSettings()
                                                               : CalendarSettings::standard());
    return *m_calendar;
}

bool Workstation::isOnline() const
{
    return m_online;
}

int Workstation::pendingCount() const
{
    return m_pending;
}

int Workstation::reservedNumbersLeft() const
{
    if (!m_store)
        return 0;
    ReservedBlockPool pool;
    if (!pool.restoreState(m_store->codePoolState()))
        return 0;
    const QDate today = vntime::civilDate(vntime::now());
    int left = 0;
    for (const ReservedBlockPool::Entry& e : pool.entries()) {
        if (e.block.day == today && (!m_user || e.block.agencyId == m_user->agencyId))
            left += e.remaining();
    }
    return left;
}

void Workstation::login(const QString& username, const QString& password)
{
    post([username, password](SyncEngine& e) { e.login(username, password); });
}

void Workstation::logout()
{
    post([](SyncEngine& e) { e.logout(); });
}

std::optional<User> Workstation::currentUser() const
{
    return m_user;
}

bool Workstation::offlineSession() const
{
    return m_offlineSession;
}

QString Workstation::submitIntake(const IntakeRequest& request)
{
    const QString id = newRequestId();
    if (m_writer && !request.procedureCode.isEmpty()) {
        const QString code = request.procedureCode;
        m_writer->write([code](LocalStore& s) { return s.touchProcedure(code); });
    }
    post([id, request](SyncEngine& e) { e.submitIntake(id, request); });
    return id;
}

QString Workstation::submitAction(const QString& dossierCode, const ActionCommand& command)
{
    const QString id = newRequestId();
    post([id, dossierCode, command](SyncEngine& e) { e.submitAction(id, dossierCode, command); });
    return id;
}

void Workstation::resolveConflict(const QString& dossierCode, bool reapplyMine)
{
    post(
        [dossierCode, reapplyMine](SyncEngine& e) { e.resolveConflict(dossierCode, reapplyMine); });
}

void Workstation::syncNow()
{
    post([](SyncEngine& e) { e.syncNow(); });
}

QString Workstation::attachDocument(const QString& dossierCode, int componentId,
                                    const QByteArray& bytes, const QString& fileName,
                                    QString* error)
{
    auto refuse = [error](const QString& code) {
        if (error)
            *error = SyncEngine::messageFor(code);
        return QString();
    };
    if (!m_writer)
        return refuse(QStringLiteral("store.write_failed"));
    if (!m_user)
        return refuse(QStringLiteral("auth.not_logged_in"));
    // What can be told at once is told at once; the rest (the dossier, the component, the disk)
    // when the writer has tried.
    if (bytes.isEmpty())
        return refuse(QStringLiteral("attachment.empty"));
    if (bytes.size() > SyncEngine::kMaxAttachmentBytes)
        return refuse(QStringLiteral("attachment.too_large"));
    if (SyncEngine::sniffMime(bytes).isEmpty())
        return refuse(QStringLiteral("attachment.unsupported_type"));
    // A read, which never waits for a writer (WAL); the writer checks again as it stores.
    const auto dossier = m_store->dossier(dossierCode);
    if (!dossier)
        return refuse(QStringLiteral("dossier.not_found"));
    const bool known =
        componentId == 0 || std::any_of(dossier->components.cbegin(), dossier->components.cend(),
                                        [componentId](const ReceivedComponent& c) {
                                            return c.componentId == componentId;
                                        });
    if (componentId < 0 || !known)
        return refuse(QStringLiteral("attachment.unknown_component"));
    const QString id = newRequestId();
    const User user = *m_user;
    auto queued = std::make_shared<qint64>(0);
    m_writer->write(
        [=](LocalStore& s) -> Status {
            const auto item =
                SyncEngine::queueAttachment(s, user, id, dossierCode, componentId, bytes, fileName);
            if (!item)
                return item.error();
            *queued = item->id;
            return success();
        },
        this,
        [this, id, dossierCode, queued](const Status& s) {
            if (!s) {
                emit attachmentFailed(id, dossierCode, SyncEngine::messageFor(s.error().code));
                return;
            }
            if (*queued != 0) {
                m_pending = m_store->pendingCount();
                emit pendingCountChanged(m_pending);
                emit dossiersChanged();
                post([](SyncEngine& e) { e.outboxChanged(); });
            }
            emit attachmentStored(id, dossierCode);
            emit attachmentsChanged(dossierCode);
        });
    return id;
}

QList<AttachmentInfo> Workstation::attachments(const QString& dossierCode) const
{
    return m_store ? m_store->attachments(dossierCode) : QList<AttachmentInfo>();
}

void Workstation::fetchDossier(const QString& dossierCode)
{
    post([dossierCode](SyncEngine& e) { e.fetchDossier(dossierCode); });
}

QString Workstation::callServer(const ApiClient::Request& request)
{
    const QString id = newRequestId();
    post([id, request](SyncEngine& e) { e.callServer(id, request); });
    return id;
}

void Workstation::fetchAttachments(const QString& dossierCode)
{
    post([dossierCode](SyncEngine& e) { e.fetchAttachments(dossierCode); });
}

std::optional<QByteArray> Workstation::attachmentBytes(const QString& dossierCode,
                                                       const QString& sha256) const
{
    if (!m_store)
        return std::nullopt;
    return m_store->attachmentBytes(dossierCode, sha256);
}

} // namespace motcua::client
