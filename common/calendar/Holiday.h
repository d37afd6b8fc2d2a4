#pragma once

#include <QDate>
#include <QString>

namespace motcua {

// One statutory day off: a public holiday or the compensatory day it gives. `reason` is a code
// from DayReason.h ("holiday.tet", "compensatory", ...), `label` its Vietnamese name for display
// ("Tết Nguyên đán", "Nghỉ bù Quốc khánh").
struct Holiday {
    QDate date;
    QString reason;
    QString label;

    friend bool operator==(const Holiday&, const Holiday&) = default;
};

} // namespace motcua
