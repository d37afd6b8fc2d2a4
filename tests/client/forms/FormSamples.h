#pragma once

#include "forms/FormData.h"

namespace motcua::test {

// Realistic inputs for the printed forms: Vietnamese names with stacked diacritics, a component
// name with HTML-special characters, times whose Vietnam date differs from the date in
// America/Los_Angeles (the zone tests run in), and a history with every kind of hand-over.
namespace forms {

inline constexpr char kOwner[] = "Nguyễn Thị Ngọc Ánh";
inline constexpr char kCode[] = "000.00.53.H48-261120-0042";
inline constexpr char kSpecialComponent[] = "Bản sao <Giấy> xác nhận & \"tình trạng\" hôn nhân";

// Accepted at 07:45 on 20/11/2026 (Vietnam) = 16:45 on 19/11 in Los Angeles; appointment
// 08:00 on 25/11/2026 = 17:00 on 24/11 in Los Angeles.
motcua::client::FormData receipt();
// The same dossier, two components missing or wrong, a multi-line reason.
motcua::client::FormData supplement();
motcua::client::FormData refusal();
// In progress at the "approve" step: three hand-overs done (early, on time, late), two to come.
motcua::client::FormData controlSlip();
// `count` dossiers received from 16/11/2026 on, a few per day, and two outside the range.
motcua::client::FormData registerBook(int count);
// Separator sheets for the receipt's dossier: one per received component (three of the four:
// the Giấy chứng sinh was not brought).
motcua::client::FormData separator();
// Mẫu 04 for the receipt's dossier: a pending proposal, then the approved apology (reason with
// a line break, new appointment 08:00 on 30/11/2026 Vietnam = 16:00 on 29/11 in Los Angeles).
motcua::client::FormData apology();

} // namespace forms
} // namespace motcua::test
