#pragma once

#include "core/Error.h"
#include "domain/Enums.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace motcua::client {

// What the processing view says about each workflow action: the button's words, its objectName
// (for GUI tests and the life test), the order the buttons appear in, and which actions belong to
// a role's work at all. The rules themselves stay in common/'s WorkflowEngine: this only decides
// what is worth showing to whom.
class ActionCatalog {
    Q_DECLARE_TR_FUNCTIONS(ActionCatalog)
public:
    // The actions the view offers, in the order an officer reads them: moving the dossier on
    // first, pausing it next, exceptional endings last. Intake actions (accept, guide, refuse at
    // intake) are the counter's intake page's and never appear here.
    static QList<WorkflowAction> displayOrder();

    static QString label(WorkflowAction action); // "Forward…"
    static QString hint(WorkflowAction action);  // tooltip of an enabled button
    static QString dialogTitle(WorkflowAction action);
    // "action_forward": "action_" + the wire name.
    static QString objectName(WorkflowAction action);

    // Whether the action is part of the work of someone with these roles, so that a refusal is
    // worth explaining to them (e.g. "only the assignee can forward" for a specialist), rather
    // than hiding the button (intake actions for a specialist, approval for a receptionist).
    static bool relevant(WorkflowAction action, const QList<Role>& roles);

    // Refusals that say "not at this stage" for everyone (wrong status, closed dossier, no
    // pending apology, a step where the action has no meaning such as forwarding from the
    // approval step or going back from the first processing step): the button is hidden rather than
    // shown disabled, since no one can do anything about it now and a column of grey buttons hides
    // the ones that matter.
    static bool hiddenWhenRefused(WorkflowAction action, const Error& refusal);

    // Mirrors WorkflowEngine's rule so a dialog can refuse an empty reason before sending.
    static bool needsReason(WorkflowAction action);

    // The clerk's words for a refusal (ProblemText), for the inline note and the tooltip.
    static QString refusalText(const Error& refusal);
};

} // namespace motcua::client
