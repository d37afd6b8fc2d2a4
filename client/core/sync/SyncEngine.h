#pragma once

#include "code/ReservedBlockPool.h"
#include "core/Expected.h"
#include "core/api/ApiClient.h"
#include "core/api/ApiResult.h"
#include "core/store/LocalStore.h"
#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"
#include "domain/User.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

#include <QJsonArray>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUrl>

class QTimer;

namespace motcua::client {

class LocalWorkflow;

// Everything the counter does with the server, on one thread with its own LocalStore and
// ApiClient (Workstation runs it on a QThread; a test helper may run it on its main thread):
//
//  - the session: online login (credentials then cached for offline login), offline login when
//    the server is unreachable, and the way back online (logging in again with the password kept
//    in memory only, never on disk);
//  - intake and workflow actions: online at once, or — when the server is unreachable — done
//    locally (a final code from the reserved block, the dossier built with common/'s rules) and
//    queued in the outbox;
//  - the sync cycle: push the outbox strictly in order, then pull the change feed, then top up
//    the reserved code numbers; on a network error or a 5xx, back off exponentially (capped).
//
// No clerk's work is lost: an outbox item is removed only in the local transaction that saves the
// server's answer, and is resent with the same bytes and Idempotency-Key after any failure, crash
// or restart, so the server never makes a second dossier of it. A 409 on an action parks the item
// ("conflict") with the server's version for the user to resolve; a 4xx on a queued item parks
// it ("rejected") with its problems; neither blocks the items of other dossiers.
//
// Threading: the public methods below must be called on the engine's thread (post them with
// QMetaObject::invokeMethod); they queue the work and return. Network calls block inside a local
// event loop, so a method called meanwhile (a clerk's intake during a long pull) is queued and
// served at the next safe point between two requests. requestStop() is thread-safe.
class SyncEngine : public QObject {
    Q_OBJECT
public:
    struct Options {
        int syncIntervalMs = 15000; // pull period while all is well
        int minBackoffMs = 1000;    // first retry after a failure, doubling up to...
        int maxBackoffMs = 60000;
        int reserveLowWater = 20; // reserve more numbers when fewer are left for today
        int reserveBlockSize = 50;
        int requestTimeoutMs = 10000;
        int changesPageSize = 500;
        // The first sync takes the agency's open dossiers and those received in the last
        // `recentDays` days (older ones are fetched when a clerk opens them: fetchDossier).
        int recentDays = 90;
        int snapshotPageSize = 1000;
        // Between two cycles a request waits on the server's feed (a long poll) for up to this
        // long and starts a cycle as soon as something changed; 0: poll every syncIntervalMs.
        int watchSeconds = 25;
        int watchedSyncIntervalMs = 60000; // the pull period while such a wait is in place
    };
    enum class PushPhase { BeforeSend, AfterResponse, Acknowledged };

    explicit SyncEngine(const QString& storePath, QObject* parent = nullptr);
    SyncEngine(const QString& storePath, const Options& options, QObject* parent = nullptr);
    ~SyncEngine() override;

    // Opens the store on the calling thread (the engine's thread) and restores the reserved
    // numbers and the server address.
    Status start();
    // Thread-safe: abandon the current request and do nothing more.
    void requestStop();

    void setServerUrl(const QUrl& url);
    void login(const QString& username, const QString& password);
    void logout();
    void submitIntake(const QString& requestId, const IntakeRequest& request);
    void submitAction(const QString& requestId, const QString& dossierCode,
                      const ActionCommand& command);
    void resolveConflict(const QString& dossierCode, bool reapplyMine);
    void syncNow();
    // A dossier this workstation does not keep (closed before the first sync's window): asks
    // the server and stores it; dossierFetched(code, found) either way.
    void fetchDossier(const QString& code);
    // One call for the administration pages, with this session's tokens (one refresh token is
    // shared by one client only): serverCallDone(callId, result) when answered; at once with a
    // network error when offline or logged out.
    void callServer(const QString& callId, const ApiClient::Request& request);
    // Attachments (SyncEngineAttachments.cpp). The outbox gained items written by another
    // store instance (Workstation::attachDocument): count them and push soon.
    void outboxChanged();
    // Lists the dossier's attachments on the server and downloads the bytes this store lacks
    // (checked against their SHA-256); attachmentsChanged(code) when done, or attachmentFailed
    // with an empty request id.
    void fetchAttachments(const QString& dossierCode);

