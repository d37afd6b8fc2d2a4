#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QSet>

class QGraphicsLineItem;

namespace motcua::client {

class ProcessModel;
class StepItem;
class TransitionItem;

// The process drawn: a box per step, an arrow per transition, rebuilt from the ProcessModel on
// every change. Drag a box to move it (its position goes to the model); Shift+drag from one box
// to another draws a new arrow (approve from an approval step, else forward).
class ProcessScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit ProcessScene(ProcessModel* process, QObject* parent = nullptr);

    StepItem* stepItem(const QString& id) const { return m_steps.value(id); }
    QList<TransitionItem*> transitionItems() const { return m_arrows; }
    // Steps drawn with a red frame (their ids).
    void setProblemSteps(const QSet<QString>& ids);
    // The selected step (its index in the model) or arrow, -1 when none.
    int selectedStep() const;
    int selectedTransition() const;
    // Connects two steps as the Shift+drag does (tests and the keyboard path use it too).
    void connectSteps(const QString& from, const QString& to);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent* event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent* event) override;

private:
    void rebuild();
    void follow(const QString& stepId); // a position changed in the model
    StepItem* stepAt(const QPointF& scenePos) const;

    ProcessModel* m_process;
    QHash<QString, StepItem*> m_steps;
    QList<TransitionItem*> m_arrows;
    QSet<QString> m_problems;
    QString m_connectFrom;
    QGraphicsLineItem* m_rubber = nullptr;
};

} // namespace motcua::client
