#include "core/sync/LocalWorkflow.h"

#include "workflow/IntakeBuilder.h"

#include <QJsonObject>

namespace motcua::client {

namespace {

Actor actorOf(const User& u)
{
    return Actor{u.username, u.roles, u.unit};
}

} // namespace

LocalWorkflow::LocalWorkflow(const CalendarSettings& settings)
    : m_engine(DeadlineCalculator(WorkingCalendar(settings)))
{}

QList<Error> LocalWorkflow::validate(const IntakeRequest& request, const Procedure& procedure,
                                     const QDate& today)
{
    return IntakeBuilder::validate(request, procedure, today);
}

Expected<Dossier> LocalWorkflow::accept(const IntakeRequest& request, const Procedure& procedure,
                                        const User& clerk, const QString& agencyId,
                                        const QString& code, const QDateTime& receivedAt) const
{
    const Dossier registered = IntakeBuilder::build(request, procedure, agencyId, code);
    ActionRequest accept;
    accept.action = WorkflowAction::Accept;
    accept.at = receivedAt;
    auto accepted = m_engine.apply(registered, actorOf(clerk), accept);
    if (!accepted)
        return accepted.error();
    Dossier d = std::move(accepted).value();
    d.version = 1; // as the server stores a new dossier
    return d;
}

Expected<Dossier> LocalWorkflow::apply(const Dossier& dossier, const User& user,
                                       const ActionCommand& command, const QDateTime& at) const
{
    return m_engine.apply(dossier, actorOf(user), toActionRequest(command, at));
}

QJsonArray LocalWorkflow::problemsJson(const QList<Error>& problems)
{
    QJsonArray list;
    for (const Error& e : problems)
        list.append(QJsonObject{{QStringLiteral("code"), e.code},
                                {QStringLiteral("field"), e.path},
                                {QStringLiteral("detail"), e.message}});
    return list;
}

} // namespace motcua::client
