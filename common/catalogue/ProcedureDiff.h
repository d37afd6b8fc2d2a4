#pragma once

#include "domain/Procedure.h"

#include <QList>
#include <QString>

namespace motcua {

// One difference between two versions of a procedure, for people to read: `what` is a machine
// code the client translates; `caseName` the case it is in (empty for the procedure itself or a
// procedure without cases); `item` the paper, fee or step concerned; `before` / `after` the
// values as wire text (durations "3 workingDays", amounts in đồng, enumeration wire names),
// empty where the thing did not exist.
struct ProcedureChange {
    QString what; // name, localCode, fieldCode, agencyId, serviceLevel, resultDocument,
                  // legalBasis, conditions, applicants,
                  // case.added, case.removed, case.name, statutoryTime, channelTime,
                  // needsAppointment, paper.added, paper.removed, paper.changed, fee.added,
                  // fee.removed, fee.changed, step.added, step.removed, step.changed
    QString caseName;
    QString item;
    QString before;
    QString after;

    friend bool operator==(const ProcedureChange&, const ProcedureChange&) = default;
};

// The differences from `a` to `b`, field by field: the procedure's own fields first, then each
// case (matched by id; a procedure without cases is one case), its times, papers (matched by id),
// fees (matched by name) and process steps (matched by id). Version numbers and days are not
// compared (see ProcedureVersions::sameContent). Empty when the content is the same.
class ProcedureDiff {
public:
    static QList<ProcedureChange> between(const Procedure& a, const Procedure& b);
};

} // namespace motcua