    // The server's limit (motcua.attachments.maxBytes default); larger files are refused here.
    static constexpr qint64 kMaxAttachmentBytes = qint64(50) << 20;
    // PDF, PNG, JPEG or TIFF by content, as the server sniffs it; empty for anything else.
    static QString sniffMime(const QByteArray& bytes);
    // Keeps the file in `store` (any thread's instance) and queues its upload in one
    // transaction; the local copy of the dossier shows the component digitised at once (with
    // the version bump the server will make, remembered as our own; see adjustedForOwnUploads).
    // Returns the queued item (id 0 when this very file was already attached there).
    static Expected<OutboxItem> queueAttachment(LocalStore& store, const User& user,
                                                const QString& requestId,
                                                const QString& dossierCode, int componentId,
                                                const QByteArray& bytes, const QString& fileName);

    // A guidance or refusal at the counter (SyncEngineOutcomes.cpp): kept in `store` (any
    // thread's instance) for the counter's own views and queued for POST /counter-outcomes in
    // one transaction; pushed in order with the rest, marked sent when the server acknowledged
    // it. `details` as LocalStore::recordCounterOutcome takes them; the citizen's ID number is
    // neither sent nor kept.
    static Expected<OutboxItem> queueCounterOutcome(LocalStore& store, const User& user,
                                                    const QString& requestId, const QString& kind,
                                                    const QJsonObject& details);

    // Engine-thread accessors.
    LocalStore* store() const { return m_store.get(); }
    bool isOnline() const { return m_reach == Reach::Online; }
    std::optional<User> currentUser() const { return m_user; }
    bool offlineSession() const { return m_offlineSession; }
    QString state() const { return m_state; }
    int reservedNumbersLeft() const;
    // What this version of the application could not understand in the server's answers (see
    // compatibilityChanged); empty when everything was understood.
    QStringList keptAside() const { return m_keptAside; }
    bool updateRequired() const { return !m_keptAside.isEmpty() || m_newerApi; }
    // For tests and diagnostics: called around the push of each outbox item (a crash test
    // kills the process right after the server answered, before the answer is saved).
    void setPushObserver(std::function<void(const OutboxItem&, PushPhase)> observer);

    // A translated message for a machine code (server problem or local refusal).
    static QString messageFor(const QString& code, const QString& detail = {});

signals:
    void loggedIn(const motcua::User& user, bool offline);
    void loginFailed(const QString& code, const QString& message);
    void loggedOut();
    // The session went from offline to online (logged in again in the background) or back.
    void sessionModeChanged(bool offline);
    // The server no longer accepts this session (refresh refused, password changed): the user
    // must log in again; work goes on offline meanwhile.
    void authenticationRequired(const QString& code);
    void onlineChanged(bool online);
    void pendingCountChanged(int count);
    void intakeDone(const QString& requestId, const motcua::Dossier& dossier, bool offline);
    void intakeFailed(const QString& requestId, const QString& code, const QString& message,
                      const QJsonArray& problems);
    void actionDone(const QString& requestId, const motcua::Dossier& dossier, bool queued);
    void actionFailed(const QString& requestId, const QString& code, const QString& message);
    void dossiersChanged();
    void dossierFetched(const QString& code, bool found);
    void serverCallDone(const QString& callId, const motcua::client::ApiResult& result);
    void catalogueChanged();
    void conflictDetected(const QString& dossierCode, const motcua::Dossier& mine,
                          const motcua::Dossier& server);
    // A queued item the server refused (4xx): parked until the user resolves it.
    void queuedItemRejected(const QString& requestId, const QString& dossierCode,
                            const QString& code, const QString& message,
                            const QJsonArray& problems);
    // An intake first tried online, whose answer was lost, had in fact been received under a
    // server-given code: the receipt printed offline with `printedCode` must be replaced.
    void intakeRecoded(const QString& requestId, const QString& printedCode,
                       const motcua::Dossier& dossier);
    void reservedNumbersChanged(int left);
    void syncStateChanged(const QString& state); // "idle", "pulling", "pushing", "backoff"
    // The server sent what this version cannot understand: a dossier (e.g. a status added in a
    // later version; `keptAside` lists "dossier CODE") or catalogue entry ("procedure CODE",
    // "user NAME", "agency ID", "field ID", "calendar") that is kept aside rather than stored
    // wrongly — such a dossier's code is kept and asked for again at every sync, so that an
    // updated application takes it in — or an API whose major version is not ours. The clerk must
    // update the application; everything else keeps working. Emitted again with
    // updateRequired false once all is understood.
    void compatibilityChanged(bool updateRequired, const QStringList& keptAside);
    void cycleFinished(bool ok);
    void attachmentsChanged(const QString& dossierCode);
    // An upload the server refused (parked, also reported as queuedItemRejected), or a failed
    // fetchAttachments (empty request id).
    void attachmentFailed(const QString& requestId, const QString& dossierCode,
                          const QString& message);
    // The server acknowledged a guidance or refusal (queueCounterOutcome).
    void counterOutcomeSent(const QString& requestId);

private:
    enum class Reach { Unknown, Online, Offline };
    using Command = std::function<void()>;

