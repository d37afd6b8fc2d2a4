#pragma once

#include "workflow/WorkflowDefinition.h"

#include <QObject>
#include <QPoint>

namespace motcua::client {

// The process being edited, shared by the designer's diagram and its tables so that both show
// the same thing: every edit goes through here and `changed` tells the other views. Positions are
// kept apart (`moved`): dragging a box changes no rule.
//
// setDefinition() spells out the arrows of a linear process (a definition without transitions)
// and places the boxes that have no position, so what is saved is always a graph.
class ProcessModel : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    const WorkflowDefinition& definition() const { return m_def; }
    void setDefinition(const WorkflowDefinition& d);
    bool isReadOnly() const { return m_readOnly; }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    int stepCount() const { return int(m_def.steps.size()); }
    const WorkflowStep& step(int i) const { return m_def.steps.at(i); }
    int indexOf(const QString& id) const { return m_def.indexOf(id); }
    // Replaces step `i`; a new id is carried into its arrows and its position. False (nothing
    // changed) for an id that another step has or an empty one.
    bool setStep(int i, const WorkflowStep& s);
    // A new step of `kind` after the others, with a fresh id; its index.
    int addStep(StepKind kind);
    // Removes step `i` and every arrow to or from it (intake stays).
    bool removeStep(int i);

    int transitionCount() const { return int(m_def.transitions.size()); }
    const WorkflowTransition& transition(int i) const { return m_def.transitions.at(i); }
    int addTransition(const WorkflowTransition& t);
    void setTransition(int i, const WorkflowTransition& t);
    void removeTransition(int i);

    QPoint position(const QString& stepId) const;
    void setPosition(const QString& stepId, const QPoint& at);
    // Columns by the longest way from intake (forward and approve arrows), rows within a column.
    void autoLayout();

    // The action an arrow drawn from `from` takes by default: approve from an approval step.
    WorkflowAction defaultAction(const QString& from) const;

signals:
    void changed(); // steps or arrows
    void moved(const QString& stepId);
    void laidOut(); // every position at once

private:
    void placeMissing();

    WorkflowDefinition m_def;
    bool m_readOnly = false;
};

} // namespace motcua::client
