#include "code/AgencyId.h"

#include "text/InputText.h"

namespace motcua {

namespace {

// The shape of an identifier, one character class per position: 'd' digit, '.' dot, 'L' letter.
constexpr char16_t kShape[] = u"ddd.dd.dd.Ldd";
static_assert(std::size(kShape) - 1 == AgencyId::kLength);

bool fits(QChar c, char16_t shape)
{
    switch (shape) {
    case u'd':
        return InputText::isAsciiDigit(c);
    case u'L':
        return c.unicode() >= u'A' && c.unicode() <= u'Z';
    default:
        return c.unicode() == shape;
    }
}

QString expectation(char16_t shape)
{
    switch (shape) {
    case u'd':
        return QStringLiteral("a digit 0-9");
    case u'L':
        return QStringLiteral("a capital letter A-Z");
    default:
        return QStringLiteral("'.'");
    }
}

} // namespace

Status AgencyId::validate(QStringView text)
{
    if (text.isEmpty()) {
        return Error{
            QStringLiteral("agencyId.empty"), QStringLiteral("agency identifier is empty"), {}};
    }
    // Characters first, so "000-00-53-H48" is reported as a wrong separator, not a wrong length.
    const qsizetype common = qMin(text.size(), kLength);
    for (qsizetype i = 0; i < common; ++i) {
        if (!fits(text.at(i), kShape[i])) {
            return Error{QStringLiteral("agencyId.bad_format"),
                         QStringLiteral("agency identifier %1: character %2 must be %3, got %4 "
                                        "(expected the form 000.00.00.A00)")
                             .arg(InputText::quote(text))
                             .arg(i + 1)
                             .arg(expectation(kShape[i]), InputText::describe(text.at(i))),
                         {}};
        }
    }
    if (text.size() != kLength) {
        return Error{QStringLiteral("agencyId.bad_length"),
                     QStringLiteral("agency identifier %1 has %2 characters; it must have 13 "
                                    "(the form 000.00.00.A00)")
                         .arg(InputText::quote(text))
                         .arg(text.size()),
                     {}};
    }
    return success();
}

bool AgencyId::isValid(QStringView text)
{
    if (text.size() != kLength)
        return false;
    for (qsizetype i = 0; i < kLength; ++i) {
        if (!fits(text.at(i), kShape[i]))
            return false;
    }
    return true;
}

} // namespace motcua
