#include "gui/settings/process/ProcessScene.h"

#include "gui/settings/process/ProcessModel.h"
#include "gui/settings/process/StepItem.h"
#include "gui/settings/process/TransitionItem.h"

#include <QGraphicsLineItem>
#include <QGraphicsSceneMouseEvent>
#include <QPen>

namespace motcua::client {

ProcessScene::ProcessScene(ProcessModel* process, QObject* parent)
    : QGraphicsScene(parent)
    , m_process(process)
{
    connect(process, &ProcessModel::changed, this, &ProcessScene::rebuild);
    connect(process, &ProcessModel::laidOut, this, &ProcessScene::rebuild);
    connect(process, &ProcessModel::moved, this, &ProcessScene::follow);
    rebuild();
}

void ProcessScene::rebuild()
{
    const int keepStep = selectedStep();
    const QString keepId = keepStep >= 0 ? m_process->step(keepStep).id : QString();
    clear();
    m_rubber = nullptr;
    m_steps.clear();
    m_arrows.clear();
    for (int i = 0; i < m_process->stepCount(); ++i) {
        const WorkflowStep& s = m_process->step(i);
        auto* item = new StepItem(s);
        item->setPos(m_process->position(s.id));
        item->setProblem(m_problems.contains(s.id));
        item->setFlag(QGraphicsItem::ItemIsMovable, !m_process->isReadOnly());
        addItem(item);
        m_steps.insert(s.id, item);
        if (s.id == keepId)
            item->setSelected(true);
    }
    for (int i = 0; i < m_process->transitionCount(); ++i) {
        const WorkflowTransition& t = m_process->transition(i);
        StepItem* from = m_steps.value(t.from);
        StepItem* to = m_steps.value(t.to);
        if (!from || !to || from == to)
            continue; // a dangling arrow: the tables show it, the check names it
        auto* arrow = new TransitionItem(i, t, from, to);
        addItem(arrow);
        m_arrows.append(arrow);
    }
    setSceneRect(itemsBoundingRect().adjusted(-60, -60, 60, 60));
}

void ProcessScene::follow(const QString& stepId)
{
    StepItem* item = m_steps.value(stepId);
    if (!item) {
        rebuild();
        return;
    }
    const QPoint at = m_process->position(stepId);
    if (item->pos().toPoint() != at)
        item->setPos(at);
    for (TransitionItem* a : m_arrows)
        a->updatePath();
}

void ProcessScene::setProblemSteps(const QSet<QString>& ids)
{
    m_problems = ids;
    for (auto it = m_steps.begin(); it != m_steps.end(); ++it)
        it.value()->setProblem(ids.contains(it.key()));
}

int ProcessScene::selectedStep() const
{
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == StepItem::Type)
            return m_process->indexOf(static_cast<StepItem*>(item)->stepId());
    }
    return -1;
}

int ProcessScene::selectedTransition() const
{
    for (QGraphicsItem* item : selectedItems()) {
        if (item->type() == TransitionItem::Type)
            return static_cast<TransitionItem*>(item)->index();
    }
    return -1;
}

void ProcessScene::connectSteps(const QString& from, const QString& to)
{
    if (m_process->isReadOnly() || from == to || m_process->indexOf(from) < 0 ||
        m_process->indexOf(to) < 0)
        return;
    m_process->addTransition({from, to, m_process->defaultAction(from), QString()});
}

StepItem* ProcessScene::stepAt(const QPointF& scenePos) const
{
    for (QGraphicsItem* item : items(scenePos)) {
        if (item->type() == StepItem::Type)
            return static_cast<StepItem*>(item);
    }
    return nullptr;
}

void ProcessScene::mousePressEvent(QGraphicsSceneMouseEvent* event)
{
    StepItem* from = stepAt(event->scenePos());
    if (from && event->button() == Qt::LeftButton && (event->modifiers() & Qt::ShiftModifier) &&
        !m_process->isReadOnly()) {
        m_connectFrom = from->stepId();
        m_rubber = addLine(QLineF(from->sceneBoundingRect().center(), event->scenePos()),
                           QPen(Qt::darkBlue, 2, Qt::DashLine));
        m_rubber->setZValue(2);
        event->accept();
        return;
    }
    QGraphicsScene::mousePressEvent(event);
}

void ProcessScene::mouseMoveEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_rubber) {
        QLineF line = m_rubber->line();
        line.setP2(event->scenePos());
        m_rubber->setLine(line);
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
    // A dragged box takes its arrows along.
    if (event->buttons() & Qt::LeftButton) {
        for (TransitionItem* a : m_arrows)
            a->updatePath();
    }
}

void ProcessScene::mouseReleaseEvent(QGraphicsSceneMouseEvent* event)
{
    if (m_rubber) {
        delete m_rubber;
        m_rubber = nullptr;
        const QString from = m_connectFrom;
        m_connectFrom.clear();
        if (StepItem* to = stepAt(event->scenePos()))
            connectSteps(from, to->stepId());
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    // Where the boxes were dropped is the layout now.
    const QList<StepItem*> boxes = m_steps.values();
    for (StepItem* item : boxes)
        m_process->setPosition(item->stepId(), item->pos().toPoint());
}

} // namespace motcua::client
