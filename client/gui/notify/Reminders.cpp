#include "gui/notify/Reminders.h"

#include "core/VnTime.h"
#include "gui/queues/WorkQueues.h"
#include "gui/queues/WorkingHours.h"

#include <QSet>
#include <QTimer>

namespace motcua::client {

namespace {

// What makes a reminder of one kind unique for one dossier.
QString reminderKey(Reminders::Kind kind, const DossierSummary& s)
{
    const QString due =
        QString::number(s.stepDueAt.isValid() ? s.stepDueAt.toMSecsSinceEpoch() : 0);
    switch (kind) {
    case Reminders::Kind::NewlyAssigned:
        return QStringLiteral("new|%1|%2|%3").arg(s.code, s.currentStep, due);
    case Reminders::Kind::DueSoon:
        return QStringLiteral("soon|%1|%2").arg(s.code, due);
    case Reminders::Kind::Overdue:
        return QStringLiteral("late|%1|%2|%3")
            .arg(s.code, due,
                 QString::number(s.appointmentAt.isValid() ? s.appointmentAt.toMSecsSinceEpoch()
                                                           : 0));
    }
    return {};
}

} // namespace

Reminders::Reminders(LocalStore& store, const User& user, QObject* parent)
    : Reminders(
          store,
          [&store](const QString& key, const QVariant& value) {
              if (Status s = store.setSetting(key, value); !s)
                  qWarning("reminders: %s", qPrintable(s.error().message));
          },
          user, parent)
{}

Reminders::Reminders(const LocalStore& store, SaveSetting saveSetting, const User& user,
                     QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_saveSetting(std::move(saveSetting))
    , m_user(user)
    , m_clock([] { return vntime::now(); })
    , m_timer(new QTimer(this))
{
    connect(m_timer, &QTimer::timeout, this, &Reminders::check);
}

void Reminders::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void Reminders::setCalendar(const WorkingCalendar& calendar)
{
    m_calendar = calendar;
}

void Reminders::setInterval(int intervalMs)
{
    if (intervalMs <= 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(intervalMs);
}

QString Reminders::settingKey(const QString& username)
{
    return QStringLiteral("reminders.") + username;
}

void Reminders::check()
{
    const QDateTime now = m_clock();
    const int hours =
        m_store.setting(WorkQueues::dueSoonSettingKey(), WorkQueues::kDefaultDueSoonHours).toInt();
    const QDateTime until = WorkingHours::after(m_calendar, now, hours);
    const auto perspective = WorkQueues::perspectiveOf(m_user);
    const QString key = settingKey(m_user.username);
    // The store's list only until this object has written one of its own (see m_reminded).
    const QStringList before = m_reminded ? *m_reminded : m_store.setting(key).toStringList();
    const QSet<QString> done(before.cbegin(), before.cend());
    QStringList current; // every key of every dossier in a reminded state now

    const std::pair<Kind, LocalStore::Queue> kinds[] = {
        {Kind::NewlyAssigned, LocalStore::Queue::NewToMe},
        {Kind::Overdue, LocalStore::Queue::Overdue},
        {Kind::DueSoon, LocalStore::Queue::DueSoon},
    };
    QList<std::pair<Kind, QStringList>> fresh;
    for (const auto& [kind, queue] : kinds) {
        LocalStore::QueueQuery q = WorkQueues::query(queue, perspective, m_user, now, until);
        q.limit = 1000;
        QStringList codes;
        for (const DossierSummary& s : m_store.queue(q)) {
            const QString k = reminderKey(kind, s);
            current << k;
            if (!done.contains(k))
                codes << s.code;
        }
        if (!codes.isEmpty())
            fresh.append({kind, codes});
    }
    // Remembered here at once, and the setting written (or queued for the store's writer) before
    // telling: this object never repeats a reminder, and a crash before the write lands repeats
    // the last ones once after a restart rather than losing them. Keys of dossiers that left a
    // state are dropped (the list stays small); they cannot come back with the same key.
    m_reminded = current;
    if (current != before)
        m_saveSetting(key, current);
    for (const auto& [kind, codes] : std::as_const(fresh)) {
        QString title;
        switch (kind) {
        case Kind::NewlyAssigned:
            title = tr("%n new dossier(s) for you", nullptr, int(codes.size()));
            break;
        case Kind::DueSoon:
            title = tr("%n dossier(s) due soon", nullptr, int(codes.size()));
            break;
        case Kind::Overdue:
            title = tr("%n dossier(s) overdue", nullptr, int(codes.size()));
            break;
        }
        QStringList shown = codes.mid(0, 5);
        QString message = shown.join(QStringLiteral(", "));
        if (codes.size() > shown.size())
            message += tr(" and %n more", nullptr, int(codes.size() - shown.size()));
        emit reminder(kind, codes, title, message);
    }
}

} // namespace motcua::client
