#pragma once

#include <QString>

namespace motcua::client {

// The clerk's language for the machine codes that the server and common/ return
// ("citizenId.bad_province", "intake.missing_component", ...). The English `detail` of a problem
// is never shown: it is for logs. Unknown codes fall back to a generic sentence with the code, so
// a newer server never leaves the clerk with nothing.
class ProblemText {
public:
    static QString message(const QString& code);
    // The label of a field path as the clerk sees it on screen ("owner.idNumber" → "Owner's ID
    // number"); empty when the path names no field of ours.
    static QString fieldLabel(const QString& path);
};

} // namespace motcua::client
