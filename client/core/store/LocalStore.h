#pragma once

#include "calendar/CalendarSettings.h"
#include "core/Expected.h"
#include "core/store/AttachmentInfo.h"
#include "core/store/CounterOutcome.h"
#include "core/store/DossierSummary.h"
#include "core/store/OutboxItem.h"
#include "domain/Agency.h"
#include "domain/Dossier.h"
#include "domain/Field.h"
#include "domain/Procedure.h"
#include "domain/User.h"

#include <functional>
#include <memory>
#include <optional>

#include <QByteArray>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSqlDatabase;

namespace motcua::client {

// The workstation's own database (SQLite, one file): everything the counter needs to keep
// working without the server, and everything a clerk typed until the server has it.
//
// Durability: WAL with synchronous=FULL, so a write that returned success — a draft, a dossier
// received offline, its outbox entry, a reserved number spent — survives a crash or power cut.
// Writes take the database lock up front (BEGIN IMMEDIATE) and wait for another connection's
// write for up to 10 s (busy timeout), so the store-writer thread's connection (the GUI's writes,
// StoreWriter) and the sync thread's take turns rather than fail; the GUI thread's own connection
// only reads, and so never waits.
//
// Threads: one instance per thread (each opens its own connection under a unique name); SQLite
// in WAL mode lets readers and one writer work at once across instances.
//
// Search: an FTS5 word index (unicode61) over folded text (TextFold: no accents, lower case) of
// the code's date and number, the owner's, submitter's and representative's names, phones and ID
// numbers; every typed word must match the start of a word, as on the server ("nguyen an" finds
// "Nguyễn Văn Anh"). Rows are keyed by receipt time, newest first, so a common prefix such as
// "n" stops after the first `limit` rows instead of sorting every match; prefixes of 1–3
// characters have their own index. A full code or a code prefix with its agency part is looked up
// on the code column.
class LocalStore {
public:
    static constexpr int kSchemaVersion = 5;

    static Expected<std::unique_ptr<LocalStore>> open(const QString& filePath);
    ~LocalStore();
    LocalStore(const LocalStore&) = delete;
    LocalStore& operator=(const LocalStore&) = delete;

    QString filePath() const;
    int schemaVersion() const;

    // Runs `work` in one transaction (BEGIN IMMEDIATE … COMMIT; rolled back when it fails).
    // Nested calls join the outer transaction.
    Status transaction(const std::function<Status()>& work);

    // --- catalogue -------------------------------------------------------------------------
    // Procedures in the version in force on `day` (Vietnam), by national code: the procedure
    // picker and the counter offer today's. Versions synced from a server before 1.3 carry no
    // days and count as in force on every day.
    QList<Procedure> procedures(const QDate& day) const;
    std::optional<Procedure> procedure(const QString& code, const QDate& day) const; // or local
    QList<Procedure> procedures() const; // in force today
    std::optional<Procedure> procedure(const QString& code) const;
    QList<Field> fields() const;
    QList<Agency> agencies() const;
    std::optional<Agency> agency(const QString& id) const;
    QList<User> users() const;
    std::optional<User> user(const QString& username) const;
    CalendarSettings calendarSettings() const; // CalendarSettings::standard() until synced
    QStringList recentProcedures(int limit) const;
    Status touchProcedure(const QString& code);

    // Replaced whole by the sync engine (procedures: every version it keeps, with its days).
    Status replaceCatalogue(const QList<Agency>& agencies, const QList<Field>& fields,
                            const QList<Procedure>& procedures);
    Status replaceUsers(const QList<User>& users);
    Status saveCalendar(const CalendarSettings& settings, qint64 version);
    qint64 calendarVersion() const; // -1 until synced
    bool hasCalendar() const;

    // --- dossiers --------------------------------------------------------------------------
    std::optional<Dossier> dossier(const QString& code) const;
    // Code, folded owner name words by prefix, phone or ID; newest first; empty text = newest.
    QList<DossierSummary> search(const QString& text, int limit) const;
    // Vietnam civil dates, inclusive, by receivedAt; in order of receipt (the tracking register).
    QList<DossierSummary> receivedBetween(const QDate& from, const QDate& to) const;
    Status saveDossier(const Dossier& d, bool pending);
    Status saveDossiers(const QList<Dossier>& dossiers, bool pending); // one transaction
    Status removeDossier(const QString& code);
    std::optional<qint64> dossierVersion(const QString& code) const;
    bool isPending(const QString& code) const;
    int dossierCount() const;

