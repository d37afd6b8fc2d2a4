// LocalStore: the dossiers of the user's agency, their list columns and their search index.

#include "code/DossierCode.h"
#include "codec/JsonCodec.h"
#include "codec/JsonPrimitives.h"
#include "core/VnTime.h"
#include "core/store/LocalStore.h"
#include "core/store/StoreImpl.h"
#include "text/TextFold.h"

#include <limits>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace motcua::client {

using store::Sql;

namespace {

// Keys per millisecond of receipt time: equal times (a bulk import) get consecutive keys.
constexpr qint64 kKeysPerMs = 1000;

const QString kSummaryColumns =
    QStringLiteral("code, owner_name, owner_id, owner_phone, procedure_code, procedure_name, "
                   "status, received_at, appointment_at, finished_at, pending, current_unit, "
                   "current_step, assignee, step_due_at, field_code");

// The folded words a dossier is found by (see LocalStore's class comment). The code contributes
// its date and number ("260315", "0042"): the agency part is the same on every row.
QString searchText(const Dossier& d)
{
    const QString code = d.code.section(u'-', 1);
    const QString all = code + u' ' + d.owner.fullName + u' ' + d.submitter.fullName + u' ' +
                        d.representative.fullName + u' ' + d.owner.phone + u' ' +
                        d.submitter.phone + u' ' + d.owner.idNumber + u' ' + d.submitter.idNumber;
    return TextFold::fold(all);
}

qint64 receivedMs(const Dossier& d)
{
    return d.receivedAt.isValid() ? d.receivedAt.toMSecsSinceEpoch() : 0;
}

DossierSummary summaryOf(Sql& q)
{
    DossierSummary s;
    s.code = q.value(0).toString();
    s.ownerName = q.value(1).toString();
    s.ownerIdNumber = q.value(2).toString();
    s.ownerPhone = q.value(3).toString();
    s.procedureCode = q.value(4).toString();
    s.procedureName = q.value(5).toString();
    s.status = statusFromNationalCode(q.value(6).toInt()).value_or(DossierStatus::Registered);
    s.receivedAt = store::fromMillis(q.value(7));
    s.appointmentAt = store::fromMillis(q.value(8));
    s.finishedAt = store::fromMillis(q.value(9));
    s.pending = q.value(10).toBool();
    s.currentUnit = q.value(11).toString();
    s.currentStep = q.value(12).toString();
    s.assignee = q.value(13).toString();
    s.stepDueAt = store::fromMillis(q.value(14));
    s.fieldCode = q.value(15).toString();
    return s;
}

QList<DossierSummary> summaries(Sql& q)
{
    QList<DossierSummary> out;
    if (Status s = q.exec(); !s) {
        store::warn(s.error());
        return out;
    }
    while (q.next())
        out.append(summaryOf(q));
    return out;
}

QVariant textOrNull(const QString& s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

// The procedure's field, from the local catalogue (by national or local code).
QString fieldOf(const QSqlDatabase& db, const QString& procedureCode)
{
    if (procedureCode.isEmpty())
        return {};
    Sql q(db, QStringLiteral("SELECT field_code FROM procedure_versions WHERE national_code = ? "
                             "UNION ALL SELECT field_code FROM procedure_versions WHERE "
                             "local_code = ? LIMIT 1"));
    q.bind(procedureCode).bind(procedureCode);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

// The work-queue columns read straight from a stored document (codec JSON), without building
// the whole Dossier: filling the columns of a large store once must stay quick. Same rules as
// queueColumns(). `fields` caches procedure → field.
QVariantList queueColumnsFromJson(const QSqlDatabase& db, const QJsonObject& doc,
                                  QHash<QString, QString>& fields)
{
    const QString step = doc.value(QLatin1String("currentStepId")).toString();
    QString role;
    for (const QJsonValue& v :
         doc.value(QLatin1String("workflow")).toObject().value(QLatin1String("steps")).toArray()) {
        const QJsonObject o = v.toObject();
        if (o.value(QLatin1String("id")).toString() == step) {
            role = o.value(QLatin1String("role")).toString();
            break;
        }
    }
    QDateTime due;
    const QJsonArray deadlines = doc.value(QLatin1String("stepDeadlines")).toArray();
    for (qsizetype i = deadlines.size() - 1; i >= 0; --i) {
        const QJsonObject o = deadlines.at(i).toObject();
        if (o.value(QLatin1String("stepId")).toString() != step)
            continue;
        const QJsonValue finished = o.value(QLatin1String("finishedAt"));
        if (finished.isUndefined() || finished.isNull() || finished.toString().isEmpty())
            (void)codec::readDateTime(o.value(QLatin1String("dueAt")), QString(), due);
        break;
    }
    const QString procedure = doc.value(QLatin1String("procedureCode")).toString();
    auto field = fields.find(procedure);
    if (field == fields.end())
        field = fields.insert(procedure, fieldOf(db, procedure));
    return {textOrNull(doc.value(QLatin1String("currentUnit")).toString()),
            textOrNull(step),
            textOrNull(role),
            textOrNull(doc.value(QLatin1String("assignee")).toString()),
            store::millis(due),
            textOrNull(*field)};
}

// The work-queue columns of a dossier, in the order current_unit, current_step, step_role,
// assignee, step_due_at, field_code. The step's role comes from the dossier's frozen workflow
// and its deadline from the step's open StepDeadline (the latest entry of that step).
QVariantList queueColumns(const QSqlDatabase& db, const Dossier& dossier)
{
    QString role;
    if (const WorkflowStep* step = dossier.workflow.step(dossier.currentStepId))
        role = name(step->role);
    QDateTime due;
    for (auto it = dossier.stepDeadlines.crbegin(); it != dossier.stepDeadlines.crend(); ++it) {
        if (it->stepId == dossier.currentStepId) {
            if (it->finishedAt.isNull())
                due = it->dueAt;
            break;
        }
    }
    return {textOrNull(dossier.currentUnit),
            textOrNull(dossier.currentStepId),
            textOrNull(role),
            textOrNull(dossier.assignee),
            store::millis(due),
            textOrNull(fieldOf(db, dossier.procedureCode))};
}

// An FTS5 query: every word as a quoted prefix ("nguyen"* "v"*), which FTS5 reads as AND.
QString ftsQuery(const QString& text)
{
    QStringList parts;
    for (const QString& word : TextFold::tokens(text)) {
        bool hasWordChar = false;
        for (const QChar c : word)
            hasWordChar = hasWordChar || c.isLetterOrNumber();
        if (!hasWordChar)
            continue; // punctuation alone has no tokens to match
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        parts << u'"' + quoted + QStringLiteral("\"*");
    }
    return parts.join(u' ');
}

} // namespace

// Shared with LocalStoreQueues.cpp (declared there): the list columns and their reader.
namespace store {

QString summaryColumns()
{
    return kSummaryColumns;
}

QList<DossierSummary> readSummaries(Sql& q)
{
    return summaries(q);
}

QString wordPrefixQuery(const QString& text)
{
    return ftsQuery(text);
}

} // namespace store

std::optional<Dossier> LocalStore::dossier(const QString& code) const
{
    Sql q(d->db, QStringLiteral("SELECT doc FROM dossier_docs WHERE code = ?"));
    q.bind(code);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    auto dossier = codec::decode<Dossier>(qUncompress(q.value(0).toByteArray()));
    if (!dossier) {
        store::warn(dossier.error());
        return std::nullopt;
    }
    return std::move(dossier).value();
}

QList<DossierSummary> LocalStore::search(const QString& text, int limit) const
{
    const QString trimmed = text.trimmed();
    if (limit <= 0)
        return {};
    if (trimmed.isEmpty()) {
        Sql q(d->db, QStringLiteral("SELECT ") + kSummaryColumns +
                         QStringLiteral(" FROM dossiers ORDER BY sort_key LIMIT ?"));
        q.bind(limit);
        return summaries(q);
    }
    // A code (typed, or read from the receipt's QR code) or the start of one with its agency.
    const QString upper = trimmed.toUpper();
    if (DossierCode::parse(upper)) {
        Sql q(d->db, QStringLiteral("SELECT ") + kSummaryColumns +
                         QStringLiteral(" FROM dossiers WHERE code = ?"));
        q.bind(upper);
        return summaries(q);
    }
    static const QRegularExpression codePrefix(
        QStringLiteral("^\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}(-[\\d-]*)?$"));
    if (codePrefix.match(upper).hasMatch()) {
        // Codes sort by day then number, so the code index read backwards is newest first and
        // stops at `limit` however many codes share the prefix.
        Sql q(d->db, QStringLiteral("SELECT ") + kSummaryColumns +
                         QStringLiteral(" FROM dossiers WHERE code >= ? AND code < ? ORDER BY "
                                        "code DESC LIMIT ?"));
        q.bind(upper).bind(upper + u'~').bind(limit);
        return summaries(q);
    }
    const QString match = ftsQuery(trimmed);
    if (match.isEmpty())
        return {};
    Sql q(d->db, QStringLiteral("SELECT ") + kSummaryColumns +
                     QStringLiteral(" FROM dossiers WHERE sort_key IN (SELECT rowid FROM "
                                    "dossier_fts WHERE dossier_fts MATCH ? ORDER BY rowid LIMIT "
                                    "?) ORDER BY sort_key"));
    q.bind(match).bind(limit);
    return summaries(q);
}

QList<DossierSummary> LocalStore::receivedBetween(const QDate& from, const QDate& to) const
{
    if (!from.isValid() || !to.isValid() || to < from)
        return {};
    const qint64 startMs = vntime::fromCivil(from, QTime(0, 0)).toMSecsSinceEpoch();
    const qint64 endMs = vntime::fromCivil(to.addDays(1), QTime(0, 0)).toMSecsSinceEpoch();
    // Keys run backwards in time: [startMs, endMs) is (-endMs·K, -startMs·K + K-1].
    Sql q(d->db, QStringLiteral("SELECT ") + kSummaryColumns +
                     QStringLiteral(" FROM dossiers WHERE sort_key > ? AND sort_key <= ? AND "
                                    "received_at >= ? AND received_at < ? ORDER BY sort_key DESC"));
    q.bind(-endMs * kKeysPerMs)
        .bind(-startMs * kKeysPerMs + kKeysPerMs - 1)
        .bind(startMs)
        .bind(endMs);
    return summaries(q);
}

Status LocalStore::saveDossier(const Dossier& dossier, bool pending)
{
    return transaction([&]() -> Status {
        const qint64 ms = receivedMs(dossier);
        const QString search = searchText(dossier);
        Sql existing(d->db, QStringLiteral("SELECT sort_key, received_at, search FROM dossiers "
                                           "WHERE code = ?"));
        existing.bind(dossier.code);
        if (Status s = existing.exec(); !s)
            return s;
        QVariantList columns{
            dossier.version,
            nationalCode(dossier.status),
            dossier.owner.fullName,
            dossier.owner.idNumber,
            dossier.owner.phone,
            dossier.procedureCode,
            dossier.procedureName,
            store::millis(dossier.receivedAt),
            store::millis(dossier.appointmentAt),
            store::millis(dossier.finishedAt),
            pending ? 1 : 0,
        };
        columns << queueColumns(d->db, dossier);
        bool updated = false;
        if (existing.next()) {
            const qint64 key = existing.value(0).toLongLong();
            if (existing.value(1).toLongLong() == ms && !existing.value(1).isNull()) {
                // Same place in the order: update in place (and the index only if the words
                // changed).
                const bool searchChanged = existing.value(2).toString() != search;
                Sql u(d->db,
                      QStringLiteral("UPDATE dossiers SET version = ?, status = ?, owner_name = ?, "
                                     "owner_id = ?, owner_phone = ?, procedure_code = ?, "
                                     "procedure_name = ?, received_at = ?, appointment_at = ?, "
                                     "finished_at = ?, pending = ?, current_unit = ?, "
                                     "current_step = ?, step_role = ?, assignee = ?, "
                                     "step_due_at = ?, field_code = ?") +
                          (searchChanged ? QStringLiteral(", search = ?") : QString()) +
                          QStringLiteral(" WHERE sort_key = ?"));
                for (const QVariant& v : columns)
                    u.bind(v);
                if (searchChanged)
                    u.bind(search);
                u.bind(key);
                if (Status s = u.exec(); !s)
                    return s;
                updated = true;
            } else if (Status s = store::execute(
                           d->db, QStringLiteral("DELETE FROM dossiers WHERE sort_key = ?"), {key});
                       !s) {
                return s;
            }
        }
        if (!updated) {
            const qint64 base = -ms * kKeysPerMs;
            Sql taken(d->db, QStringLiteral("SELECT MAX(sort_key) FROM dossiers WHERE sort_key "
                                            "BETWEEN ? AND ?"));
            taken.bind(base).bind(base + kKeysPerMs - 1);
            if (Status s = taken.exec(); !s)
                return s;
            if (!taken.next())
                return taken.error();
            const qint64 key = taken.value(0).isNull() ? base : taken.value(0).toLongLong() + 1;
            if (key > base + kKeysPerMs - 1)
                return Error{QStringLiteral("store.too_many_same_time"),
                             QStringLiteral("too many dossiers received in the same millisecond"),
                             {}};
            Sql ins(d->db, QStringLiteral("INSERT INTO dossiers (version, status, owner_name, "
                                          "owner_id, owner_phone, procedure_code, "
                                          "procedure_name, received_at, appointment_at, "
                                          "finished_at, pending, current_unit, current_step, "
                                          "step_role, assignee, step_due_at, field_code, search, "
                                          "code, sort_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                          "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            for (const QVariant& v : columns)
                ins.bind(v);
            ins.bind(search).bind(dossier.code).bind(key);
            if (Status s = ins.exec(); !s)
                return s;
        }
        return store::execute(d->db,
                              QStringLiteral("INSERT INTO dossier_docs (code, doc) VALUES (?, ?) "
                                             "ON CONFLICT (code) DO UPDATE SET doc = excluded.doc"),
                              {dossier.code, qCompress(codec::encode(dossier), 6)});
    });
}

Status LocalStore::saveDossiers(const QList<Dossier>& dossiers, bool pending)
{
    return transaction([&]() -> Status {
        for (const Dossier& dossier : dossiers) {
            if (Status s = saveDossier(dossier, pending); !s)
                return s;
        }
        return success();
    });
}

Status LocalStore::removeDossier(const QString& code)
{
    return transaction([&]() -> Status {
        if (Status s = store::execute(d->db, QStringLiteral("DELETE FROM dossiers WHERE code = ?"),
                                      {code});
            !s)
            return s;
        return store::execute(d->db, QStringLiteral("DELETE FROM dossier_docs WHERE code = ?"),
                              {code});
    });
}

std::optional<qint64> LocalStore::dossierVersion(const QString& code) const
{
    Sql q(d->db, QStringLiteral("SELECT version FROM dossiers WHERE code = ?"));
    q.bind(code);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return q.value(0).toLongLong();
}

bool LocalStore::isPending(const QString& code) const
{
    Sql q(d->db, QStringLiteral("SELECT pending FROM dossiers WHERE code = ?"));
    q.bind(code);
    return q.exec() && q.next() && q.value(0).toBool();
}

Expected<int> LocalStore::fillQueueColumns()
{
    int rewritten = 0;
    Status s = transaction([&]() -> Status {
        // Rows of schema 1 never had a current step written (every dossier has one from intake
        // on), so NULL there means "not filled yet". Read in batches: a statement must not read
        // rows its own connection is changing, and 200k documents do not belong in memory.
        Sql u(d->db, QStringLiteral("UPDATE dossiers SET current_unit = ?, current_step = ?, "
                                    "step_role = ?, assignee = ?, step_due_at = ?, "
                                    "field_code = ? WHERE sort_key = ?"));
        qint64 after = std::numeric_limits<qint64>::min();
        QHash<QString, QString> fields;
        for (;;) {
            QList<std::pair<qint64, QByteArray>> batch;
            {
                Sql q(d->db,
                      QStringLiteral("SELECT dossiers.sort_key, dossier_docs.doc FROM dossiers "
                                     "JOIN dossier_docs USING (code) WHERE dossiers.sort_key > ? "
                                     "AND dossiers.current_step IS NULL ORDER BY "
                                     "dossiers.sort_key LIMIT 2000"));
                q.bind(after);
                if (Status st = q.exec(); !st)
                    return st;
                while (q.next())
                    batch.append({q.value(0).toLongLong(), q.value(1).toByteArray()});
            }
            if (batch.isEmpty())
                break;
            after = batch.last().first;
            for (const auto& [key, doc] : std::as_const(batch)) {
                QJsonParseError error;
                const QJsonDocument json = QJsonDocument::fromJson(qUncompress(doc), &error);
                if (!json.isObject()) {
                    // Left as it was (a sync rewrites it); the store still opens.
                    store::warn(
                        Error{QStringLiteral("store.bad_document"), error.errorString(), {}});
                    continue;
                }
                for (const QVariant& v : queueColumnsFromJson(d->db, json.object(), fields))
                    u.bind(v);
                u.bind(key);
                if (Status st = u.exec(); !st)
                    return st;
                ++rewritten;
            }
        }
        return store::execute(d->db,
                              QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON "
                                             "CONFLICT (key) DO UPDATE SET value = excluded.value"),
                              {QStringLiteral("store.queue_columns"), QByteArray("1")});
    });
    if (!s)
        return s.error();
    return rewritten;
}

int LocalStore::dossierCount() const
{
    Sql q(d->db, QStringLiteral("SELECT COUNT(*) FROM dossiers"));
    return q.exec() && q.next() ? q.value(0).toInt() : 0;
}

} // namespace motcua::client
