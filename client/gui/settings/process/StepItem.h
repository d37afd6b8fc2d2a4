#pragma once

#include "workflow/WorkflowStep.h"

#include <QGraphicsRectItem>

namespace motcua::client {

// One step drawn as a box: its name, unit and time; the colour says its kind, a red frame a
// problem. Dragged with the mouse; the scene keeps the position in the ProcessModel.
class StepItem : public QGraphicsRectItem {
public:
    enum { Type = UserType + 1 };
    static constexpr int kWidth = 180;
    static constexpr int kHeight = 76;

    explicit StepItem(const WorkflowStep& step);
    int type() const override { return Type; }

    QString stepId() const { return m_step.id; }
    void setStep(const WorkflowStep& step);
    void setProblem(bool problem);

    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

private:
    WorkflowStep m_step;
    bool m_problem = false;
};

} // namespace motcua::client
