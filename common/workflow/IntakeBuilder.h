#pragma once

#include "core/Expected.h"
#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"
#include "domain/Procedure.h"

#include <QList>

namespace motcua {

// Checks an intake request against the procedure it names and builds the registered dossier
// (procedure version, statutory time and workflow frozen). Every problem is reported at once,
// with its field path, so the clerk can fix them all in one go.
class IntakeBuilder {
public:
    // `today` is the Vietnam civil date (for the citizen ID's birth-year check).
    static QList<Error> validate(const IntakeRequest& request, const Procedure& procedure,
                                 const QDate& today);

    // The dossier before acceptance (status Registered, at the intake step); phones normalised.
    static Dossier build(const IntakeRequest& request, const Procedure& procedure,
                         const QString& agencyId, const QString& code);
};

} // namespace motcua
