#include "notify/NotificationOutbox.h"

#include "core/VnTime.h"
#include "text/PhoneNumber.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <Poco/Data/Statement.h>

using namespace Poco::Data::Keywords;

namespace motcua::server {
namespace {

QString civil(const QDateTime& t)
{
    return t.isValid() ? vntime::toVietnam(t).toString(QStringLiteral("HH:mm dd/MM/yyyy"))
                       : QString();
}

QDateTime fromMillis(Poco::Int64 ms)
{
    return ms > 0 ? vntime::toVietnam(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)) : QDateTime();
}

QString firstOf(const QString& a, const QString& b)
{
    return a.trimmed().isEmpty() ? b.trimmed() : a.trimmed();
}

std::string toDoc(const NotificationTemplate& t)
{
    return QJsonDocument(QJsonObject{{"sms", t.sms},
                                     {"emailSubject", t.emailSubject},
                                     {"emailBody", t.emailBody}})
        .toJson(QJsonDocument::Compact)
        .toStdString();
}

NotificationTemplate fromDoc(const std::string& doc)
{
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromStdString(doc)).object();
    return {o.value("sms").toString(), o.value("emailSubject").toString(),
            o.value("emailBody").toString()};
}

// The name of the step the dossier is in, as its process calls it.
QString stepName(const Dossier& d)
{
    const WorkflowStep* step = d.workflow.step(d.currentStepId);
    return step ? step->name : QString();
}

} // namespace

void NotificationOutbox::configure(std::vector<std::string> channels, QString lookupUrl)
{
    m_channels = std::move(channels);
    m_lookupUrl = std::move(lookupUrl);
}

int NotificationOutbox::enqueue(Poco::Data::Session& s, const Dossier& d, NotificationEvent event)
{
    const NotificationTemplate t = templateFor(s, event).text;
    // The submitter is who stood at the counter and who waits for news; the owner otherwise.
    const QString rawPhone = firstOf(d.submitter.phone, d.owner.phone);
    const auto phone = PhoneNumber::normalise(rawPhone);
    const QString email = firstOf(d.submitter.email, d.owner.email);

    QString reason;
    QString previous;
    if (event == NotificationEvent::SupplementRequested && !d.pauses.isEmpty())
        reason = d.pauses.constLast().reason;
    if (event == NotificationEvent::ApologyApproved && !d.apologies.isEmpty()) {
        reason = d.apologies.constLast().reason;
        previous = civil(d.apologies.constLast().previousAppointment);
    }
    QString lookup = m_lookupUrl;
    lookup.replace(QStringLiteral("{code}"), d.code);
    const std::map<QString, QString> values{
        {QStringLiteral("code"), d.code},
        {QStringLiteral("name"), firstOf(d.submitter.fullName, d.owner.fullName)},
        {QStringLiteral("procedure"), d.procedureName},
        {QStringLiteral("receivedAt"), civil(d.receivedAt)},
        {QStringLiteral("appointment"), civil(d.appointmentAt)},
        {QStringLiteral("previousAppointment"), previous},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("lookupUrl"), lookup},
        {QStringLiteral("step"), stepName(d)},
    };
    const std::string sms = NotificationTemplate::render(t.sms, values).toStdString();

    const Poco::Int64 at = vntime::now().toMSecsSinceEpoch();
    const std::string code = d.code.toStdString(), agency = d.agencyId.toStdString(),
                      ev = eventName(event);
    int queued = 0;
    auto insert = [&](const std::string& channel, const std::string& recipient,
                      const std::string& subject, const std::string& text) {
        s << m_db.sql("INSERT INTO notifications (dossier_code, agency_id, event, channel, "
                      "recipient, subject, body, state, attempts, next_attempt_at, last_error, "
                      "created_at, delivered_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, '', "
                      "?, 0)"),
            bind(code), bind(agency), bind(ev), bind(channel), bind(recipient), bind(subject),
            bind(text), bind(at), bind(at), now;
        ++queued;
    };
    for (const std::string& channel : m_channels) {
        if (channel == "sms" && phone) {
            insert(channel, phone->toStdString(), "", sms);
        } else if (channel == "email" && !email.isEmpty()) {
            insert(channel, email.toStdString(),
                   NotificationTemplate::render(t.emailSubject, values).toStdString(),
                   NotificationTemplate::render(t.emailBody, values).toStdString());
        } else if (channel == "log") {
            const QString to = phone ? *phone : email;
            if (!to.isEmpty())
                insert(channel, to.toStdString(), "", sms);
        }
    }
    return queued;
}

NotificationOutbox::StoredTemplate NotificationOutbox::templateFor(Poco::Data::Session& s,
                                                                   NotificationEvent event)
{
    std::vector<std::string> doc, by;
    std::vector<Poco::Int64> at;
    s << m_db.sql("SELECT doc, updated_at, updated_by FROM notification_templates WHERE event = ?"),
        into(doc), into(at), into(by), bind(eventName(event)), now;
    if (doc.empty())
        return {NotificationTemplate::defaults(event), false, {}, {}};
    return {fromDoc(doc.front()), true, fromMillis(at.front()), by.front()};
}

NotificationOutbox::StoredTemplate NotificationOutbox::templateFor(NotificationEvent event)
{
    return m_db.read([&](Poco::Data::Session& s) { return templateFor(s, event); });
}

