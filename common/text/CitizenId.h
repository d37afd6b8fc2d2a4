#pragma once

#include "core/Expected.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace motcua {

// A 12-digit citizen identification number (số CCCD / số định danh cá nhân), Decree 137/2015 and
// Circular 07/2016/TT-BCA (59/2021/TT-BCA):
//   digits 1–3  province of birth registration (CitizenIdProvince: 001 Hà Nội … 096 Cà Mau)
//   digit  4    century and sex: 0/1 male/female born 1900–1999, 2/3 2000–2099, 4/5 2100–2199,
//               6/7 2200–2299, 8/9 2300–2399
//   digits 5–6  last two digits of the birth year
//   digits 7–12 random.
// There is no checksum, so a well-formed number can still be someone else's: this catches typing
// slips (wrong length, letters, unknown province, a birth year in the future), nothing more.
//
// Error codes: citizenId.empty, citizenId.non_digit, citizenId.bad_length,
// citizenId.bad_province, citizenId.bad_birth_year, citizenId.bad_reference_date.
class CitizenId {
public:
    enum class Sex { Male, Female };

    // Strict: exactly 12 ASCII digits, no spaces (callers trim what users type). `reference` is
    // the day the number is checked (normally today in Vietnam, passed in so results never
    // depend on the clock); a birth year after reference.year() is refused.
    static Expected<CitizenId> parse(QStringView text, QDate reference);
    static bool isValid(QStringView text, QDate reference) { return parse(text, reference).ok(); }

    // Accepts either a CCCD (fully checked as above) or an old 9-digit CMND (format only, see
    // LegacyIdNumber): what a counter must accept as a personal ID number today.
    static Status validatePersonalId(QStringView text, QDate reference);

    const QString& number() const { return m_number; }
    int provinceCode() const { return m_provinceCode; }
    QString provinceCodeText() const { return m_number.left(3); } // "001"
    QString provinceName() const;
    Sex sex() const { return m_sex; }
    int birthYear() const { return m_birthYear; }

    friend bool operator==(const CitizenId&, const CitizenId&) = default;

private:
    CitizenId() = default;

    QString m_number;
    int m_provinceCode = 0;
    Sex m_sex = Sex::Male;
    int m_birthYear = 0;
};

} // namespace motcua
