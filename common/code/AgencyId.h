#pragma once

#include "core/Expected.h"

#include <QStringView>

namespace motcua {

// Agency identifier (mã định danh cơ quan, QCVN 102:2016/BTTTT), e.g. "000.00.53.H48",
// "000.00.12.H62", ministries like "000.00.00.G09": 3 digits '.' 2 digits '.' 2 digits '.' one
// capital letter A–Z and 2 digits — 13 characters. It opens every dossier code, so it is checked
// strictly: no spaces, no lower case, ASCII digits only.
//
// Error codes: agencyId.empty, agencyId.bad_format, agencyId.bad_length.
class AgencyId {
public:
    static constexpr qsizetype kLength = 13;

    static Status validate(QStringView text);
    static bool isValid(QStringView text);
};

} // namespace motcua