    // --- work queues (LocalStoreQueues.cpp) -------------------------------------------------
    // The lists a department officer, a head of unit and the counter work from. Every query reads
    // the narrow columns saveDossier() keeps beside each document (unit, step, its role,
    // assignee, the step's deadline, field) and the `seen` table; counts are COUNT(*) over the
    // indexed columns, so the counts beside the queue list stay cheap on a large store.
    enum class Queue {
        NewToMe,           // mine or waiting in my unit for my role, not opened in this version
        InProgress,        // mine (a leader: the unit's), opened
        DueSoon,           // the current step's deadline within QueueQuery::dueSoonUntil
        Overdue,           // the step's deadline or the appointment has passed
        ToAssign,          // waiting in the unit with no assignee (a leader's queue)
        WaitingForCitizen, // supplement requested or financial obligation
        ReadyToReturn,     // finished, waiting at the counter
        Returned,
        Withdrawn,
        ReceivedToday, // the counter's: received on QueueQuery::now's civil date
    };
    // Whose queues: an officer sees what is his (or waits for his role in his unit), a head of
    // unit his unit's, the counter the whole agency's.
    enum class QueuePerspective { Specialist, Leader, Counter };
    enum class QueueSort { Deadline, ReceivedNewest, ReceivedOldest };
    struct QueueQuery {
        Queue queue = Queue::NewToMe;
        QueuePerspective perspective = QueuePerspective::Specialist;
        QString username;
        QString unit;
        QList<Role> roles;
        QDateTime now;          // required: overdue, due soon, received today
        QDateTime dueSoonUntil; // now + N working hours (the caller counts them on the calendar)
        // Filters (empty = any).
        QString fieldCode;
        QString procedureCode;
        QDate receivedFrom; // inclusive, Vietnam civil dates
        QDate receivedTo;
        QString text; // folded word prefixes, as search() reads them
        QueueSort sort = QueueSort::Deadline;
        int limit = 500;
        // queueCount() stops counting here (0: exact). The counter's "returned" holds every
        // dossier ever returned; a list of counts shows "1000+" rather than count 200k rows on
        // every sync.
        int countLimit = 0;
    };
    QList<DossierSummary> queue(const QueueQuery& query) const;
    int queueCount(const QueueQuery& query) const; // ignores sort and limit
    // The dossier version `username` last opened (the "new to me" queue); remembered per user.
    Status markSeen(const QString& username, const QString& code, qint64 version);
    std::optional<qint64> seenVersion(const QString& username, const QString& code) const;
    // Fills the queue columns of rows written before schema 2 from their documents; open() runs
    // it once. Returns how many rows it rewrote.
    Expected<int> fillQueueColumns();

    // --- attachments (LocalStoreAttachments.cpp) -------------------------------------------
    // Files of dossier components (component 0: the result document), unique per (dossier,
    // component, sha256). Bytes are kept once, here: the outbox item of an upload refers to its
    // row (see OutboxItem::kAttachment). A row without bytes is a file known to be on the server
    // that was not downloaded.
    // Adds the row (with bytes when given); an existing row keeps its data and gains the bytes it
    // lacked, and `on_server` once set stays set.
    Status addAttachment(const AttachmentInfo& info, const QByteArray& bytes);
    QList<AttachmentInfo> attachments(const QString& dossierCode) const; // by creation, then sha
    std::optional<AttachmentInfo> attachment(const QString& dossierCode, int componentId,
                                             const QString& sha256) const;
    // The bytes of `sha256` in this dossier (a file listed on several components is one file).
    std::optional<QByteArray> attachmentBytes(const QString& dossierCode,
                                              const QString& sha256) const;
    Status markAttachmentOnServer(const QString& dossierCode, int componentId,
                                  const QString& sha256);
    Status removeAttachment(const QString& dossierCode, int componentId, const QString& sha256);
    // A dossier received offline got another code from the server: its files follow it.
    Status moveAttachments(const QString& fromCode, const QString& toCode);