void NotificationOutbox::saveTemplate(Poco::Data::Session& s, NotificationEvent event,
                                      const NotificationTemplate& text, const std::string& user)
{
    const Poco::Int64 at = vntime::now().toMSecsSinceEpoch();
    s << m_db.sql("INSERT INTO notification_templates (event, doc, updated_at, updated_by) VALUES "
                  "(?, ?, ?, ?) ON CONFLICT (event) DO UPDATE SET doc = excluded.doc, "
                  "updated_at = excluded.updated_at, updated_by = excluded.updated_by"),
        bind(eventName(event)), bind(toDoc(text)), bind(at), bind(user), now;
}

std::vector<NotificationOutbox::Pending> NotificationOutbox::due(Poco::Int64 nowMs, int limit)
{
    std::vector<Poco::Int64> id, next;
    std::vector<int> attempts;
    std::vector<std::string> code, event, channel, recipient, subject, body;
    m_db.read([&](Poco::Data::Session& s) {
        s << m_db.sql("SELECT id, dossier_code, event, channel, recipient, subject, body, "
                      "attempts, next_attempt_at FROM notifications WHERE state = 'pending' AND "
                      "next_attempt_at <= ? ORDER BY next_attempt_at, id LIMIT ?"),
            into(id), into(code), into(event), into(channel), into(recipient), into(subject),
            into(body), into(attempts), into(next), bind(nowMs), bind(limit), now;
    });
    std::vector<Pending> out;
    for (std::size_t i = 0; i < id.size(); ++i)
        out.push_back({{id[i], code[i], event[i], channel[i], recipient[i], subject[i], body[i]},
                       attempts[i],
                       next[i]});
    return out;
}

bool NotificationOutbox::claim(const Pending& p, Poco::Int64 leaseUntilMs)
{
    return m_db.write([&](Poco::Data::Session& s) {
        Poco::Data::Statement st(s);
        st << m_db.sql("UPDATE notifications SET next_attempt_at = ? WHERE id = ? AND state = "
                       "'pending' AND next_attempt_at = ?"),
            bind(leaseUntilMs), bind(p.message.id), bind(p.nextAttemptAt);
        return st.execute() == 1;
    });
}

void NotificationOutbox::recordAttempt(const Pending& p, Poco::Int64 atMs, const Status& outcome,
                                       std::optional<Poco::Int64> retryAtMs)
{
    const std::string result = outcome ? "delivered" : "failed";
    const std::string error = outcome ? std::string() : outcome.error().message.toStdString();
    const std::string state = outcome ? "delivered" : (retryAtMs ? "pending" : "failed");
    const Poco::Int64 next = retryAtMs.value_or(0);
    const Poco::Int64 delivered = outcome ? atMs : 0;
    m_db.write([&](Poco::Data::Session& s) {
        s << m_db.sql("INSERT INTO notification_attempts (notification_id, at, channel, outcome, "
                      "error) VALUES (?, ?, ?, ?, ?)"),
            bind(p.message.id), bind(atMs), bind(p.message.channel), bind(result), bind(error), now;
        s << m_db.sql("UPDATE notifications SET state = ?, attempts = attempts + 1, "
                      "next_attempt_at = ?, last_error = ?, delivered_at = ? WHERE id = ?"),
            bind(state), bind(next), bind(error), bind(delivered), bind(p.message.id), now;
    });
}

std::vector<NotificationOutbox::Row> NotificationOutbox::list(const Filter& f)
{
    std::string where = " WHERE 1 = 1";
    std::vector<std::string> args;
    if (!f.dossierCode.empty()) {
        where += " AND dossier_code = ?";
        args.push_back(f.dossierCode);
    }
    if (!f.state.empty()) {
        where += " AND state = ?";
        args.push_back(f.state);
    }
    if (!f.agencyId.empty()) {
        where += " AND agency_id = ?";
        args.push_back(f.agencyId);
    }
    std::vector<Row> rows;
    m_db.read([&](Poco::Data::Session& s) {
        std::vector<Poco::Int64> id, created, next, delivered;
        std::vector<int> attempts;
        std::vector<std::string> code, agency, event, channel, recipient, subject, body, state,
            lastError;
        Poco::Data::Statement st(s);
        st << m_db.sql("SELECT id, dossier_code, agency_id, event, channel, recipient, subject, "
                       "body, state, attempts, last_error, created_at, next_attempt_at, "
                       "delivered_at FROM notifications" +
                       where + " ORDER BY id LIMIT ? OFFSET ?"),
            into(id), into(code), into(agency), into(event), into(channel), into(recipient),
            into(subject), into(body), into(state), into(attempts), into(lastError), into(created),
            into(next), into(delivered);
        for (const std::string& a : args)
            st, bind(a);
        st, bind(f.limit), bind(f.offset);
        st.execute();
        for (std::size_t i = 0; i < id.size(); ++i) {
            Row r;
            r.id = id[i];
            r.dossierCode = code[i];
            r.agencyId = agency[i];
            r.event = event[i];
            r.channel = channel[i];
            r.recipient = recipient[i];
            r.subject = subject[i];
            r.text = body[i];
            r.state = state[i];
            r.attempts = attempts[i];
            r.lastError = lastError[i];
            r.createdAt = fromMillis(created[i]);
            r.nextAttemptAt = state[i] == "pending" ? fromMillis(next[i]) : QDateTime();
            r.deliveredAt = fromMillis(delivered[i]);
            std::vector<Poco::Int64> at;
            std::vector<std::string> outcome, error;
            s << m_db.sql("SELECT at, outcome, error FROM notification_attempts WHERE "
                          "notification_id = ? ORDER BY id"),
                into(at), into(outcome), into(error), bind(r.id), now;
            for (std::size_t j = 0; j < at.size(); ++j)
                r.log.push_back({fromMillis(at[j]), outcome[j], error[j]});
            rows.push_back(std::move(r));
        }
    });
    return rows;
}

} // namespace motcua::server
