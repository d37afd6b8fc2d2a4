#include "catalogue/ProcedureVersions.h"

#include "workflow/WorkflowEngine.h"

namespace motcua {

const Procedure* ProcedureVersions::inForce(const QList<Procedure>& versions, const QDate& day)
{
    // Published versions never overlap; should data say otherwise, the newest one wins.
    const Procedure* found = nullptr;
    for (const Procedure& p : versions) {
        if (p.inForceOn(day) && (!found || p.version > found->version))
            found = &p;
    }
    return found;
}

const Procedure* ProcedureVersions::newest(const QList<Procedure>& versions)
{
    const Procedure* found = nullptr;
    for (const Procedure& p : versions) {
        if (!found || p.version > found->version)
            found = &p;
    }
    return found;
}

QList<Error> ProcedureVersions::publishProblems(const QList<Procedure>& versions, int number,
                                                const QDate& from, const QDate& today)
{
    QList<Error> problems;
    const Procedure* draft = nullptr;
    for (const Procedure& p : versions) {
        if (p.version == number)
            draft = &p;
    }
    if (!draft)
        return {Error{QStringLiteral("procedure.no_version"),
                      QStringLiteral("the procedure has no version %1").arg(number),
                      {}}};
    if (!draft->isDraft())
        return {Error{QStringLiteral("procedure.not_draft"),
                      QStringLiteral("version %1 is published already").arg(number),
                      {}}};
    if (!from.isValid()) {
        problems << Error{QStringLiteral("procedure.effective_missing"),
                          QStringLiteral("a version is published with the day it takes effect"),
                          QStringLiteral("effectiveFrom")};
    } else {
        if (from < today)
            problems << Error{QStringLiteral("procedure.effective_in_past"),
                              QStringLiteral("a version takes effect today or later"),
                              QStringLiteral("effectiveFrom")};
        // Versions take effect in version order: a later one never starts before an earlier one.
        for (const Procedure& p : versions) {
            if (!p.isDraft() && p.version < number && p.effectiveFrom > from) {
                problems << Error{QStringLiteral("procedure.effective_before_previous"),
                                  QStringLiteral("version %1 takes effect on %2, after this day")
                                      .arg(p.version)
                                      .arg(p.effectiveFrom.toString(Qt::ISODate)),
                                  QStringLiteral("effectiveFrom")};
                break;
            }
        }
    }
    if (auto valid = WorkflowEngine::validate(draft->workflow); !valid)
        problems << Error{valid.error().code, valid.error().message,
                          QStringLiteral("workflow.") + valid.error().path};
    return problems;
}

QList<Procedure> ProcedureVersions::endedBy(const QList<Procedure>& versions, const QDate& from)
{
    QList<Procedure> out;
    const QDate end = from.addDays(-1);
    for (const Procedure& p : versions) {
        if (p.isDraft() || (p.effectiveTo.isValid() && p.effectiveTo <= end))
            continue;
        Procedure ended = p;
        ended.effectiveTo = end;
        out << ended;
    }
    return out;
}

bool ProcedureVersions::sameContent(const Procedure& a, Procedure b)
{
    b.version = a.version;
    b.effectiveFrom = a.effectiveFrom;
    b.effectiveTo = a.effectiveTo;
    return a == b;
}

} // namespace motcua
