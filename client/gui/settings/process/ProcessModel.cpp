#include "gui/settings/process/ProcessModel.h"

#include "workflow/WorkflowGraph.h"

#include <QHash>

namespace motcua::client {
namespace {

constexpr int kColumnWidth = 280; // a box (180) and room for the arrow and its words
constexpr int kRowHeight = 120;

} // namespace

void ProcessModel::setDefinition(const WorkflowDefinition& d)
{
    m_def = d;
    m_def.transitions = WorkflowGraph::transitions(d);
    // Positions of steps that no longer exist mean nothing.
    m_def.layout.removeIf([this](const StepPosition& p) { return m_def.indexOf(p.stepId) < 0; });
    if (m_def.layout.isEmpty())
        autoLayout();
    else
        placeMissing();
    emit changed();
    emit laidOut();
}

bool ProcessModel::setStep(int i, const WorkflowStep& s)
{
    if (i < 0 || i >= stepCount() || s.id.trimmed().isEmpty())
        return false;
    const QString old = m_def.steps.at(i).id;
    if (s.id != old && m_def.indexOf(s.id) >= 0)
        return false;
    m_def.steps[i] = s;
    if (s.id != old) {
        for (WorkflowTransition& t : m_def.transitions) {
            if (t.from == old)
                t.from = s.id;
            if (t.to == old)
                t.to = s.id;
        }
        for (StepPosition& p : m_def.layout) {
            if (p.stepId == old)
                p.stepId = s.id;
        }
    }
    emit changed();
    return true;
}

int ProcessModel::addStep(StepKind kind)
{
    int n = stepCount() + 1;
    QString id;
    do {
        id = QStringLiteral("step-%1").arg(n++);
    } while (m_def.indexOf(id) >= 0);
    WorkflowStep s;
    s.id = id;
    s.name = tr("New step");
    s.kind = kind;
    s.role = kind == StepKind::Approve ? Role::Leader
             : kind == StepKind::Issue ? Role::Receptionist
                                       : Role::Specialist;
    s.duration = Duration::hours(4);
    m_def.steps.append(s);
    placeMissing();
    emit changed();
    emit moved(id);
    return stepCount() - 1;
}

bool ProcessModel::removeStep(int i)
{
    if (i <= 0 || i >= stepCount()) // intake is where every process starts
        return false;
    const QString id = m_def.steps.at(i).id;
    m_def.steps.removeAt(i);
    m_def.transitions.removeIf(
        [&](const WorkflowTransition& t) { return t.from == id || t.to == id; });
    m_def.layout.removeIf([&](const StepPosition& p) { return p.stepId == id; });
    emit changed();
    return true;
}

int ProcessModel::addTransition(const WorkflowTransition& t)
{
    m_def.transitions.append(t);
    emit changed();
    return transitionCount() - 1;
}

void ProcessModel::setTransition(int i, const WorkflowTransition& t)
{
    if (i < 0 || i >= transitionCount() || m_def.transitions.at(i) == t)
        return;
    m_def.transitions[i] = t;
    emit changed();
}

void ProcessModel::removeTransition(int i)
{
    if (i < 0 || i >= transitionCount())
        return;
    m_def.transitions.removeAt(i);
    emit changed();
}

QPoint ProcessModel::position(const QString& stepId) const
{
    for (const StepPosition& p : m_def.layout) {
        if (p.stepId == stepId)
            return {p.x, p.y};
    }
    return {};
}

void ProcessModel::setPosition(const QString& stepId, const QPoint& at)
{
    for (StepPosition& p : m_def.layout) {
        if (p.stepId == stepId) {
            if (p.x == at.x() && p.y == at.y())
                return;
            p.x = at.x();
            p.y = at.y();
            emit moved(stepId);
            return;
        }
    }
    m_def.layout.append({stepId, at.x(), at.y()});
    emit moved(stepId);
}

void ProcessModel::autoLayout()
{
    // Longest way from intake along forward and approve arrows (a step at most once per way),
    // relaxed at most once per step so that a loop cannot run on.
    QHash<QString, int> column;
    if (!m_def.steps.isEmpty())
        column.insert(m_def.steps.first().id, 0);
    for (int round = 0; round < stepCount(); ++round) {
        bool relaxed = false;
        for (const WorkflowTransition& t : m_def.transitions) {
            if (t.action == WorkflowAction::ReturnToPrevious || !column.contains(t.from))
                continue;
            const int c = column.value(t.from) + 1;
            if (c < stepCount() && c > column.value(t.to, -1)) {
                column.insert(t.to, c);
                relaxed = true;
            }
        }
        if (!relaxed)
            break;
    }
    int unreached = 0;
    for (const WorkflowStep& s : m_def.steps) {
        if (!column.contains(s.id))
            column.insert(s.id, -1 - (unreached++ / 4)); // apart, on the left, to be seen
    }
    QHash<int, int> rows;
    m_def.layout.clear();
    for (const WorkflowStep& s : m_def.steps) {
        const int c = column.value(s.id);
        const int r = rows[c]++;
        m_def.layout.append({s.id, c * kColumnWidth, r * kRowHeight});
    }
    emit laidOut();
}

void ProcessModel::placeMissing()
{
    int bottom = 0;
    for (const StepPosition& p : m_def.layout)
        bottom = std::max(bottom, p.y + kRowHeight);
    for (const WorkflowStep& s : m_def.steps) {
        const bool placed = std::any_of(m_def.layout.begin(), m_def.layout.end(),
                                        [&](const StepPosition& p) { return p.stepId == s.id; });
        if (!placed) {
            m_def.layout.append({s.id, 0, bottom});
            bottom += kRowHeight;
        }
    }
}

WorkflowAction ProcessModel::defaultAction(const QString& from) const
{
    const WorkflowStep* s = m_def.step(from);
    return s && s->kind == StepKind::Approve ? WorkflowAction::Approve : WorkflowAction::Forward;
}

} // namespace motcua::client
