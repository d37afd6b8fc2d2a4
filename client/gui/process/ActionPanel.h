#pragma once

#include "domain/Enums.h"
#include "workflow/WorkflowEngine.h"

#include <QHash>
#include <QList>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace motcua::client {

// The column of action buttons beside a dossier: one per workflow action that belongs to the
// user's work (ActionCatalog::relevant), enabled when the engine allows it now, otherwise
// disabled with the reason in the clerk's words as its tooltip and under it (once under a run of
// buttons refused for the same reason). A refused action is hidden when it has no meaning at this
// stage for anyone — judged on `forStepHolder`, the same actions as the holder of the current step
// would see them: "result ready" is not worth a grey button at the processing step just because
// the viewer is not the assignee. Buttons are named ActionCatalog::objectName(action)
// ("action_forward"); the reason labels "reason_<wire>".
class ActionPanel : public QWidget {
    Q_OBJECT
public:
    explicit ActionPanel(QWidget* parent = nullptr);

    void setAvailability(const QList<ActionAvailability>& availability, const QList<Role>& roles,
                         const QList<ActionAvailability>& forStepHolder = {});
    void clear();
    // While an action is being sent every button is disabled.
    void setBusy(bool busy);

    QPushButton* button(WorkflowAction action) const { return m_buttons.value(int(action)); }
    // The actions shown and enabled right now.
    QList<WorkflowAction> enabledActions() const;
    QList<WorkflowAction> visibleActions() const;

signals:
    void actionTriggered(motcua::WorkflowAction action);

private:
    void apply();

    QHash<int, QPushButton*> m_buttons;
    QHash<int, QLabel*> m_reasons;
    QHash<int, bool> m_enabled;
    QLabel* m_none;
    bool m_busy = false;
};

} // namespace motcua::client
