// LocalStore: work queues (the lists a specialist, a leader and the counter work from).

#include "core/VnTime.h"
#include "core/store/LocalStore.h"
#include "core/store/StoreImpl.h"

namespace motcua::client {

using store::Sql;

// Defined in LocalStoreDossiers.cpp: the list columns, their reader, and the FTS query of a
// search text.
namespace store {
QString summaryColumns();
QList<DossierSummary> readSummaries(Sql& q);
QString wordPrefixQuery(const QString& text);
} // namespace store

namespace {

// National status codes (the `status` column).
const QString kActive = QStringLiteral("(2, 4)");  // accepted, in progress: the clock runs
const QString kWaiting = QStringLiteral("(5, 6)"); // supplement, financial obligation

// A WHERE clause and its positional binds, built piece by piece.
struct Where {
    QStringList parts;
    QVariantList binds;

    void add(const QString& sql, const QVariantList& values = {})
    {
        parts << sql;
        binds << values;
    }
    QString text() const
    {
        return parts.isEmpty() ? QString() : QStringLiteral(" WHERE ") + parts.join(" AND ");
    }
};

// What is the user's own: assigned to him, or waiting unassigned in his unit for one of his
// roles.
void addPile(Where& w, const LocalStore::QueueQuery& q)
{
    QStringList roles;
    QVariantList binds{q.username, q.unit};
    for (Role r : q.roles) {
        roles << QStringLiteral("?");
        binds << name(r);
    }
    if (roles.isEmpty()) {
        w.add(QStringLiteral("assignee = ?"), {q.username});
        return;
    }
    w.add(QStringLiteral("(assignee = ? OR (assignee IS NULL AND current_unit = ? AND step_role "
                         "IN (") +
              roles.join(u',') + QStringLiteral(")))"),
          binds);
}

const QString kUnseen =
    QStringLiteral("NOT EXISTS (SELECT 1 FROM seen WHERE seen.username = ? AND seen.dossier_code = "
                   "dossiers.code AND seen.version >= dossiers.version)");

// Running dossiers: an officer's pile, a leader's unit, the whole agency at the counter.
void addRunningScope(Where& w, const LocalStore::QueueQuery& q)
{
    switch (q.perspective) {
    case LocalStore::QueuePerspective::Specialist:
        addPile(w, q);
        break;
    case LocalStore::QueuePerspective::Leader:
        w.add(QStringLiteral("(current_unit = ? OR assignee = ?)"), {q.unit, q.username});
        break;
    case LocalStore::QueuePerspective::Counter:
        break;
    }
}

// Dossiers that left the workflow (waiting, finished, returned, withdrawn) keep their last
// unit, step and assignee; an officer also sees those he opened on this workstation (a finished
// dossier sits at the counter's step, no longer his). `status` (a condition on the status
// column, or empty) is repeated inside each alternative so that SQLite answers each from its
// own index (assignee, status) / (current_unit, status) — a returned queue is most of the store.
void addClosedScope(Where& w, const LocalStore::QueueQuery& q, const QString& status = {})
{
    const QString both = status.isEmpty() ? QString() : QStringLiteral(" AND ") + status;
    // In the `seen` branch the status is checked on the row (unary +: not through its index).
    const QString onRow = status.isEmpty() ? QString() : QStringLiteral(" AND +") + status;
    switch (q.perspective) {
    case LocalStore::QueuePerspective::Specialist: {
        QStringList roles;
        QVariantList binds{q.username, q.unit};
        for (Role r : q.roles) {
            roles << QStringLiteral("?");
            binds << name(r);
        }
        binds << q.username;
        w.add(QStringLiteral("((assignee = ?") + both +
                  QStringLiteral(") OR (assignee IS NULL AND current_unit = ?") + both +
                  (roles.isEmpty() ? QStringLiteral(" AND 0")
                                   : QStringLiteral(" AND step_role IN (") + roles.join(u',') +
                                         QStringLiteral(")")) +
                  QStringLiteral(") OR (code IN (SELECT dossier_code FROM seen WHERE username = "
                                 "?)") +
                  onRow + QStringLiteral("))"),
              binds);
        break;
    }
    case LocalStore::QueuePerspective::Leader:
        w.add(QStringLiteral("((current_unit = ?") + both + QStringLiteral(") OR (assignee = ?") +
                  both + QStringLiteral("))"),
              {q.unit, q.username});
        break;
    case LocalStore::QueuePerspective::Counter:
        if (!status.isEmpty())
            w.add(status);
        break;
    }
}

// Received on the civil dates [from, to] (either may be invalid: open-ended). Through the row key
// as well as received_at: keys are minus the receipt time in ms ×1000 (LocalStoreDossiers.cpp),
// so the range is a range of the primary key and needs no index of its own.
void addReceivedRange(Where& w, const QDate& from, const QDate& to)
{
    constexpr qint64 kKeysPerMs = 1000;
    if (from.isValid()) {
        const qint64 startMs = vntime::fromCivil(from, QTime(0, 0)).toMSecsSinceEpoch();
        w.add(QStringLiteral("sort_key <= ? AND received_at >= ?"),
              {-startMs * kKeysPerMs + kKeysPerMs - 1, startMs});
    }
    if (to.isValid()) {
        const qint64 endMs = vntime::fromCivil(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
        w.add(QStringLiteral("sort_key > ? AND received_at < ?"), {-endMs * kKeysPerMs, endMs});
    }
}

Where whereOf(const LocalStore::QueueQuery& q)
{
    using Queue = LocalStore::Queue;
    Where w;
    const QVariant now = store::millis(q.now);
    switch (q.queue) {
    case Queue::NewToMe:
        w.add(QStringLiteral("status IN ") + kActive);
        addPile(w, q);
        w.add(kUnseen, {q.username});
        break;
    case Queue::InProgress:
        w.add(QStringLiteral("status IN ") + kActive);
        addRunningScope(w, q);
        if (q.perspective == LocalStore::QueuePerspective::Specialist)
            w.add(QStringLiteral("NOT ") + kUnseen, {q.username});
        break;
    case Queue::DueSoon:
        w.add(QStringLiteral("status IN ") + kActive);
        addRunningScope(w, q);
        w.add(QStringLiteral("step_due_at > ? AND step_due_at <= ? AND (appointment_at IS NULL "
                             "OR appointment_at > ?)"),
              {now, store::millis(q.dueSoonUntil), now});
        break;
    case Queue::Overdue:
        w.add(QStringLiteral("status IN ") + kActive);
        addRunningScope(w, q);
        w.add(QStringLiteral("(step_due_at <= ? OR appointment_at <= ?)"), {now, now});
        break;
    case Queue::ToAssign:
        w.add(QStringLiteral("status IN ") + kActive);
        w.add(QStringLiteral("assignee IS NULL"));
        if (q.perspective != LocalStore::QueuePerspective::Counter)
            w.add(QStringLiteral("current_unit = ?"), {q.unit});
        break;
    case Queue::WaitingForCitizen:
        addClosedScope(w, q, QStringLiteral("status IN ") + kWaiting);
        break;
    case Queue::ReadyToReturn:
        addClosedScope(w, q, QStringLiteral("status = 9"));
        break;
    case Queue::Returned:
        addClosedScope(w, q, QStringLiteral("status = 10"));
        break;
    case Queue::Withdrawn:
        addClosedScope(w, q, QStringLiteral("status = 7"));
        break;
    case Queue::ReceivedToday: {
        const QDate today = vntime::civilDate(q.now);
        addReceivedRange(w, today, today);
        addClosedScope(w, q);
        break;
    }
    }
    if (!q.fieldCode.isEmpty())
        w.add(QStringLiteral("field_code = ?"), {q.fieldCode});
    if (!q.procedureCode.isEmpty())
        w.add(QStringLiteral("procedure_code = ?"), {q.procedureCode});
    if (q.receivedFrom.isValid() || q.receivedTo.isValid())
        addReceivedRange(w, q.receivedFrom, q.receivedTo);
    if (!q.text.trimmed().isEmpty()) {
        // Words that fold to nothing match nothing, as in search().
        const QString match = store::wordPrefixQuery(q.text);
        if (match.isEmpty())
            w.add(QStringLiteral("0"));
        else
            w.add(QStringLiteral("sort_key IN (SELECT rowid FROM dossier_fts WHERE dossier_fts "
                                 "MATCH ?)"),
                  {match});
    }
    return w;
}

} // namespace

QList<DossierSummary> LocalStore::queue(const QueueQuery& query) const
{
    if (query.limit <= 0)
        return {};
    const Where w = whereOf(query);
    QString order;
    switch (query.sort) {
    case QueueSort::Deadline:
        // The step's deadline while a step runs, else the appointment; none last.
        order = QStringLiteral(" ORDER BY COALESCE(step_due_at, appointment_at) IS NULL, "
                               "COALESCE(step_due_at, appointment_at), sort_key");
        break;
    case QueueSort::ReceivedNewest:
        order = QStringLiteral(" ORDER BY sort_key");
        break;
    case QueueSort::ReceivedOldest:
        order = QStringLiteral(" ORDER BY sort_key DESC");
        break;
    }
    Sql q(d->db, QStringLiteral("SELECT ") + store::summaryColumns() +
                     QStringLiteral(" FROM dossiers") + w.text() + order +
                     QStringLiteral(" LIMIT ?"));
    for (const QVariant& v : w.binds)
        q.bind(v);
    q.bind(query.limit);
    return store::readSummaries(q);
}

int LocalStore::queueCount(const QueueQuery& query) const
{
    const Where w = whereOf(query);
    Sql q(d->db, query.countLimit > 0
                     ? QStringLiteral("SELECT COUNT(*) FROM (SELECT 1 FROM dossiers") + w.text() +
                           QStringLiteral(" LIMIT ?)")
                     : QStringLiteral("SELECT COUNT(*) FROM dossiers") + w.text());
    for (const QVariant& v : w.binds)
        q.bind(v);
    if (query.countLimit > 0)
        q.bind(query.countLimit);
    if (Status s = q.exec(); !s) {
        store::warn(s.error());
        return 0;
    }
    return q.next() ? q.value(0).toInt() : 0;
}

Status LocalStore::markSeen(const QString& username, const QString& code, qint64 version)
{
    if (username.isEmpty() || code.isEmpty())
        return Error{QStringLiteral("store.invalid_argument"),
                     QStringLiteral("markSeen needs a user and a dossier code"),
                     {}};
    // Never lowers the version: an older copy opened from a stale list stays "seen" as newer.
    return store::execute(d->db,
                          QStringLiteral("INSERT INTO seen (username, dossier_code, version) "
                                         "VALUES (?, ?, ?) ON CONFLICT (username, dossier_code) "
                                         "DO UPDATE SET version = MAX(version, excluded.version)"),
                          {username, code, version});
}

std::optional<qint64> LocalStore::seenVersion(const QString& username, const QString& code) const
{
    Sql q(d->db,
          QStringLiteral("SELECT version FROM seen WHERE username = ? AND dossier_code = ?"));
    q.bind(username).bind(code);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace motcua::client
