#pragma once

#include "core/Expected.h"

#include <QString>
#include <QStringView>

namespace motcua {

// A Vietnamese phone number, kept in national form "0xxxxxxxxx" (what people write and what SMS
// gateways in Vietnam accept), checked against the numbering plan in force since the 2018
// conversions:
//   - mobile: 10 digits, prefixes 032–039, 052/055/056/058/059, 070/076–079, 081–089, 090–099;
//   - landline: 11 digits starting 02 (area code 02x/02xx + subscriber number).
// Input may contain spaces, dots, dashes, slashes and parentheses, and may carry the country code
// as "+84", "84" or "0084", with or without the trunk "(0)" after it.
//
// Error codes: phone.empty, phone.letters, phone.bad_character, phone.foreign_number,
// phone.too_short, phone.too_long, phone.unknown_prefix.
class PhoneNumber {
public:
    enum class Kind { Mobile, Landline };

    static Expected<PhoneNumber> parse(QStringView text);
    // parse(text) → national form, e.g. "+84 (0) 912.345.678" → "0912345678".
    static Expected<QString> normalise(QStringView text);
    static bool isValid(QStringView text) { return parse(text).ok(); }

    const QString& national() const { return m_national; } // "0912345678"
    QString international() const;                         // "+84912345678" (E.164)
    Kind kind() const { return m_kind; }

    friend bool operator==(const PhoneNumber&, const PhoneNumber&) = default;

private:
    PhoneNumber() = default;

    QString m_national;
    Kind m_kind = Kind::Mobile;
};

} // namespace motcua
