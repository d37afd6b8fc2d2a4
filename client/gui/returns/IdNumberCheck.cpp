#include "gui/returns/IdNumberCheck.h"

#include "text/CitizenId.h"
#include "text/InputText.h"
#include "text/LegacyIdNumber.h"
#include "text/TaxCode.h"

namespace motcua::client {

IdNumberCheck::Result IdNumberCheck::check(const QString& text, const QDate& today)
{
    Result r;
    for (QChar c : text) {
        if (!c.isSpace())
            r.number += c;
    }
    if (r.number.isEmpty()) {
        r.message = tr("Enter the ID number of the person collecting the result.");
        return r;
    }
    if (r.number.contains(u'-') || r.number.size() == 10) {
        if (const auto tax = TaxCode::parse(r.number)) {
            r.kind = Kind::TaxCode;
            r.number = tax->toString();
            r.message = tax->isBranch() ? tr("Tax code of a branch") : tr("Tax code");
        } else {
            r.message = tr("A tax code has 10 digits, or 10 digits, “-” and 3 digits for a "
                           "branch.");
        }
        return r;
    }
    if (const qsizetype bad = InputText::firstNonDigit(r.number); bad >= 0) {
        r.message = tr("An ID number has digits only; %1 is not a digit.")
                        .arg(InputText::describe(r.number.at(bad)));
        return r;
    }
    if (r.number.size() == 12) {
        const auto id = CitizenId::parse(r.number, today);
        if (id) {
            r.kind = Kind::CitizenId;
            r.message = (id->sex() == CitizenId::Sex::Male
                             ? tr("Citizen ID: male, born %1, registered in %2")
                             : tr("Citizen ID: female, born %1, registered in %2"))
                            .arg(QString::number(id->birthYear()), id->provinceName());
        } else if (id.error().code == QLatin1String("citizenId.bad_province")) {
            r.message = tr("No province has the code %1: check the first three digits.")
                            .arg(r.number.left(3));
        } else if (id.error().code == QLatin1String("citizenId.bad_birth_year")) {
            r.message = tr("Digits 4–6 give a birth year in the future: check the number.");
        } else {
            r.message = tr("This is not a valid citizen ID number.");
        }
        return r;
    }
    if (LegacyIdNumber::isValid(r.number)) {
        r.kind = Kind::LegacyId;
        r.message = tr("Old ID card (CMND)");
        return r;
    }
    r.message = tr("An ID number has 12 digits (9 on an old ID card); this one has %n digit(s).",
                   nullptr, int(r.number.size()));
    return r;
}

} // namespace motcua::client
