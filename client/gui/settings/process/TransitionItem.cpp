#include "gui/settings/process/TransitionItem.h"

#include "gui/settings/process/ProcessText.h"
#include "gui/settings/process/StepItem.h"

#include <cmath>

#include <QFontMetricsF>
#include <QLineF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace motcua::client {
namespace {

// Where the line from the centre of `r` towards `towards` leaves the rectangle.
QPointF border(const QRectF& r, const QPointF& towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    if (d.isNull())
        return c;
    const qreal sx = d.x() ? (r.width() / 2) / std::abs(d.x()) : 1e9;
    const qreal sy = d.y() ? (r.height() / 2) / std::abs(d.y()) : 1e9;
    return c + d * std::min(sx, sy);
}

} // namespace

TransitionItem::TransitionItem(int index, const WorkflowTransition& t, StepItem* from, StepItem* to)
    : m_index(index)
    , m_t(t)
    , m_from(from)
    , m_to(to)
{
    setFlags(ItemIsSelectable);
    setZValue(0);
    setToolTip(ProcessText::action(t.action));
    updatePath();
}

void TransitionItem::updatePath()
{
    const QRectF a = m_from->sceneBoundingRect();
    const QRectF b = m_to->sceneBoundingRect();
    QPainterPath path;
    QPointF end;
    QPointF control;
    if (m_t.action == WorkflowAction::ReturnToPrevious) {
        // Below the boxes, so that a return never hides the forward arrow between the same two.
        const QPointF start(a.center().x(), a.bottom());
        end = QPointF(b.center().x(), b.bottom());
        control = QPointF((start.x() + end.x()) / 2, std::max(a.bottom(), b.bottom()) + 70);
        path.moveTo(start);
        path.quadTo(control, end);
        m_labelAt = QPointF(control.x(), control.y() - 28);
    } else if (std::abs(a.center().y() - b.center().y()) < a.height() &&
               std::abs(a.center().x() - b.center().x()) > a.width() * 2) {
        // Past a box on the same row: an arc above the row, or the line would run under it.
        const QPointF start(a.center().x(), a.top());
        end = QPointF(b.center().x(), b.top());
        control = QPointF((start.x() + end.x()) / 2, std::min(a.top(), b.top()) - 80);
        path.moveTo(start);
        path.quadTo(control, end);
        const QString label = m_t.name.isEmpty() ? ProcessText::action(m_t.action) : m_t.name;
        const qreal width = QFontMetricsF(QFont()).horizontalAdvance(label);
        m_labelAt = QPointF(control.x() - width / 2, control.y() + 30);
    } else {
        const QPointF start = border(a, b.center());
        end = border(b, a.center());
        control = start;
        path.moveTo(start);
        path.lineTo(end);
        // Above the middle of the line, centred: the words never run under the next box.
        const QString label = m_t.name.isEmpty() ? ProcessText::action(m_t.action) : m_t.name;
        const qreal width = QFontMetricsF(QFont()).horizontalAdvance(label);
        m_labelAt = (start + end) / 2 + QPointF(-width / 2, -6);
    }
    const QLineF last(path.pointAtPercent(0.97), end);
    const qreal angle = std::atan2(-last.dy(), last.dx());
    const qreal size = 10;
    m_head = QPolygonF(
        {end, end - QPointF(std::sin(angle + M_PI / 3) * size, std::cos(angle + M_PI / 3) * size),
         end - QPointF(std::sin(angle + M_PI - M_PI / 3) * size,
                       std::cos(angle + M_PI - M_PI / 3) * size)});
    path.addPolygon(m_head);
    prepareGeometryChange();
    setPath(path);
}

QRectF TransitionItem::boundingRect() const
{
    // The label is drawn beside the line, outside the path.
    return QGraphicsPathItem::boundingRect().united(
        QRectF(m_labelAt - QPointF(0, 16), QSizeF(240, 22)));
}

void TransitionItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const bool selected = option->state & QStyle::State_Selected;
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_t.action == WorkflowAction::ReturnToPrevious ? QColor(0xb4, 0x53, 0x09)
                                                            : QColor(0x1f, 0x29, 0x37));
    pen.setWidthF(selected ? 3.0 : 1.5);
    if (m_t.action == WorkflowAction::ReturnToPrevious)
        pen.setStyle(Qt::DashLine);
    p->setPen(pen);
    p->setBrush(Qt::NoBrush);
    QPainterPath line = path();
    p->drawPath(line);
    p->setBrush(pen.color());
    p->setPen(QPen(pen.color(), 1));
    p->drawPolygon(m_head);
    const QString label = m_t.name.isEmpty() ? ProcessText::action(m_t.action) : m_t.name;
    p->setPen(pen.color());
    p->drawText(m_labelAt, label);
}

} // namespace motcua::client
