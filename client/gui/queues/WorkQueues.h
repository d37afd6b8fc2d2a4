#pragma once

#include "core/store/LocalStore.h"
#include "domain/User.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua::client {

// Which work queues a user has, what they are called, and the store query behind each.
// A head of unit sees his unit (and what waits there to be assigned); a department officer
// his own pile; the counter the agency's waiting, finished and returned dossiers.
class WorkQueues {
    Q_DECLARE_TR_FUNCTIONS(WorkQueues)
public:
    using Queue = LocalStore::Queue;
    using Perspective = LocalStore::QueuePerspective;

    static constexpr int kDefaultDueSoonHours = 8;
    // LocalStore setting: "due soon" means within this many working hours.
    static QString dueSoonSettingKey() { return QStringLiteral("queues.dueSoonHours"); }

    // Leader before Specialist: a head of unit who also processes works from the unit's view.
    // Counter for everyone else.
    static Perspective perspectiveOf(const User& user);
    static bool hasWorkQueues(const User& user); // specialist or leader

    static QList<Queue> queuesFor(Perspective perspective);
    static QString title(Queue queue, Perspective perspective);
    static QString toolTip(Queue queue, Perspective perspective);
    // Stable machine name, e.g. "newToMe" (object names, settings, tests).
    static QString key(Queue queue);

    static LocalStore::QueueQuery query(Queue queue, Perspective perspective, const User& user,
                                        const QDateTime& now, const QDateTime& dueSoonUntil);
};

} // namespace motcua::client
