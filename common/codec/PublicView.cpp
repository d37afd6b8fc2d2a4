#include "codec/PublicView.h"

#include "codec/JsonPrimitives.h"

namespace motcua::codec {

QJsonObject publicView(const Dossier& d)
{
    const WorkflowStep* step = d.workflow.step(d.currentStepId);
    return QJsonObject{
        {"code", d.code},
        {"procedureName", d.procedureName},
        {"status", name(d.status)},
        {"statusCode", nationalCode(d.status)},
        {"currentStep", step ? step->name : QString()},
        {"receivedAt", dateTimeToJson(d.receivedAt)},
        {"appointmentAt", dateTimeToJson(d.appointmentAt)},
        {"resultReady", d.status == DossierStatus::Finished},
        {"returned", d.status == DossierStatus::Returned},
    };
}

} // namespace motcua::codec
