#include "text/PhoneNumber.h"

#include "text/InputText.h"

namespace motcua {

namespace {

constexpr qsizetype kMobileLength = 10;
constexpr qsizetype kLandlineLength = 11;

Error error(const char* code, QString message)
{
    return Error{QString::fromLatin1(code), std::move(message), QString()};
}

bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'.' || c == u'-' || c == u'(' || c == u')' || c == u'/';
}

// Mobile prefixes (second and third digit after the leading 0) allocated by the Ministry of
// Information and Communications after the 2018 conversion of 11-digit mobile numbers.
bool isMobilePrefix(QChar second, QChar third)
{
    const char16_t s = second.unicode();
    const char16_t t = third.unicode();
    switch (s) {
    case u'3':
        return t >= u'2' && t <= u'9';
    case u'5':
        return t == u'2' || t == u'5' || t == u'6' || t == u'8' || t == u'9';
    case u'7':
        return t == u'0' || (t >= u'6' && t <= u'9');
    case u'8':
        return t >= u'1' && t <= u'9';
    case u'9':
        return t >= u'0' && t <= u'9';
    default:
        return false;
    }
}

} // namespace

Expected<PhoneNumber> PhoneNumber::parse(QStringView text)
{
    // Pass 1: keep the digits, accept separators, reject anything else with its position.
    QString digits;
    digits.reserve(qMin<qsizetype>(text.size(), 16));
    bool plus = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (InputText::isAsciiDigit(c)) {
            digits += c;
        } else if (c == u'+' && digits.isEmpty() && !plus) {
            plus = true;
        } else if (!isSeparator(c)) {
            const bool letter = c.isLetter();
            return error(
                letter ? "phone.letters" : "phone.bad_character",
                QStringLiteral("phone number %1 contains %2 %3 at position %4")
                    .arg(InputText::quote(text),
                         letter ? QStringLiteral("the letter") : QStringLiteral("the character"),
                         InputText::describe(c))
                    .arg(i + 1));
        }
    }
    if (digits.isEmpty())
        return error("phone.empty", QStringLiteral("phone number is empty"));

    // Pass 2: strip the country code. A national number always starts with 0, so "84…" without
    // a 0 can only be the country code written without "+".
    QStringView rest(digits);
    bool international = plus;
    if (plus) {
        if (!rest.startsWith(u"84")) {
            return error("phone.foreign_number",
                         QStringLiteral("phone number %1 has a foreign country code; only "
                                        "Vietnamese numbers (+84) are accepted")
                             .arg(InputText::quote(text)));
        }
        rest = rest.mid(2);
    } else if (rest.startsWith(u"0084")) {
        rest = rest.mid(4);
        international = true;
    } else if (rest.startsWith(u"84")) {
        rest = rest.mid(2);
        international = true;
    }
    if (international && rest.startsWith(u'0')) // "+84 (0) 912…": the trunk 0 written anyway
        rest = rest.mid(1);
    if (!international && !rest.startsWith(u'0')) {
        return error("phone.unknown_prefix",
                     QStringLiteral("phone number %1 must start with 0, +84 or 84")
                         .arg(InputText::quote(text)));
    }
    const QString national = international ? QLatin1Char('0') + rest.toString() : rest.toString();

    // Pass 3: the numbering plan.
    if (national.size() < 3) {
        return error("phone.too_short",
                     QStringLiteral("phone number %1 is too short: %2 digits, a mobile number "
                                    "has 10 and a landline 11")
                         .arg(InputText::quote(text))
                         .arg(national.size()));
    }
    PhoneNumber number;
    qsizetype expected = kMobileLength;
    if (national.at(1) == u'2') {
        number.m_kind = Kind::Landline;
        expected = kLandlineLength;
    } else if (!isMobilePrefix(national.at(1), national.at(2))) {
        const bool old = national.at(1) == u'1';
        return error("phone.unknown_prefix",
                     QStringLiteral("phone number %1: prefix %2 is not a Vietnamese mobile "
                                    "prefix or landline area code%3")
                         .arg(InputText::quote(text), national.left(3),
                              old ? QStringLiteral(" (01x mobile numbers were converted to "
                                                   "03x/05x/07x/08x in 2018)")
                                  : QString()));
    }
    const QString what =
        number.m_kind == Kind::Landline ? QStringLiteral("landline") : QStringLiteral("mobile");
    if (national.size() < expected) {
        return error("phone.too_short",
                     QStringLiteral("phone number %1 is too short: a %2 number has %3 digits, "
                                    "got %4")
                         .arg(InputText::quote(text), what)
                         .arg(expected)
                         .arg(national.size()));
    }
    if (national.size() > expected) {
        return error("phone.too_long",
                     QStringLiteral("phone number %1 is too long: a %2 number has %3 digits, "
                                    "got %4")
                         .arg(InputText::quote(text), what)
                         .arg(expected)
                         .arg(national.size()));
    }
    number.m_national = national;
    return number;
}

Expected<QString> PhoneNumber::normalise(QStringView text)
{
    Expected<PhoneNumber> number = parse(text);
    if (!number)
        return number.error();
    return number->national();
}

QString PhoneNumber::international() const
{
    return m_national.isEmpty() ? QString() : QStringLiteral("+84") + m_national.mid(1);
}

} // namespace motcua
