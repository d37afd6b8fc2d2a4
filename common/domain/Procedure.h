#pragma once

#include "domain/ComponentRequirement.h"
#include "domain/Duration.h"
#include "domain/Enums.h"
#include "domain/Fee.h"
#include "workflow/WorkflowDefinition.h"

#include <QList>
#include <QString>

namespace motcua {

// An administrative procedure (thủ tục hành chính) as published in the national database,
// localised to one agency. A new version is made whenever anything a dossier depends on changes;
// dossiers freeze the version they were received under.
struct Procedure {
    QString nationalCode; // "1.001612"
    QString localCode;    // "1.001612.000.00.00.H48"; empty when not localised
    QString name;
    QString fieldCode;
    QString agencyId;
    ServiceLevel serviceLevel = ServiceLevel::Basic;
    Duration statutoryTime;
    QList<Fee> fees;
    QList<ComponentRequirement> components;
    QString resultDocument;
    WorkflowDefinition workflow;
    int version = 1;

    const ComponentRequirement* component(int id) const
    {
        for (const auto& c : components) {
            if (c.id == id)
                return &c;
        }
        return nullptr;
    }

    friend bool operator==(const Procedure&, const Procedure&) = default;
};

} // namespace motcua
