#pragma once

#include <QList>
#include <QStringView>

namespace motcua {

// The 3-digit codes that open a citizen identification number (CCCD / số định danh cá nhân):
// the province or centrally-run city where the birth was registered, from Appendix 1 of
// Circular 07/2016/TT-BCA (kept by Circular 59/2021/TT-BCA). 63 codes, 001 Hà Nội … 096 Cà Mau.
// The 2025 province mergers do not renumber identity numbers already issued, so the table keeps
// the 63 historical provinces; the names are those of the time, not today's provinces.
class CitizenIdProvince {
public:
    // The province name for a code, or an empty view for an unknown code.
    static QStringView name(int code);
    static bool isKnown(int code) { return !name(code).isEmpty(); }
    // All 63 codes in ascending order.
    static QList<int> codes();
};

} // namespace motcua
