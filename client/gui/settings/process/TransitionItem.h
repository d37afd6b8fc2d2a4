#pragma once

#include "workflow/WorkflowTransition.h"

#include <QGraphicsPathItem>

namespace motcua::client {

class StepItem;

// One arrow between two step boxes: solid for forward and approve, dashed and curved below for
// a return; its button text (or its action) beside it.
class TransitionItem : public QGraphicsPathItem {
public:
    enum { Type = UserType + 2 };
    TransitionItem(int index, const WorkflowTransition& t, StepItem* from, StepItem* to);
    int type() const override { return Type; }

    int index() const { return m_index; }
    void updatePath(); // after a box moved
    QRectF boundingRect() const override;

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    int m_index;
    WorkflowTransition m_t;
    StepItem* m_from;
    StepItem* m_to;
    QPolygonF m_head;
    QPointF m_labelAt;
};

} // namespace motcua::client
