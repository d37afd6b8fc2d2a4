#pragma once

#include "core/Expected.h"

#include <QString>
#include <QStringView>

namespace motcua {

// A business tax code (mã số thuế): 10 digits for the enterprise ("0101234567"), or those 10
// digits, '-' and 3 digits for a dependent unit or branch ("0101234567-001"). Format only: the
// check digit (10th) is not verified, because its algorithm is not published as a regulation and
// refusing a real code at the counter costs more than accepting a mistyped one.
//
// Error codes: taxCode.empty, taxCode.non_digit, taxCode.bad_length, taxCode.bad_branch.
class TaxCode {
public:
    static Expected<TaxCode> parse(QStringView text);
    static bool isValid(QStringView text) { return parse(text).ok(); }

    const QString& base() const { return m_base; }     // the 10 digits
    const QString& branch() const { return m_branch; } // the 3 digits, empty for the enterprise
    bool isBranch() const { return !m_branch.isEmpty(); }
    QString toString() const;

    friend bool operator==(const TaxCode&, const TaxCode&) = default;

private:
    TaxCode() = default;

    QString m_base;
    QString m_branch;
};

} // namespace motcua
