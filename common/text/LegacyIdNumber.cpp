#include "text/LegacyIdNumber.h"

#include "text/InputText.h"

namespace motcua {

Status LegacyIdNumber::validate(QStringView text)
{
    if (text.isEmpty())
        return Error{QStringLiteral("legacyId.empty"), QStringLiteral("CMND number is empty"), {}};
    if (const qsizetype bad = InputText::firstNonDigit(text); bad >= 0) {
        return Error{QStringLiteral("legacyId.non_digit"),
                     QStringLiteral("CMND number %1 contains %2 at position %3; only digits 0-9 "
                                    "are allowed")
                         .arg(InputText::quote(text), InputText::describe(text.at(bad)))
                         .arg(bad + 1),
                     {}};
    }
    if (text.size() != kLength) {
        return Error{QStringLiteral("legacyId.bad_length"),
                     QStringLiteral("CMND number must have 9 digits, %1 has %2")
                         .arg(InputText::quote(text))
                         .arg(text.size()),
                     {}};
    }
    return success();
}

} // namespace motcua
