#pragma once

#include "domain/ComponentRequirement.h"
#include "domain/Duration.h"
#include "domain/Enums.h"
#include "domain/Fee.h"
#include "workflow/WorkflowDefinition.h"

#include <QDate>
#include <QList>
#include <QString>

namespace motcua {

// One version of an administrative procedure (thủ tục hành chính) as published in the national
// database, localised to one agency. A version is a draft until it is published with the day it
// takes effect; a published version is in force from that day to its end day (both included, no
// end: until further notice) and never changes again except its end day. Versions of a procedure
// take effect in version order and never overlap. Dossiers freeze the version they were received
// under (docs/DOMAIN-RULES.md, "Versions of a procedure").
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
    QDate effectiveFrom; // null: a draft
    QDate effectiveTo;   // null: no end. Before effectiveFrom: replaced before it took effect

    bool isDraft() const { return !effectiveFrom.isValid(); }
    bool inForceOn(const QDate& day) const
    {
        return !isDraft() && effectiveFrom <= day && (!effectiveTo.isValid() || day <= effectiveTo);
    }

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