    // --- blank forms (LocalStoreForms.cpp) -------------------------------------------------
    // The files the synced procedures' papers name (ComponentRequirement::formSha256), fetched
    // by the sync engine, printed or saved at the counter even offline.
    struct FormFile {
        QString mime;
        QByteArray bytes;
    };
    Status saveFormFile(const QString& sha256, const QString& mime, const QByteArray& bytes);
    std::optional<FormFile> formFile(const QString& sha256) const;
    std::optional<QString> formFileMime(const QString& sha256) const; // without the bytes
    bool hasFormFile(const QString& sha256) const { return formFileMime(sha256).has_value(); }

    // --- drafts (autosave) -----------------------------------------------------------------
    Status saveDraft(const QString& key, const QByteArray& json);
    std::optional<QByteArray> draft(const QString& key) const;
    QStringList draftKeys() const; // most recently saved first
    Status removeDraft(const QString& key);

    // --- outbox ----------------------------------------------------------------------------
    int pendingCount() const; // every item not yet acknowledged by the server, parked included
    Expected<qint64> enqueue(const OutboxItem& item); // returns its id (its place in the order)
    QList<OutboxItem> outbox() const;                 // in order
    std::optional<OutboxItem> outboxItem(qint64 id) const;
    // The first pending item of `username` that is not held back by an earlier item of the same
    // dossier (still pending for someone else, or parked awaiting the user's decision). A
    // counter outcome belongs to no dossier and is held back by nothing but the order.
    std::optional<OutboxItem> nextPending(const QString& username) const;
    Status updateOutboxItem(const OutboxItem& item); // every column but id, request and order
    Status removeOutboxItem(qint64 id);
    bool hasOutboxItems(const QString& dossierCode) const;

    // --- counter outcomes that are not dossiers (guidance, refusal) ------------------------
    // `details` may carry "procedureCode", "applicant" (name), "clerk", "at" (ISO instant) and
    // anything else (reasons, missing papers); "at" defaults to now. `requestId` ties the row to
    // the outbox item that sends it to the server (SyncEngine::queueCounterOutcome).
    Status recordCounterOutcome(const QString& kind /* "guide" | "refuse" */,
                                const QJsonObject& details, const QString& requestId = {});
    // The server acknowledged the outcome of `requestId` as its record `serverId`.
    Status markCounterOutcomeSent(const QString& requestId, qint64 serverId);
    // The server refused the outcome of `requestId` for good (`problemCode`): kept here, with
    // why, as "serverRefused" in its details; it will not be sent again.
    Status markCounterOutcomeRefused(const QString& requestId, const QString& problemCode);
    QList<CounterOutcome> counterOutcomes(const QDate& from, const QDate& to) const;

    // --- settings --------------------------------------------------------------------------
    QVariant setting(const QString& key, const QVariant& def = {}) const;
    Status setSetting(const QString& key, const QVariant& v);

    // --- sync state ------------------------------------------------------------------------
    qint64 syncCursor() const;
    Status setSyncCursor(qint64 seq);
    QByteArray meta(const QString& key) const;
    Status setMeta(const QString& key, const QByteArray& value);
    // ReservedBlockPool::saveState() bytes; empty until the first block.
    QByteArray codePoolState() const;
    Status saveCodePoolState(const QByteArray& state);

    // --- offline login ---------------------------------------------------------------------
    // After a successful online login: a salted Argon2id hash of the password (never the
    // password) and the user as the server described them.
    Status rememberCredentials(const User& user, const QString& password);
    // auth.offline_unknown_user (never logged in here online), auth.invalid_credentials,
    // auth.account_disabled (the server disabled the user, as last synced).
    Expected<User> verifyOfflineLogin(const QString& username, const QString& password) const;
    Status forgetCredentials(const QString& username);

private:
    struct Impl;
    explicit LocalStore(std::unique_ptr<Impl> impl);

    std::unique_ptr<Impl> d;
};

} // namespace motcua::client
