#include "gui/queues/WorkQueues.h"

namespace motcua::client {

WorkQueues::Perspective WorkQueues::perspectiveOf(const User& user)
{
    if (user.hasRole(Role::Leader))
        return Perspective::Leader;
    if (user.hasRole(Role::Specialist))
        return Perspective::Specialist;
    return Perspective::Counter;
}

bool WorkQueues::hasWorkQueues(const User& user)
{
    return user.hasRole(Role::Leader) || user.hasRole(Role::Specialist);
}

QList<WorkQueues::Queue> WorkQueues::queuesFor(Perspective perspective)
{
    switch (perspective) {
    case Perspective::Specialist:
        return {Queue::NewToMe,           Queue::InProgress,    Queue::DueSoon,  Queue::Overdue,
                Queue::WaitingForCitizen, Queue::ReadyToReturn, Queue::Returned, Queue::Withdrawn};
    case Perspective::Leader:
        return {Queue::NewToMe,       Queue::ToAssign, Queue::InProgress,
                Queue::DueSoon,       Queue::Overdue,  Queue::WaitingForCitizen,
                Queue::ReadyToReturn, Queue::Returned, Queue::Withdrawn};
    case Perspective::Counter:
        return {Queue::ReceivedToday, Queue::WaitingForCitizen, Queue::ReadyToReturn,
                Queue::Returned, Queue::Withdrawn};
    }
    return {};
}

QString WorkQueues::title(Queue queue, Perspective perspective)
{
    switch (queue) {
    case Queue::NewToMe:
        return tr("New to me");
    case Queue::InProgress:
        return perspective == Perspective::Leader ? tr("In progress in the unit")
                                                  : tr("In progress");
    case Queue::DueSoon:
        return tr("Due soon");
    case Queue::Overdue:
        return tr("Overdue");
    case Queue::ToAssign:
        return tr("To assign");
    case Queue::WaitingForCitizen:
        return tr("Waiting for the citizen");
    case Queue::ReadyToReturn:
        return tr("Ready to return");
    case Queue::Returned:
        return tr("Returned");
    case Queue::Withdrawn:
        return tr("Withdrawn");
    case Queue::ReceivedToday:
        return tr("Received today");
    }
    return {};
}

QString WorkQueues::toolTip(Queue queue, Perspective perspective)
{
    const bool leader = perspective == Perspective::Leader;
    switch (queue) {
    case Queue::NewToMe:
        return tr("Assigned to you, or waiting in your unit for your role, and not opened since "
                  "it last changed");
    case Queue::InProgress:
        return leader ? tr("Every running dossier of your unit")
                      : tr("Your running dossiers that you have opened");
    case Queue::DueSoon:
        return tr("The current step's deadline falls within the next working hours (setting)");
    case Queue::Overdue:
        return tr("The current step's deadline or the appointment has passed");
    case Queue::ToAssign:
        return tr("Waiting in your unit with nobody assigned");
    case Queue::WaitingForCitizen:
        return tr("Supplement requested or financial obligation: the clock is stopped");
    case Queue::ReadyToReturn:
        return tr("Processing finished: the result waits at the counter");
    case Queue::Returned:
        return tr("The result was handed back");
    case Queue::Withdrawn:
        return tr("Withdrawn at the citizen's request");
    case Queue::ReceivedToday:
        return tr("Received at the counter today");
    }
    return {};
}

QString WorkQueues::key(Queue queue)
{
    switch (queue) {
    case Queue::NewToMe:
        return QStringLiteral("newToMe");
    case Queue::InProgress:
        return QStringLiteral("inProgress");
    case Queue::DueSoon:
        return QStringLiteral("dueSoon");
    case Queue::Overdue:
        return QStringLiteral("overdue");
    case Queue::ToAssign:
        return QStringLiteral("toAssign");
    case Queue::WaitingForCitizen:
        return QStringLiteral("waitingForCitizen");
    case Queue::ReadyToReturn:
        return QStringLiteral("readyToReturn");
    case Queue::Returned:
        return QStringLiteral("returned");
    case Queue::Withdrawn:
        return QStringLiteral("withdrawn");
    case Queue::ReceivedToday:
        return QStringLiteral("receivedToday");
    }
    return {};
}

LocalStore::QueueQuery WorkQueues::query(Queue queue, Perspective perspective, const User& user,
                                         const QDateTime& now, const QDateTime& dueSoonUntil)
{
    LocalStore::QueueQuery q;
    q.queue = queue;
    q.perspective = perspective;
    q.username = user.username;
    q.unit = user.unit;
    q.roles = user.roles;
    q.now = now;
    q.dueSoonUntil = dueSoonUntil.isValid() ? dueSoonUntil : now;
    return q;
}

} // namespace motcua::client
