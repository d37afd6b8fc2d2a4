#pragma once

#include "calendar/WorkingCalendar.h"
#include "core/Expected.h"
#include "core/store/AttachmentInfo.h"
#include "core/store/LocalStore.h"
#include "core/sync/SyncEngine.h"
#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"
#include "domain/User.h"

#include <memory>
#include <optional>

#include <QByteArray>
#include <QJsonArray>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QVariant>

class QThread;

namespace motcua::client {

class StoreWriter;

// The counter workstation as the GUI sees it, on the GUI thread: a local store to read from, a
// StoreWriter on its own thread for the GUI's durable writes (seen marks, drafts, settings,
// scanned files, guidance and refusals), and a SyncEngine on its own thread that talks to the
// server, works offline when it must, and reports back through these signals. Nothing here
// blocks on the network or waits for the disk's write lock: the GUI learns that a write is on
// disk from a signal sent after its commit.
class Workstation : public QObject {
    Q_OBJECT
public:
    explicit Workstation(const QString& dataDir, QObject* parent = nullptr);
    ~Workstation() override; // stops the sync thread cleanly

    Status open(); // opens/creates the store (dataDir + "/motcua-client.sqlite") and the engine
    // Timing of the sync engine (intervals, back-off, reserve sizes); call before open().
    void setSyncOptions(const SyncEngine::Options& options) { m_options = options; }
    void setServerUrl(const QUrl& url);
    QUrl serverUrl() const;
    // GUI-thread store instance: reads only (in WAL mode a read never waits for a writer).
    const LocalStore& store() const;
    StoreWriter& writer();
    WorkingCalendar calendar() const;
    bool isOnline() const;
    int pendingCount() const;
    QString syncState() const { return m_syncState; }
    // Reserved dossier numbers left for today (for offline intake), as last saved.
    int reservedNumbersLeft() const;
    // The server sent what this version of the application cannot understand (a dossier kept
    // aside, or a newer API): the clerk should update the application. See
    // SyncEngine::compatibilityChanged.
    bool updateRequired() const { return m_updateRequired; }
    QStringList keptAside() const { return m_keptAside; }

    // Tries the server; when it is unreachable (a network error, never a 401) falls back to the
    // offline credential cache.
    void login(const QString& username, const QString& password);
    void logout();
    std::optional<User> currentUser() const;
    bool offlineSession() const;

    // Returns a request id; the outcome arrives as intakeDone / intakeFailed with that id.
    QString submitIntake(const IntakeRequest& request);
    // Returns a request id; the outcome arrives as actionDone / actionFailed with that id.
    QString submitAction(const QString& dossierCode, const ActionCommand& command);
    void resolveConflict(const QString& dossierCode, bool reapplyMine);
    void syncNow();
    // A dossier this workstation does not keep (the first sync takes open and recent ones):
    // asked of the server; dossierFetched(code, found) when done, dossiersChanged if stored.
    void fetchDossier(const QString& dossierCode);
    // A call to the server for the administration pages, made on the sync thread with this
    // session (never blocking the GUI). Returns the call id; serverCallDone(id, result) follows,
    // with a network error at once when offline.
    QString callServer(const ApiClient::Request& request);

    // Attachments (scanned papers of a component; componentId 0 is the result document).
    // Keeps the file in the local store and queues its upload, on the writer thread:
    // attachmentStored(id, code) once it is on disk (the component then shows as digitised), or
    // attachmentFailed(id, code, message) (the dossier or component gone by then, the disk).
    // Returns the request id, or an empty string with `error` set when the file is refused at
    // once: empty, of a type not accepted, too big, nobody logged in, or a dossier or component
    // this workstation does not have (what its store shows now; the writer checks again).
    QString attachDocument(const QString& dossierCode, int componentId, const QByteArray& bytes,
                           const QString& fileName, QString* error = nullptr);
    QList<AttachmentInfo> attachments(const QString& dossierCode) const; // local knowledge
    // Asks the server for the dossier's attachment list and downloads missing bytes into the
    // store; attachmentsChanged(code) when done (also when uploads are acknowledged).
    void fetchAttachments(const QString& dossierCode);
    std::optional<QByteArray> attachmentBytes(const QString& dossierCode,
                                              const QString& sha256) const;

