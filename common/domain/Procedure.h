#pragma once

#include "domain/ChannelTime.h"
#include "domain/ComponentRequirement.h"
#include "domain/Duration.h"
#include "domain/Enums.h"
#include "domain/Fee.h"
#include "domain/ProcedureCase.h"
#include "workflow/WorkflowDefinition.h"

#include <optional>

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
//
// A procedure either has no `cases` — its top-level papers, times, fees and process are its one
// case — or lists two or more cases, each complete. Then the top-level rules repeat the first
// case (mirrorFirstCase(), applied before anything is stored), so a client older than API 1.4,
// which knows no cases, shows and receives under the first case.
struct Procedure {
    QString nationalCode; // "1.001612"
    QString localCode;    // "1.001612.000.00.00.H48"; empty when not localised
    QString name;
    QString fieldCode;
    QString agencyId;
    ServiceLevel serviceLevel = ServiceLevel::Basic;
    Duration statutoryTime;
    QList<ChannelTime> channelTimes;
    QList<Fee> fees;
    QList<ComponentRequirement> components;
    QString resultDocument;
    QString legalBasis; // căn cứ pháp lý: one document a line ("Luật Hộ tịch số 60/2014/QH13")
    QString conditions; // yêu cầu, điều kiện
    QString applicants; // đối tượng thực hiện
    WorkflowDefinition workflow;
    bool needsAppointment = true;
    QList<ProcedureCase> cases;
    int version = 1;
    QDate effectiveFrom; // null: a draft
    QDate effectiveTo;   // null: no end. Before effectiveFrom: replaced before it took effect

    bool isDraft() const { return !effectiveFrom.isValid(); }
    bool inForceOn(const QDate& day) const
    {
        return !isDraft() && effectiveFrom <= day && (!effectiveTo.isValid() || day <= effectiveTo);
    }

    // Every case a clerk may choose from: `cases`, or the implicit one (id 0) made of the
    // top-level rules.
    QList<ProcedureCase> caseList() const;
    // The case `caseId` names; 0 is the first case (what a client before API 1.4 received under).
    std::optional<ProcedureCase> caseFor(int caseId) const;
    // Whether the clerk has a case to choose (a single case shows no picker anywhere).
    bool hasCaseChoice() const { return cases.size() > 1; }
    // Copies the first case into the top-level rules (see above); nothing without cases.
    void mirrorFirstCase();

    friend bool operator==(const Procedure&, const Procedure&) = default;
};

} // namespace motcua
