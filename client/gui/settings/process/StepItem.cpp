#include "gui/settings/process/StepItem.h"

#include "gui/dossier/DossierText.h"
#include "gui/settings/process/ProcessText.h"

#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace motcua::client {
namespace {

QColor kindColour(StepKind k)
{
    switch (k) {
    case StepKind::Intake:
        return QColor(0xdb, 0xea, 0xfe);
    case StepKind::Approve:
        return QColor(0xfe, 0xf3, 0xc7);
    case StepKind::Issue:
        return QColor(0xd1, 0xfa, 0xe5);
    default:
        return QColor(0xf3, 0xf4, 0xf6);
    }
}

} // namespace

StepItem::StepItem(const WorkflowStep& step)
    : QGraphicsRectItem(0, 0, kWidth, kHeight)
    , m_step(step)
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemSendsGeometryChanges);
    setZValue(1);
    setToolTip(step.id);
}

void StepItem::setStep(const WorkflowStep& step)
{
    m_step = step;
    setToolTip(step.id);
    update();
}

void StepItem::setProblem(bool problem)
{
    m_problem = problem;
    update();
}

void StepItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const bool selected = option->state & QStyle::State_Selected;
    p->setRenderHint(QPainter::Antialiasing);
    QPen pen(m_problem ? QColor(0xdc, 0x26, 0x26) : QColor(0x37, 0x41, 0x51));
    pen.setWidthF(selected ? 3.0 : m_problem ? 2.0 : 1.0);
    p->setPen(pen);
    p->setBrush(kindColour(m_step.kind));
    p->drawRoundedRect(rect().adjusted(1, 1, -1, -1), 8, 8);

    const QRectF text = rect().adjusted(8, 4, -8, -4);
    QFont bold = p->font();
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(Qt::black);
    const QFontMetricsF fm(bold);
    p->drawText(QRectF(text.left(), text.top(), text.width(), fm.height()), Qt::AlignLeft,
                fm.elidedText(m_step.name, Qt::ElideRight, text.width()));
    QFont small = p->font();
    small.setBold(false);
    p->setFont(small);
    const QFontMetricsF sm(small);
    const QString lines[] = {ProcessText::kind(m_step.kind) + QStringLiteral(" · ") +
                                 ProcessText::role(m_step.role),
                             m_step.unit.isEmpty() ? QObject::tr("(no unit)") : m_step.unit,
                             DossierText::duration(m_step.duration.value, m_step.duration.unit)};
    qreal y = text.top() + fm.height() + 2;
    for (const QString& line : lines) {
        p->drawText(QRectF(text.left(), y, text.width(), sm.height()), Qt::AlignLeft,
                    sm.elidedText(line, Qt::ElideRight, text.width()));
        y += sm.height();
    }
}

} // namespace motcua::client