    // Scheduling (SyncEngine.cpp)
    void enqueue(Command command);
    void pump();
    void serviceCommands();
    void runCycle();
    void finishCycle(bool ok);
    void setState(const QString& state);
    void noteReach(const ApiResult& r);
    void setReach(Reach reach);
    bool stopping() const { return m_stopping.load(); }
    void emitPendingCount();

    // Session (SyncEngine.cpp)
    ApiResult onlineLogin(const QString& username, const QString& password);
    void doLogin(const QString& username, const QString& password);
    void doLogout();
    bool ensureSession();
    void onSessionLost(const QString& code);

    // Intake and actions (SyncEngineWork.cpp)
    void doIntake(const QString& requestId, const IntakeRequest& request);
    void offlineIntake(const QString& requestId, const IntakeRequest& request,
                       const QByteArray& altBody);
    void doAction(const QString& requestId, const QString& code, const ActionCommand& command);
    void queueAction(const QString& requestId, const Dossier& local, const ActionCommand& command,
                     const std::optional<Dossier>& serverConflict);
    void doResolve(const QString& code, bool reapplyMine);
    void failIntake(const QString& requestId, const QString& code, const QString& detail,
                    const QJsonArray& problems = {});
    LocalWorkflow workflow() const;

    // Push (SyncEnginePush.cpp)
    bool pushOutbox();
    // The items of `username`, in order, through `api` (that user's session); false when the
    // session or the network failed before the last one.
    bool pushItemsOf(const QString& username, ApiClient* api);
    // The work still queued by clerks who logged out on this workstation goes out in their own
    // names, with the session each left behind (SyncEngine::EarlierClerk).
    void pushEarlierClerks();
    // At logout: keeps the session of a clerk whose work is still queued; true when kept.
    bool keepForQueuedWork();
    void forgetEarlierClerk(const QString& username, bool revoke);
    bool hasQueuedWork(const QString& username) const;
    bool acknowledge(const OutboxItem& item, const QJsonValue& body);
    bool refused(OutboxItem item, const ApiResult& r);
    void park(OutboxItem item, const QString& state, const ApiResult& r);
    Status moveQueuedWork(const QString& fromCode, const Dossier& server,
                          const std::optional<Dossier>& mine);

    // Attachments (SyncEngineAttachments.cpp)
    bool attachmentRequest(const OutboxItem& item, ApiClient::Request* request) const;
    bool acknowledgeAttachment(const OutboxItem& item, const QJsonValue& body);
    void doFetchAttachments(const QString& code);
    // A clerk's action carries the version they saw; a version bump made by our own upload
    // since then (the server marks the component digitised) is not a conflict.
    ActionCommand adjustedForOwnUploads(const QString& code, ActionCommand command,
                                        qint64 localVersion) const;
    static Status noteOwnUploadVersion(LocalStore& store, const QString& code, qint64 version);
    // A queued upload replayed onto `d` (conflict resolution): the bump it will cause.
    void mirrorUpload(Dossier& d, OutboxItem& item) const;
    // The user dropped a queued upload: the file never reached the server, forget it here too.
    Status discardUpload(const OutboxItem& item);

