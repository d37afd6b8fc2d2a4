// SyncEngine: scheduling, the session, messages.

#include "core/sync/SyncEngine.h"

#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/api/ApiClient.h"
#include "core/api/ProblemText.h"
#include "core/api/ServerJson.h"
#include "domain/AuthMessages.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTimer>

Q_LOGGING_CATEGORY(lcSync, "motcua.sync", QtInfoMsg)

namespace motcua::client {

namespace {

constexpr auto kServerUrlSetting = "server/url";

} // namespace

QString SyncEngine::messageFor(const QString& code, const QString& detail)
{
    Q_UNUSED(detail) // English, for logs: clerks read the translated words for the code
    return ProblemText::message(code);
}

SyncEngine::SyncEngine(const QString& storePath, QObject* parent)
    : SyncEngine(storePath, Options{}, parent)
{}

SyncEngine::SyncEngine(const QString& storePath, const Options& options, QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)
    , m_options(options)
{}

SyncEngine::~SyncEngine()
{
    m_stopping = true;
    m_pool.setPersistHook({}); // the store goes first below
}

Status SyncEngine::start()
{
    auto opened = LocalStore::open(m_storePath);
    if (!opened)
        return opened.error();
    m_store = std::move(opened).value();
    m_api = new ApiClient(this);
    m_api->setTimeout(m_options.requestTimeoutMs);
    connect(m_api, &ApiClient::sessionLost, this, &SyncEngine::onSessionLost);
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, [this] {
        m_syncDue = true;
        pump();
    });

    const QByteArray state = m_store->codePoolState();
    if (!state.isEmpty()) {
        if (Status s = m_pool.restoreState(state); !s)
            qCWarning(lcSync) << "reserved numbers not restored:" << s.error().message;
    }
    LocalStore* store = m_store.get();
    m_pool.setPersistHook(
        [store](const QByteArray& bytes) { return store->saveCodePoolState(bytes); });
    m_pool.discardBefore(vntime::civilDate(vntime::now()));

    const QUrl url = m_store->setting(QLatin1String(kServerUrlSetting)).toUrl();
    if (url.isValid())
        m_api->setBaseUrl(url);
    emitPendingCount();
    return success();
}

void SyncEngine::requestStop()
{
    m_stopping = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            if (m_timer)
                m_timer->stop();
            if (m_api)
                m_api->abortAll();
        },
        Qt::QueuedConnection);
}

void SyncEngine::setPushObserver(std::function<void(const OutboxItem&, PushPhase)> observer)
{
    m_pushObserver = std::move(observer);
}

int SyncEngine::reservedNumbersLeft() const
{
    if (!m_user)
        return 0;
    return m_pool.remaining(m_user->agencyId, vntime::civilDate(vntime::now()));
}

// --- scheduling ----------------------------------------------------------------------------

void SyncEngine::enqueue(Command command)
{
    m_commands.append(std::move(command));
    pump();
}

void SyncEngine::pump()
{
    if (m_busy || stopping() || !m_store)
        return;
    m_busy = true;
    while (!stopping()) {
        if (!m_commands.isEmpty()) {
            const Command c = m_commands.takeFirst();
            m_inCommand = true;
            c();
            m_inCommand = false;
            continue;
        }
        if (m_syncDue) {
            m_syncDue = false;
            runCycle();
            continue;
        }
        break;
    }
    m_busy = false;
}

void SyncEngine::serviceCommands()
{
    // Between two requests of a cycle: a clerk waiting at the counter goes first.
    if (m_inCommand)
        return;
    while (!m_commands.isEmpty() && !stopping()) {
        const Command c = m_commands.takeFirst();
        m_inCommand = true;
        c();
        m_inCommand = false;
    }
}

void SyncEngine::setServerUrl(const QUrl& url)
{
    enqueue([this, url] {
        m_api->setBaseUrl(url);
        for (const EarlierClerk& clerk : std::as_const(m_earlier))
            clerk.api->setBaseUrl(url);
        (void)m_store->setSetting(QLatin1String(kServerUrlSetting), url);
        setReach(Reach::Unknown);
        m_backoffMs = 0;
        m_syncDue = true;
    });
}

void SyncEngine::syncNow()
{
    enqueue([this] {
        m_backoffMs = 0;
        m_syncDue = true;
    });
}

void SyncEngine::runCycle()
{
    if (m_timer)
        m_timer->stop();
    if (!m_user || !m_api->baseUrl().isValid() || m_api->baseUrl().isEmpty()) {
        setState(QStringLiteral("idle"));
        return; // a login or a server address starts the next cycle
    }
    if (!ensureSession()) {
        finishCycle(!m_api->hasSession() && m_password.isEmpty()); // no retry without a login
        return;
    }
    bool ok = pushOutbox();
    if (ok && !stopping())
        ok = pull();
    if (ok && !stopping())
        ok = ensureReservedNumbers();
    finishCycle(ok);
}

void SyncEngine::finishCycle(bool ok)
{
    if (stopping())
        return;
    if (ok) {
        m_backoffMs = 0;
        setState(QStringLiteral("idle"));
        if (m_user && m_api->hasSession()) {
            m_timer->start(m_watchHealthy ? m_options.watchedSyncIntervalMs
                                          : m_options.syncIntervalMs);
            watchFeed();
        }
    } else {
        m_backoffMs = m_backoffMs == 0 ? m_options.minBackoffMs
                                       : std::min(m_backoffMs * 2, m_options.maxBackoffMs);
        setState(QStringLiteral("backoff"));
        m_timer->start(m_backoffMs);
    }
    emit cycleFinished(ok);
}

void SyncEngine::setState(const QString& state)
{
    if (state == m_state)
        return;
    m_state = state;
    emit syncStateChanged(state);
}

