#pragma once

#include "core/Error.h"
#include "core/Expected.h"
#include "domain/Procedure.h"

#include <QJsonObject>
#include <QSet>

namespace motcua {

// A procedure read from the national procedures database's record (the "LayThuTuc" answer,
// ../shared/DOMAIN.md part 2), with what could not be taken as it is.
struct NationalImport {
    Procedure procedure; // for the importing agency; no process (the record's steps are prose)
    QList<Error> notes;  // reported, never guessed: import.unknown_field, import.unknown_agency,
                         // import.unknown_unit, import.bad_number
};

// Reads one LayThuTuc record: code, name, field, result, legal basis, conditions, applicants;
// its cases (TRUONGHOP of the papers and steps; one case or none is the procedure's own rules),
// each case's papers with their counts and blank forms, and per channel (KENH 1 in person, 2
// online, 3 post) the time and the fees under it — a time whose description (MOTA) names a case
// is that case's, any other every case's. Fees the same on every channel apply to every channel.
// Errors: import.code_missing, import.name_missing (path = the record's key).
class NationalRecord {
public:
    static Expected<NationalImport> read(const QJsonObject& record, const QString& agencyId,
                                         const QSet<QString>& knownFields);
};

} // namespace motcua
