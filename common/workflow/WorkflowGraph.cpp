#include "workflow/WorkflowGraph.h"

#include <algorithm>
#include <functional>

#include <QHash>
#include <QSet>

namespace motcua {
namespace {

Error problem(const char* code, const QString& message, const QString& path = {})
{
    return Error{QString::fromLatin1(code), message, path};
}

bool isArrowAction(WorkflowAction a)
{
    return a == WorkflowAction::Forward || a == WorkflowAction::Approve ||
           a == WorkflowAction::ReturnToPrevious;
}

// The steps one step leads on to (forward and approve arrows), for reachability and paths.
QHash<QString, QStringList> onwards(const QList<WorkflowTransition>& arrows)
{
    QHash<QString, QStringList> out;
    for (const WorkflowTransition& t : arrows) {
        if (t.action != WorkflowAction::ReturnToPrevious)
            out[t.from].append(t.to);
    }
    return out;
}

} // namespace

QList<WorkflowTransition> WorkflowGraph::transitions(const WorkflowDefinition& d)
{
    if (!d.transitions.isEmpty())
        return d.transitions;
    QList<WorkflowTransition> out;
    for (int i = 0; i + 1 < d.steps.size(); ++i) {
        const WorkflowStep& s = d.steps.at(i);
        out.append({s.id, d.steps.at(i + 1).id,
                    s.kind == StepKind::Approve ? WorkflowAction::Approve : WorkflowAction::Forward,
                    QString()});
    }
    return out;
}

QStringList WorkflowGraph::targets(const WorkflowDefinition& d, const QString& from,
                                   WorkflowAction action)
{
    QStringList out;
    for (const WorkflowTransition& t : transitions(d)) {
        if (t.from == from && t.action == action && !out.contains(t.to))
            out.append(t.to);
    }
    return out;
}

const WorkflowTransition* WorkflowGraph::arrow(const QList<WorkflowTransition>& arrows,
                                               const QString& from, const QString& to,
                                               WorkflowAction action)
{
    for (const WorkflowTransition& t : arrows) {
        if (t.from == from && t.to == to && t.action == action)
            return &t;
    }
    return nullptr;
}

bool WorkflowGraph::isEnd(const WorkflowDefinition& d, const QString& stepId)
{
    const WorkflowStep* s = d.step(stepId);
    if (!s)
        return false;
    if (s->kind == StepKind::Issue)
        return true;
    return s->kind == StepKind::Approve && targets(d, stepId, WorkflowAction::Approve).isEmpty();
}

QList<Error> WorkflowGraph::structureProblems(const WorkflowDefinition& d)
{
    QList<Error> out;
    if (d.steps.size() < 2)
        return {problem("workflow.invalid_definition",
                        QStringLiteral("a workflow needs an intake step and at least one more"),
                        QStringLiteral("steps"))};
    if (d.steps.first().kind != StepKind::Intake)
        out << problem("workflow.invalid_definition",
                       QStringLiteral("the first step must be the intake step"),
                       QStringLiteral("steps[0].kind"));
    QSet<QString> ids;
    bool hasIssue = false;
    for (int i = 0; i < d.steps.size(); ++i) {
        const WorkflowStep& s = d.steps.at(i);
        if (s.id.isEmpty() || ids.contains(s.id))
            out << problem("workflow.invalid_definition",
                           QStringLiteral("step ids must be non-empty and unique"),
                           QStringLiteral("steps[%1].id").arg(i));
        if (i > 0 && s.kind == StepKind::Intake)
            out << problem("workflow.invalid_definition",
                           QStringLiteral("only the first step may be an intake step"),
                           QStringLiteral("steps[%1].kind").arg(i));
        ids.insert(s.id);
        hasIssue = hasIssue || s.kind == StepKind::Issue;
    }
    if (!hasIssue)
        out << problem("workflow.invalid_definition",
                       QStringLiteral("a workflow needs an issue (result) step"),
                       QStringLiteral("steps"));

    const QString intake = d.steps.first().id;
    int intakeExits = 0;
    for (int i = 0; i < d.transitions.size(); ++i) {
        const WorkflowTransition& t = d.transitions.at(i);
        const QString at = QStringLiteral("transitions[%1].").arg(i);
        const WorkflowStep* from = d.step(t.from);
        const WorkflowStep* to = d.step(t.to);
        if (!from || !to) {
            out << problem("workflow.transition_dangling",
                           QStringLiteral("an arrow joins steps \"%1\" and \"%2\"; %3 is no step")
                               .arg(t.from, t.to, from ? t.to : t.from),
                           at + (from ? QStringLiteral("to") : QStringLiteral("from")));
            continue;
        }
        QString why;
        if (!isArrowAction(t.action))
            why = QStringLiteral("only forward, approve and returnToPrevious move a dossier");
        else if (t.from == t.to)
            why = QStringLiteral("an arrow leads to another step");
        else if (to->kind == StepKind::Intake)
            why = QStringLiteral("nothing leads back into intake");
        else if (t.action == WorkflowAction::Approve && from->kind != StepKind::Approve)
            why = QStringLiteral("only an approval step approves");
        else if (t.action == WorkflowAction::Forward && from->kind == StepKind::Approve)
            why = QStringLiteral("an approval step ends with approve or refuse, not forward");
        else if (from->kind == StepKind::Intake && t.action != WorkflowAction::Forward)
            why = QStringLiteral("intake leads on by acceptance: a forward arrow");
        if (!why.isEmpty()) {
            out << problem("workflow.transition_invalid", why, at + QStringLiteral("action"));
            continue;
        }
        for (int j = 0; j < i; ++j) {
            const WorkflowTransition& o = d.transitions.at(j);
            if (o.from == t.from && o.to == t.to && o.action == t.action) {
                out << problem("workflow.transition_duplicate",
                               QStringLiteral("two %1 arrows from \"%2\" to \"%3\"")
                                   .arg(name(t.action), t.from, t.to),
                               at + QStringLiteral("to"));
                break;
            }
        }
        if (t.from == intake)
            ++intakeExits;
    }
    if (!d.transitions.isEmpty() && intakeExits != 1)
        out << problem("workflow.intake_exit",
                       QStringLiteral("intake needs exactly one forward arrow: where an accepted "
                                      "dossier goes (it has %1)")
                           .arg(intakeExits),
                       QStringLiteral("transitions"));
    return out;
}

QList<Error> WorkflowGraph::problems(const WorkflowDefinition& d)
{
    QList<Error> out = structureProblems(d);
    if (d.steps.size() < 2)
        return out;
    for (int i = 1; i < d.steps.size(); ++i) {
        if (d.steps.at(i).unit.trimmed().isEmpty())
            out << problem(
                "workflow.unit_required",
                QStringLiteral("step \"%1\" needs a responsible unit").arg(d.steps.at(i).name),
                QStringLiteral("steps[%1].unit").arg(i));
    }
    for (int i = 0; i < d.steps.size(); ++i) {
        for (WorkflowAction a : d.steps.at(i).withheld) {
            if (!withholdableActions().contains(a))
                out << problem("workflow.step_action_invalid",
                               QStringLiteral("%1 cannot be withheld in a step").arg(name(a)),
                               QStringLiteral("steps[%1].withheld").arg(i));
        }
    }
    const QList<WorkflowTransition> arrows = transitions(d);
    const QHash<QString, QStringList> next = onwards(arrows);

    // Forward reachability from intake.
    QSet<QString> reached{d.steps.first().id};
    QStringList queue{d.steps.first().id};
    while (!queue.isEmpty()) {
        const QString s = queue.takeFirst();
        for (const QString& n : next.value(s)) {
            if (!reached.contains(n)) {
                reached.insert(n);
                queue.append(n);
            }
        }
    }
    // Backward from the ends: the steps that can still reach a result. Returns count here: a
    // step whose only way on is back to an earlier step still leads to the result through it.
    QHash<QString, QStringList> previous;
    for (const WorkflowTransition& t : arrows)
        previous[t.to].append(t.from);
    QSet<QString> finishing;
    for (const WorkflowStep& s : d.steps) {
        if (isEnd(d, s.id)) {
            finishing.insert(s.id);
            queue.append(s.id);
        }
    }
    while (!queue.isEmpty()) {
        const QString s = queue.takeFirst();
        for (const QString& p : previous.value(s)) {
            if (!finishing.contains(p)) {
                finishing.insert(p);
                queue.append(p);
            }
        }
    }
    for (int i = 0; i < d.steps.size(); ++i) {
        const WorkflowStep& s = d.steps.at(i);
        if (!reached.contains(s.id))
            out << problem("workflow.unreachable",
                           QStringLiteral("no way from intake leads to step \"%1\"").arg(s.name),
                           QStringLiteral("steps[%1]").arg(i));
        else if (!finishing.contains(s.id))
            out << problem(
                "workflow.no_way_to_result",
                QStringLiteral("from step \"%1\" no way leads to the result").arg(s.name),
                QStringLiteral("steps[%1]").arg(i));
    }
    return out;
}

QList<QStringList> WorkflowGraph::paths(const WorkflowDefinition& d, int limit)
{
    QList<QStringList> out;
    if (d.steps.isEmpty())
        return out;
    const QHash<QString, QStringList> next = onwards(transitions(d));
    QStringList path{d.steps.first().id};
    // Depth first; a step never twice on one path, so a loop of forward arrows ends.
    std::function<void()> walk = [&] {
        if (out.size() >= qsizetype(limit) * 4)
            return;
        const QString at = path.constLast();
        if (isEnd(d, at) && path.size() > 1) {
            out.append(path);
            if (d.step(at)->kind == StepKind::Issue)
                return;
        }
        for (const QString& n : next.value(at)) {
            if (path.contains(n))
                continue;
            path.append(n);
            walk();
            path.removeLast();
        }
    };
    walk();
    std::stable_sort(out.begin(), out.end(), [](const QStringList& a, const QStringList& b) {
        return a.size() < b.size();
    });
    if (out.size() > limit)
        out.resize(limit);
    return out;
}

int WorkflowGraph::minutes(const Duration& t, int minutesPerDay)
{
    switch (t.unit) {
    case DurationUnit::WorkingHours:
        return t.value * 60;
    case DurationUnit::CalendarDays: // five working days a week, on average
        return t.value * minutesPerDay * 5 / 7;
    case DurationUnit::WorkingDays:
        break;
    }
    return t.value * minutesPerDay;
}

int WorkflowGraph::pathMinutes(const WorkflowDefinition& d, const QStringList& path,
                               int minutesPerDay)
{
    int sum = 0;
    for (const QString& id : path) {
        if (const WorkflowStep* s = d.step(id))
            sum += minutes(s->duration, minutesPerDay);
    }
    return sum;
}

QList<Error> WorkflowGraph::timeWarnings(const WorkflowDefinition& d, const Duration& statutory,
                                         int minutesPerDay)
{
    QList<Error> out;
    const int allowed = minutes(statutory, minutesPerDay);
    if (allowed <= 0)
        return out;
    for (const QStringList& p : paths(d)) {
        const int total = pathMinutes(d, p, minutesPerDay);
        if (total > allowed)
            out << problem("workflow.path_exceeds_statutory",
                           QStringLiteral("the steps %1 allow %2 working hours together, more "
                                          "than the statutory %3")
                               .arg(p.join(QStringLiteral(" → ")))
                               .arg(total / 60.0, 0, 'f', 1)
                               .arg(allowed / 60.0, 0, 'f', 1));
    }
    return out;
}

} // namespace motcua
