#include "domain/Procedure.h"

namespace motcua {

QList<ProcedureCase> Procedure::caseList() const
{
    if (!cases.isEmpty())
        return cases;
    return {ProcedureCase{0, QString(), components, statutoryTime, channelTimes, fees, workflow,
                          needsAppointment}};
}

std::optional<ProcedureCase> Procedure::caseFor(int caseId) const
{
    const QList<ProcedureCase> all = caseList();
    if (caseId == 0)
        return all.first();
    for (const ProcedureCase& c : all) {
        if (c.id == caseId)
            return c;
    }
    return std::nullopt;
}

void Procedure::mirrorFirstCase()
{
    if (cases.isEmpty())
        return;
    const ProcedureCase& first = cases.first();
    components = first.components;
    statutoryTime = first.statutoryTime;
    channelTimes = first.channelTimes;
    fees = first.fees;
    workflow = first.workflow;
    needsAppointment = first.needsAppointment;
}

} // namespace motcua
