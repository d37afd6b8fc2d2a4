#pragma once

#include <QString>

namespace motcua {

// The one error value of the domain layer. `code` is a stable machine code (for example
// "workflow.role_not_permitted") that the server puts on the wire and the client translates;
// `path` names the offending field where there is one ("owner.idNumber",
// "components[2].originals"); `message` is an English explanation for logs and developers, never
// shown to users as-is.
struct Error {
    QString code;
    QString message;
    QString path;

    friend bool operator==(const Error&, const Error&) = default;

    // "path: message" when there is a path, for logs and problem details.
    QString describe() const
    {
        return path.isEmpty() ? message : path + QStringLiteral(": ") + message;
    }
};

} // namespace motcua
