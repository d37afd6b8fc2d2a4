#include "text/CitizenId.h"

#include "text/CitizenIdProvince.h"
#include "text/InputText.h"
#include "text/LegacyIdNumber.h"

namespace motcua {

namespace {

constexpr qsizetype kLength = 12;

Error error(const char* code, QString message)
{
    return Error{QString::fromLatin1(code), std::move(message), QString()};
}

} // namespace

Expected<CitizenId> CitizenId::parse(QStringView text, QDate reference)
{
    if (text.isEmpty())
        return error("citizenId.empty", QStringLiteral("citizen ID number is empty"));
    if (const qsizetype bad = InputText::firstNonDigit(text); bad >= 0) {
        return error("citizenId.non_digit",
                     QStringLiteral("citizen ID number %1 contains %2 at position %3; only "
                                    "digits 0-9 are allowed")
                         .arg(InputText::quote(text), InputText::describe(text.at(bad)))
                         .arg(bad + 1));
    }
    if (text.size() != kLength) {
        return error("citizenId.bad_length",
                     QStringLiteral("citizen ID number must have 12 digits, %1 has %2")
                         .arg(InputText::quote(text))
                         .arg(text.size()));
    }
    if (!reference.isValid()) {
        return error("citizenId.bad_reference_date",
                     QStringLiteral("no valid reference date to check the birth year against"));
    }
    const int province = InputText::digitsValue(text.left(3));
    if (!CitizenIdProvince::isKnown(province)) {
        return error("citizenId.bad_province",
                     QStringLiteral("citizen ID number %1 starts with %2, which is not a "
                                    "province code (001-096, Circular 07/2016/TT-BCA)")
                         .arg(InputText::quote(text), text.left(3).toString()));
    }
    const int centurySex = text.at(3).unicode() - u'0';
    const int birthYear = 1900 + (centurySex / 2) * 100 + InputText::digitsValue(text.mid(4, 2));
    if (birthYear > reference.year()) {
        return error("citizenId.bad_birth_year",
                     QStringLiteral("citizen ID number %1 gives birth year %2 (digits 4-6 "
                                    "'%3'), which is after %4")
                         .arg(InputText::quote(text))
                         .arg(birthYear)
                         .arg(text.mid(3, 3).toString())
                         .arg(reference.year()));
    }
    CitizenId id;
    id.m_number = text.toString();
    id.m_provinceCode = province;
    id.m_sex = centurySex % 2 == 0 ? Sex::Male : Sex::Female;
    id.m_birthYear = birthYear;
    return id;
}

Status CitizenId::validatePersonalId(QStringView text, QDate reference)
{
    if (text.size() == LegacyIdNumber::kLength && InputText::isDigits(text))
        return LegacyIdNumber::validate(text);
    const Expected<CitizenId> id = parse(text, reference);
    if (id.ok())
        return success();
    Error e = id.error();
    if (e.code == u"citizenId.bad_length") {
        e.message = QStringLiteral("personal ID number must have 12 digits (CCCD) or 9 digits "
                                   "(old CMND), %1 has %2")
                        .arg(InputText::quote(text))
                        .arg(text.size());
    }
    return e;
}

QString CitizenId::provinceName() const
{
    return CitizenIdProvince::name(m_provinceCode).toString();
}

} // namespace motcua
