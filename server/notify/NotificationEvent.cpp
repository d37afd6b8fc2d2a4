#include "notify/NotificationEvent.h"

namespace motcua::server {

std::string eventName(NotificationEvent e)
{
    switch (e) {
    case NotificationEvent::Accepted:
        return "accepted";
    case NotificationEvent::SupplementRequested:
        return "supplementRequested";
    case NotificationEvent::ApologyApproved:
        return "apologyApproved";
    case NotificationEvent::ResultReady:
        return "resultReady";
    case NotificationEvent::StepEntered:
        return "stepEntered";
    }
    return "accepted";
}

const std::vector<NotificationEvent>& allEvents()
{
    static const std::vector<NotificationEvent> all{
        NotificationEvent::Accepted, NotificationEvent::SupplementRequested,
        NotificationEvent::ApologyApproved, NotificationEvent::ResultReady,
        NotificationEvent::StepEntered};
    return all;
}

std::optional<NotificationEvent> parseEvent(const std::string& name)
{
    for (NotificationEvent e : allEvents()) {
        if (eventName(e) == name)
            return e;
    }
    return std::nullopt;
}

std::optional<NotificationEvent> eventFor(WorkflowAction action, const Dossier& before,
                                          const Dossier& after)
{
    if (action == WorkflowAction::Accept)
        return NotificationEvent::Accepted;
    if (action == WorkflowAction::RequestSupplement)
        return NotificationEvent::SupplementRequested;
    if (action == WorkflowAction::ApproveApology)
        return NotificationEvent::ApologyApproved;
    // Marking the result ready, approving the last step or refusing as the processing result all
    // leave a result (or a refusal letter) waiting at the counter.
    if (before.status != DossierStatus::Finished && after.status == DossierStatus::Finished)
        return NotificationEvent::ResultReady;
    // A step the process marks for it; a step entered again (reassigned, transferred) is no news.
    if (after.currentStepId != before.currentStepId) {
        if (const WorkflowStep* step = after.workflow.step(after.currentStepId);
            step && step->notifyCitizen)
            return NotificationEvent::StepEntered;
    }
    return std::nullopt;
}

} // namespace motcua::server
