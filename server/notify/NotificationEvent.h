#pragma once

#include "domain/Dossier.h"

#include <optional>
#include <string>
#include <vector>

namespace motcua::server {

// The turns of a dossier the citizen is told about. Wire names: accepted, supplementRequested,
// apologyApproved, resultReady, stepEntered (routes, the outbox table, templates). stepEntered:
// the dossier entered a step its process marks "notify the citizen on entry".
enum class NotificationEvent {
    Accepted,
    SupplementRequested,
    ApologyApproved,
    ResultReady,
    StepEntered
};

std::string eventName(NotificationEvent e);
std::optional<NotificationEvent> parseEvent(const std::string& name);
const std::vector<NotificationEvent>& allEvents();

// What a workflow action tells the citizen, if anything: the dossier before and after it.
std::optional<NotificationEvent> eventFor(WorkflowAction action, const Dossier& before,
                                          const Dossier& after);

} // namespace motcua::server
