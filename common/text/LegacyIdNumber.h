#pragma once

#include "core/Expected.h"

#include <QStringView>

namespace motcua {

// The old 9-digit identity card number (Chứng minh nhân dân, CMND), still printed on many papers
// and accepted where the holder has not switched to a CCCD. Its digits encode nothing that can be
// checked, so only the format is validated. (12-digit CMNDs issued 2012–2016 follow the CCCD
// structure and are checked as CitizenId.)
//
// Error codes: legacyId.empty, legacyId.non_digit, legacyId.bad_length.
class LegacyIdNumber {
public:
    static constexpr qsizetype kLength = 9;

    static Status validate(QStringView text);
    static bool isValid(QStringView text) { return validate(text).ok(); }
};

} // namespace motcua