    // The GUI's own durable writes, done on the writer thread in the order asked for.
    // The dossier version the current user opened ("new to me"); seenChanged(code) when stored.
    void markSeen(const QString& dossierCode, qint64 version);
    void saveDraft(const QString& key, const QByteArray& json);
    void removeDraft(const QString& key);
    void setSetting(const QString& key, const QVariant& value);
    // A guidance ("guide") or refusal ("refuse") at the counter, sent to the server through the
    // outbox (SyncEngine::queueCounterOutcome). Returns a request id; counterOutcomeRecorded
    // once it is on disk (then it goes to the server at once when online), or
    // counterOutcomeFailed; counterOutcomeSent when the server acknowledged it.
    QString recordCounterOutcome(const QString& kind, const QJsonObject& details);

    static QString storeFileName() { return QStringLiteral("motcua-client.sqlite"); }
    // Where a workstation keeps its store unless told otherwise (--data-dir): the OS account's
    // application data folder. One place, so that the window and `motcua print` (which prints
    // from the window's cache) always agree on it. Needs the application's identity set first.
    static QString defaultDataDir();

signals:
    void loggedIn(const motcua::User& user, bool offline);
    void loginFailed(const QString& code, const QString& message);
    void onlineChanged(bool online);
    void pendingCountChanged(int count);
    void intakeDone(const QString& requestId, const motcua::Dossier& dossier, bool offline);
    void intakeFailed(const QString& requestId, const QString& code, const QString& message,
                      const QJsonArray& problems);
    void actionDone(const QString& requestId, const motcua::Dossier& dossier, bool queued);
    void actionFailed(const QString& requestId, const QString& code, const QString& message);
    void dossiersChanged();
    void dossierFetched(const QString& dossierCode, bool found);
    void serverCallDone(const QString& callId, const motcua::client::ApiResult& result);
    void conflictDetected(const QString& dossierCode, const motcua::Dossier& mine,
                          const motcua::Dossier& server);
    void syncStateChanged(const QString& state); // "idle", "pulling", "pushing", "backoff"

    // Beyond the brief.
    void loggedOut();
    void sessionModeChanged(bool offline);
    void authenticationRequired(const QString& code);
    void catalogueChanged();
    void queuedItemRejected(const QString& requestId, const QString& dossierCode,
                            const QString& code, const QString& message,
                            const QJsonArray& problems);
    void intakeRecoded(const QString& requestId, const QString& printedCode,
                       const motcua::Dossier& dossier);
    void reservedNumbersChanged(int left);
    void attachmentsChanged(const QString& dossierCode);
    void attachmentFailed(const QString& requestId, const QString& dossierCode,
                          const QString& message);
    void compatibilityChanged(bool updateRequired, const QStringList& keptAside);
    void attachmentStored(const QString& requestId, const QString& dossierCode);
    void seenChanged(const QString& dossierCode);
    void counterOutcomeRecorded(const QString& requestId);
    // `code` is the machine code of why (ProblemText has the clerk's words); `message` the same
    // in words already.
    void counterOutcomeFailed(const QString& requestId, const QString& code,
                              const QString& message);
    void counterOutcomeSent(const QString& requestId);

private:
    void post(std::function<void(SyncEngine&)> work);
    // At each Vietnam midnight catalogueChanged is emitted: the counter then offers the versions
    // in force on the new day (a version published for it takes effect without a sync) and the
    // day's panels turn over.
    void armMidnight();

    QString m_dataDir;
    std::unique_ptr<LocalStore> m_store;
    StoreWriter* m_writer = nullptr;
    QUrl m_serverUrl; // as last set (the setting is written on the writer thread)
    QThread* m_thread = nullptr;
    SyncEngine* m_engine = nullptr;
    SyncEngine::Options m_options;
    mutable std::unique_ptr<WorkingCalendar> m_calendar;
    bool m_online = false;
    int m_pending = 0;
    int m_reserved = -1;
    QString m_syncState = QStringLiteral("idle");
    std::optional<User> m_user;
    bool m_offlineSession = false;
    bool m_updateRequired = false;
    QStringList m_keptAside;
    QTimer m_midnight;
};

} // namespace motcua::client