    // Counter outcomes (SyncEngineOutcomes.cpp)
    bool acknowledgeOutcome(const OutboxItem& item, const QJsonValue& body);

    // Pull (SyncEnginePull.cpp)
    bool pull();
    bool initialSync();
    bool takeSnapshot();
    bool takePage(const QJsonObject& page, qint64 cursor, QStringList& aside, bool& changed);
    bool fetchCatalogue();
    // Notes the blank forms the procedures name that this store lacks and downloads them.
    void fetchForms(const QList<Procedure>& procedures);
    // Downloads the noted forms (checked against their SHA-256); one that cannot be had now is
    // tried again at every pull until it arrives, so that the counter prints it offline later.
    void fetchMissingForms();
    bool fetchUsers();
    bool fetchCalendar();
    // In one transaction: the dossiers (unless ours are queued or newer), the feed's cursor and
    // the codes kept aside (pull()).
    bool saveFromServer(const QList<Dossier>& dossiers, std::optional<qint64> cursor,
                        std::optional<QStringList> aside = std::nullopt);
    QStringList keptAsideDossiers() const;
    bool ensureReservedNumbers();
    template <typename T> std::optional<QList<T>> listOf(const ApiResult& r, const QString& kind);
    // Replaces what is kept aside of one kind ("dossier", "procedure", ..., "calendar").
    void keepAside(const QString& kind, const QStringList& keys);

    // Waiting on the feed between cycles, and dossiers on demand (SyncEngineWatch.cpp)
    void watchFeed();
    void onWatchAnswer(const ApiResult& r, qint64 startedMs, qint64 since);
    bool takeWatchedPage(const QJsonObject& page, qint64 since, qsizetype count);
    void doFetchDossier(const QString& code);
    void doCallServer(const QString& callId, const ApiClient::Request& request);

    QString m_storePath;
    Options m_options;
    std::unique_ptr<LocalStore> m_store;
    ApiClient* m_api = nullptr;
    QTimer* m_timer = nullptr;
    ReservedBlockPool m_pool;
    std::function<void(const OutboxItem&, PushPhase)> m_pushObserver;

    std::atomic<bool> m_stopping{false};
    bool m_busy = false;
    bool m_inCommand = false;
    bool m_syncDue = false;
    QList<Command> m_commands;

    Reach m_reach = Reach::Unknown;
    int m_backoffMs = 0;
    QString m_state = QStringLiteral("idle");
    int m_lastPending = -1;
    bool m_refreshLists = false;
    qint64 m_feedSeen = -1;      // the `next` of the last complete pull (the watch starts there)
    bool m_watching = false;     // a wait on the feed is in flight
    bool m_watchHealthy = false; // the server held the last wait (it has long polls)
    QMap<QString, QStringList> m_keptAsideByKind; // as of the last complete fetch of each kind
    QStringList m_keptAside;                      // all of them, as "kind key"
    QStringList m_missingForms; // blank forms named by synced procedures, not fetched yet
    bool m_newerApi = false;    // the server's API major is not ours

    std::optional<User> m_user;
    bool m_offlineSession = false;
    // A shared counter: a clerk logs out with work still in the outbox (made offline, say) and
    // the next clerk logs in. That work must still reach the server, attributed to the clerk who
    // did it, so the clerk's session is kept in memory (never on disk) until it is through: the
    // refresh token (not revoked at logout), or, for a session that never reached the server,
    // the password the offline login was checked with. Dropped when the session is refused;
    // the items then wait, counted as pending, for that clerk's next login.
    struct EarlierClerk {
        ApiClient* api = nullptr;
        QString password; // only while the clerk has no token yet
    };
    QMap<QString, EarlierClerk> m_earlier;
    ApiClient* m_pushApi = nullptr; // the session the outbox is being pushed with
    QString m_password;             // only while an offline session waits to log in online again
    bool m_authRequired = false;
};

} // namespace motcua::client