void SyncEngine::noteReach(const ApiResult& r)
{
    setReach(r.unreachable() ? Reach::Offline : Reach::Online);
    if (r.networkError || r.apiVersion.isEmpty())
        return;
    // A server whose API major is not ours may answer in ways this version misreads: the clerk
    // is told to update, as for a dossier kept aside (the work goes on meanwhile).
    const bool newer = !speaksApiOf(r.apiVersion);
    if (newer == m_newerApi)
        return;
    const bool wasRequired = updateRequired();
    m_newerApi = newer;
    if (newer)
        qCWarning(lcSync) << "the server speaks API" << r.apiVersion << "; this client speaks"
                          << kApiMajor;
    if (wasRequired != updateRequired())
        emit compatibilityChanged(updateRequired(), m_keptAside);
}

void SyncEngine::setReach(Reach reach)
{
    const bool wasOnline = m_reach == Reach::Online;
    m_reach = reach;
    if (wasOnline != (reach == Reach::Online))
        emit onlineChanged(reach == Reach::Online);
}

void SyncEngine::emitPendingCount()
{
    const int n = m_store->pendingCount();
    if (n == m_lastPending)
        return;
    m_lastPending = n;
    emit pendingCountChanged(n);
}

// --- session -------------------------------------------------------------------------------

ApiResult SyncEngine::onlineLogin(const QString& username, const QString& password)
{
    ApiClient::Request r;
    r.method = "POST";
    r.path = QStringLiteral("/auth/login");
    r.authenticate = false;
    r.body = codec::encode(LoginRequest{username, password});
    const ApiResult result = m_api->call(r);
    noteReach(result);
    if (result.ok()) {
        const QJsonObject o = result.body.toObject();
        m_api->setTokens(o.value(QStringLiteral("accessToken")).toString(),
                         o.value(QStringLiteral("refreshToken")).toString());
    }
    return result;
}

void SyncEngine::login(const QString& username, const QString& password)
{
    enqueue([this, username, password] { doLogin(username, password); });
}

void SyncEngine::doLogin(const QString& username, const QString& password)
{
    if (m_user && m_user->username != username)
        doLogout(); // one session at a time
    const ApiResult r = onlineLogin(username, password);
    if (r.ok()) {
        auto user = fromServer<User>(r.body.toObject().value(QStringLiteral("user")));
        if (!user) {
            m_api->clearTokens();
            emit loginFailed(user.error().code, messageFor(user.error().code));
            return;
        }
        if (Status s = m_store->rememberCredentials(*user, password); !s)
            qCWarning(lcSync) << "offline login not available:" << s.error().message;
        forgetEarlierClerk(user->username, true); // back in person: the new session serves
        m_user = *user;
        m_offlineSession = false;
        m_password.clear();
        m_authRequired = false;
        m_refreshLists = true;
        emit loggedIn(*m_user, false);
        emit reservedNumbersChanged(reservedNumbersLeft());
        m_backoffMs = 0;
        m_syncDue = true;
        return;
    }
    // Offline login only when the server is unreachable (or broken), never after its refusal.
    if (r.isTransient() && r.httpStatus != 429) {
        auto user = m_store->verifyOfflineLogin(username, password);
        if (!user) {
            emit loginFailed(user.error().code, messageFor(user.error().code));
            return;
        }
        forgetEarlierClerk(user->username, false); // this session sends the clerk's work now
        m_user = *user;
        m_offlineSession = true;
        m_password = password; // to log in online as soon as the server answers again
        m_authRequired = false;
        emit loggedIn(*m_user, true);
        emit reservedNumbersChanged(reservedNumbersLeft());
        m_syncDue = true;
        return;
    }
    emit loginFailed(r.problemCode, messageFor(r.problemCode, r.problemDetail));
}

void SyncEngine::logout()
{
    enqueue([this] { doLogout(); });
}

void SyncEngine::doLogout()
{
    if (keepForQueuedWork()) {
        // The token stays valid for the clerk's queued work (pushEarlierClerks).
    } else if (!m_api->refreshToken().isEmpty()) {
        ApiClient::Request r;
        r.method = "POST";
        r.path = QStringLiteral("/auth/logout");
        r.authenticate = false;
        r.body = codec::encode(RefreshRequest{m_api->refreshToken()});
        noteReach(m_api->call(r)); // best effort: the token expires anyway
    }
    m_api->clearTokens();
    const bool had = m_user.has_value();
    m_user.reset();
    m_password.clear();
    m_offlineSession = false;
    if (m_timer)
        m_timer->stop();
    setState(QStringLiteral("idle"));
    if (had)
        emit loggedOut();
}

bool SyncEngine::ensureSession()
{
    if (m_api->hasSession())
        return true;
    if (m_password.isEmpty() || !m_user)
        return false;
    const ApiResult r = onlineLogin(m_user->username, m_password);
    if (r.ok()) {
        auto user = fromServer<User>(r.body.toObject().value(QStringLiteral("user")));
        if (user) {
            (void)m_store->rememberCredentials(*user, m_password);
            m_user = *user;
        }
        m_password.clear();
        m_refreshLists = true;
        if (m_offlineSession) {
            m_offlineSession = false;
            emit sessionModeChanged(false);
        }
        return true;
    }
    if (!r.isTransient()) {
        // The server refuses the password it accepted before (changed, or the account disabled).
        m_password.clear();
        m_authRequired = true;
        emit authenticationRequired(r.problemCode);
    }
    return false;
}

void SyncEngine::onSessionLost(const QString& code)
{
    if (m_authRequired)
        return;
    m_authRequired = true;
    emit authenticationRequired(code);
}

} // namespace motcua::client
