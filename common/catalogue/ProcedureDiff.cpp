#include "catalogue/ProcedureDiff.h"

#include <functional>

#include <QStringList>

namespace motcua {

namespace {

QString text(const Duration& d)
{
    return d.value == 0 && d.unit == DurationUnit::WorkingDays
               ? QString()
               : QStringLiteral("%1 %2").arg(d.value).arg(name(d.unit));
}

QString text(const ComponentRequirement& c)
{
    QString out = QStringLiteral("%1 (%2/%3/%4%5)")
                      .arg(c.name)
                      .arg(c.originals)
                      .arg(c.certifiedCopies)
                      .arg(c.photocopies)
                      .arg(c.mandatory ? QString() : QStringLiteral(", optional"));
    if (!c.note.isEmpty())
        out += QStringLiteral(" — ") + c.note;
    if (!c.formSha256.isEmpty()) // the name and the first bytes of the hash: a new file shows
        out += QStringLiteral(" [%1 %2]").arg(c.formName, c.formSha256.left(8));
    return out;
}

QString text(const Fee& f)
{
    QStringList channels;
    for (Channel c : f.channels)
        channels << name(c);
    QString out = QStringLiteral("%1 %2").arg(f.amountVnd).arg(name(f.collection));
    if (!channels.isEmpty())
        out += QStringLiteral(" [%1]").arg(channels.join(u','));
    if (!f.note.isEmpty())
        out += QStringLiteral(" — ") + f.note;
    return out;
}

QString text(const WorkflowStep& s)
{
    return QStringLiteral("%1 (%2, %3, %4, %5)")
        .arg(s.name, name(s.kind), name(s.role), s.unit, text(s.duration));
}

// Pairs the items of two lists by key, in the order of `before` then the new ones of `after`.
template <typename T, typename Key>
void pairUp(const QList<T>& before, const QList<T>& after, Key key,
            const std::function<void(const T*, const T*)>& visit)
{
    for (const T& b : before) {
        const T* match = nullptr;
        for (const T& a : after) {
            if (key(a) == key(b))
                match = &a;
        }
        visit(&b, match);
    }
    for (const T& a : after) {
        const bool known =
            std::any_of(before.begin(), before.end(), [&](const T& b) { return key(a) == key(b); });
        if (!known)
            visit(nullptr, &a);
    }
}

void compareCases(const ProcedureCase& a, const ProcedureCase& b, const QString& label,
                  QList<ProcedureChange>& out)
{
    auto add = [&](const char* what, const QString& item, const QString& before,
                   const QString& after) {
        if (before != after)
            out << ProcedureChange{QString::fromLatin1(what), label, item, before, after};
    };
    add("case.name", {}, a.name, b.name);
    add("statutoryTime", {}, text(a.statutoryTime), text(b.statutoryTime));
    for (Channel c : {Channel::Online, Channel::Post}) {
        const bool aHas = a.timeFor(c) != a.statutoryTime;
        const bool bHas = b.timeFor(c) != b.statutoryTime;
        add("channelTime", name(c), aHas ? text(a.timeFor(c)) : QString(),
            bHas ? text(b.timeFor(c)) : QString());
    }
    add("needsAppointment", {},
        a.needsAppointment ? QStringLiteral("true") : QStringLiteral("false"),
        b.needsAppointment ? QStringLiteral("true") : QStringLiteral("false"));
    pairUp<ComponentRequirement>(
        a.components, b.components, [](const ComponentRequirement& c) { return c.id; },
        [&](const ComponentRequirement* x, const ComponentRequirement* y) {
            if (!y)
                out << ProcedureChange{
                    QStringLiteral("paper.removed"), label, x->name, text(*x), {}};
            else if (!x)
                out << ProcedureChange{QStringLiteral("paper.added"), label, y->name, {}, text(*y)};
            else if (!(*x == *y))
                out << ProcedureChange{QStringLiteral("paper.changed"), label, y->name, text(*x),
                                       text(*y)};
        });
    pairUp<Fee>(
        a.fees, b.fees, [](const Fee& f) { return f.name; },
        [&](const Fee* x, const Fee* y) {
            if (!y)
                out << ProcedureChange{QStringLiteral("fee.removed"), label, x->name, text(*x), {}};
            else if (!x)
                out << ProcedureChange{QStringLiteral("fee.added"), label, y->name, {}, text(*y)};
            else if (!(*x == *y))
                out << ProcedureChange{QStringLiteral("fee.changed"), label, y->name, text(*x),
                                       text(*y)};
        });
    pairUp<WorkflowStep>(
        a.workflow.steps, b.workflow.steps, [](const WorkflowStep& s) { return s.id; },
        [&](const WorkflowStep* x, const WorkflowStep* y) {
            if (!y)
                out << ProcedureChange{
                    QStringLiteral("step.removed"), label, x->name, text(*x), {}};
            else if (!x)
                out << ProcedureChange{QStringLiteral("step.added"), label, y->name, {}, text(*y)};
            else if (!(*x == *y))
                out << ProcedureChange{QStringLiteral("step.changed"), label, y->name, text(*x),
                                       text(*y)};
        });
}

} // namespace

QList<ProcedureChange> ProcedureDiff::between(const Procedure& a, const Procedure& b)
{
    QList<ProcedureChange> out;
    auto add = [&](const char* what, const QString& before, const QString& after) {
        if (before != after)
            out << ProcedureChange{QString::fromLatin1(what), {}, {}, before, after};
    };
    add("name", a.name, b.name);
    add("localCode", a.localCode, b.localCode);
    add("fieldCode", a.fieldCode, b.fieldCode);
    add("agencyId", a.agencyId, b.agencyId);
    add("serviceLevel", name(a.serviceLevel), name(b.serviceLevel));
    add("resultDocument", a.resultDocument, b.resultDocument);
    add("legalBasis", a.legalBasis, b.legalBasis);
    add("conditions", a.conditions, b.conditions);
    add("applicants", a.applicants, b.applicants);
    // A procedure without cases compares as its one case, which becomes case 1 when the
    // procedure is split into cases; cases are matched by id.
    pairUp<ProcedureCase>(
        a.caseList(), b.caseList(), [](const ProcedureCase& c) { return c.id == 0 ? 1 : c.id; },
        [&](const ProcedureCase* x, const ProcedureCase* y) {
            if (!y)
                out << ProcedureChange{QStringLiteral("case.removed"), x->name, {}, x->name, {}};
            else if (!x)
                out << ProcedureChange{QStringLiteral("case.added"), y->name, {}, {}, y->name};
            else
                compareCases(*x, *y, y->name, out);
        });
    return out;
}

} // namespace motcua
