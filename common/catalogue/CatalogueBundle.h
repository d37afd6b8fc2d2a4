#pragma once

#include "core/Error.h"
#include "domain/Procedure.h"

#include <QList>

namespace motcua {

// What importing one procedure of a catalogue bundle (GET /catalogue/export of another server,
// or a file kept in version control) does to the versions this server holds. The versions of
// both sides are compared by number:
// - a number both sides have must say the same (sameContent) and be in the same state (draft,
//   or published from the same day); a published version's end day may differ — the bundle's is
//   taken (a later version ended it there);
// - the bundle's versions after this server's newest are added in order, published ones with
//   their days;
// - the bundle's numbers run 1, 2, … without a gap, only the newest may be a draft, and the
//   published versions of the result never overlap.
// Importing the same bundle again changes nothing.
struct BundlePlan {
    enum class Status { New, Changed, Unchanged, Refused };
    Status status = Status::Unchanged;
    QList<Procedure> add;    // versions to add, in order
    QList<Procedure> redate; // versions here whose end day becomes the bundle's
    QList<Error> problems;   // why it is refused (path "versions[i]…")
};

class CatalogueBundle {
public:
    static BundlePlan plan(const QList<Procedure>& here, QList<Procedure> incoming);
};

} // namespace motcua
