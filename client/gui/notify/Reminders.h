#pragma once

#include "calendar/WorkingCalendar.h"
#include "core/store/LocalStore.h"
#include "domain/User.h"

#include <functional>
#include <optional>

#include <QDateTime>
#include <QObject>
#include <QStringList>

class QTimer;

namespace motcua::client {

// Decides what to remind the user of: dossiers newly assigned to him (his "new to me" queue),
// dossiers whose current step became due soon, and dossiers that became overdue (his queues of
// those names). Each dossier is reminded once per state — and per step deadline, so a dossier
// given a new step, or assigned to him again, is reminded again. What was reminded is kept in
// the store's settings (per user), so a restart repeats nothing.
//
// check() runs after every sync (connect it to Workstation::dossiersChanged) and on a timer,
// for deadlines crossed while nothing syncs. Tests inject a fixed clock and call check().
class Reminders : public QObject {
    Q_OBJECT
public:
    enum class Kind { NewlyAssigned, DueSoon, Overdue };
    Q_ENUM(Kind)
    using Clock = std::function<QDateTime()>;

    // Writes what was reminded to `store` itself.
    Reminders(LocalStore& store, const User& user, QObject* parent = nullptr);
    // Reads `store` and hands the writing to `saveSetting` (the application: its store writer,
    // so that the GUI thread never waits for the disk).
    using SaveSetting = std::function<void(const QString& key, const QVariant& value)>;
    Reminders(const LocalStore& store, SaveSetting saveSetting, const User& user,
              QObject* parent = nullptr);

    void setClock(Clock clock);
    void setCalendar(const WorkingCalendar& calendar);
    // Starts checking every `intervalMs` (default one minute); 0 stops.
    void setInterval(int intervalMs);

    static QString settingKey(const QString& username);

public slots:
    void check();

signals:
    // One signal per kind and check, with every dossier that entered that state since the last
    // check (so a first login with twenty overdue dossiers makes one reminder, not twenty).
    void reminder(motcua::client::Reminders::Kind kind, const QStringList& codes,
                  const QString& title, const QString& message);

private:
    const LocalStore& m_store;
    SaveSetting m_saveSetting;
    User m_user;
    Clock m_clock;
    WorkingCalendar m_calendar;
    QTimer* m_timer;
    // What was reminded, as last handed to m_saveSetting: the store may not have it yet (the
    // application's write is queued), and a second check() before it lands must not repeat.
    std::optional<QStringList> m_reminded;
};

} // namespace motcua::client
