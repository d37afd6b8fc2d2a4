#pragma once

#include "core/Expected.h"
#include "domain/Person.h"
#include "text/CitizenId.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace motcua {

// What the QR code on a chip-based citizen ID card (thẻ Căn cước công dân gắn chip, and the
// Căn cước card that followed it) carries: seven `|`-separated fields
//
//   ID number | old ID number | full name | date of birth | sex | permanent address | date of issue
//   001099012345|123456789|Nguyễn Văn An|01011999|Nam|Số 1 phố Huế, Hà Nội|15082021
//
// dates as ddMMyyyy, sex "Nam" or "Nữ". The code is read by a barcode gun, a webcam or from a
// scanned page, and fills the applicant section at intake, so parsing is strict: a code that is
// not exactly this is refused with the field at fault (Error.path) rather than fill the form with
// shifted or half-read values. What real cards and readers do is tolerated: an empty old ID
// number (the holder never had a CMND), a trailing `|`, text in decomposed form (NFD, normalised
// to NFC), white space around the code and around each field, runs of spaces inside the name or
// the address, and a byte-order mark.
//
// Beyond each field's format, the fields must agree with each other: the ID number encodes the
// sex and the birth year (CitizenId), which must be the card's, and a card is issued after its
// holder's birth and no earlier than 2016 (the first citizen ID cards, Circular 07/2016/TT-BCA).
//
// Error codes (path in parentheses):
//   citizenCard.empty                  nothing but white space
//   citizenCard.field_count            not 7 fields (a trailing empty 8th is allowed)
//   citizenCard.bad_id (idNumber)      not a valid 12-digit CCCD number; the message carries
//                                      CitizenId's reason
//   citizenCard.bad_old_id (oldIdNumber)   not empty, 9 or 12 digits
//   citizenCard.empty_name (fullName)
//   citizenCard.bad_name (fullName)    digits or control characters: a field boundary was lost
//   citizenCard.bad_birth_date (birthDate)  not a real ddMMyyyy date, or after the reference day
//   citizenCard.bad_sex (sex)          neither Nam nor Nữ (any letter case)
//   citizenCard.empty_address (address)
//   citizenCard.bad_address (address)  control characters
//   citizenCard.bad_issue_date (issueDate)  not a real ddMMyyyy date, before 2016, before the
//                                      birth date, or after the reference day
//   citizenCard.sex_mismatch (sex)     the ID number's 4th digit says the other sex
//   citizenCard.birth_year_mismatch (birthDate)  the ID number's digits 4-6 say another year
//   citizenCard.bad_reference_date     no valid reference date was given
struct CitizenCard {
    QString idNumber;    // 12 digits, checked by CitizenId
    QString oldIdNumber; // the CMND it replaced (9 digits; 12 for the 2012-2016 ones), or empty
    QString fullName;    // NFC, single spaces, as printed (often in capitals)
    QDate birthDate;
    CitizenId::Sex sex = CitizenId::Sex::Male;
    QString address; // permanent residence (nơi thường trú), NFC, single spaces
    QDate issueDate;

    // `reference` is the day the card is read (today in Vietnam, passed in so that the result
    // never depends on the clock): dates after it are refused.
    static Expected<CitizenCard> parse(QStringView text, QDate reference);

    // Whether `text` is shaped like a card's QR code (12 digits, then `|`, then at least five more
    // `|`, white space allowed around the fields): for a reader that gets a dossier code or a card
    // from the same gun to tell which one it was handed before parsing, so that a damaged card is
    // refused as a card with parse()'s reason instead of being looked up as a dossier code.
    static bool looksLikeCard(QStringView text);

    // The applicant fields it fills: full name, ID number, date of birth, address.
    Person toPerson() const;

    friend bool operator==(const CitizenCard&, const CitizenCard&) = default;
};

} // namespace motcua
