#pragma once

#include "core/Expected.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace motcua {

// The code of a dossier, printed on the receipt and its QR code, typed at kiosks and sent by SMS:
//   {receiving agency identifier}-{yyMMdd}-{NNNN}    e.g. "000.00.53.H48-220921-0099"
// The date is the Vietnam civil day of reception, years 2000–2099 (yy → 20yy); NNNN is the
// agency's sequence for that day, 0001–9999 (see SequenceAllocator). 25 characters in all.
//
// parse() is strict because codes are looked up by exact text: no spaces, upper-case agency
// letter, a real calendar date, four digits. Its errors name the part that is wrong:
//   dossierCode.empty, dossierCode.bad_format (not three '-'-separated parts),
//   dossierCode.bad_agency (see AgencyId), dossierCode.bad_date (not 6 digits),
//   dossierCode.no_such_date (e.g. 310231 = 31 February), dossierCode.bad_sequence (not 4
//   digits), dossierCode.sequence_out_of_range (0000, or outside 1–9999 in make()),
//   dossierCode.date_out_of_range (make() with a year outside 2000–2099).
// Error.path names the part: "agencyId", "date" or "sequence" (empty for the whole code).
//
// A default-constructed DossierCode is invalid (isValid() false, toString() empty); every code
// obtained from make() or parse() is valid, and parse(c.toString()) == c.
class DossierCode {
public:
    static constexpr int kMaxSequence = 9999;

    DossierCode() = default;

    static Expected<DossierCode> make(const QString& agencyId, QDate date, int sequence);
    static Expected<DossierCode> parse(QStringView text);

    bool isValid() const { return m_sequence > 0; }
    const QString& agencyId() const { return m_agencyId; }
    QDate date() const { return m_date; }
    int sequence() const { return m_sequence; }

    QString toString() const;

    friend bool operator==(const DossierCode&, const DossierCode&) = default;

private:
    QString m_agencyId;
    QDate m_date;
    int m_sequence = 0;
};

} // namespace motcua
