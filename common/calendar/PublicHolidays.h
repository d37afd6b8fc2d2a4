#pragma once

#include "calendar/CalendarSettings.h"
#include "calendar/Holiday.h"
#include "calendar/HolidayRule.h"
#include "core/Expected.h"

#include <span>

#include <QList>

namespace motcua {

// Vietnam's statutory public holidays (Labour Code 2019, art. 112, and the earlier rules kept in
// rules()) for any year 1900–2100, with the compensatory days they give. These are computed
// defaults: the government fixes the exact Tết days and swaps working days every year, which
// administrators enter as CalendarSettings::overrides on top (see WorkingCalendar).
//
// Default rules a caller must know:
// - Tết: the last day of the old lunar year plus days 1–4 of the new one (1–3 before 2013).
// - 2 September's adjacent day (from 2021) is 1 or 3 September: one that is a working day by the
//   weekly pattern (a day off that is already a rest day would just turn into a compensatory
//   day); among those, one whose other neighbour (31 August or 4 September) is a weekly rest day,
//   so the break joins the weekend; otherwise, and on a tie, 1 September. With Monday–Friday
//   weeks: 2/9 on Monday → 3/9, Tuesday → 1/9, Wednesday → 1/9, Thursday → 3/9, Friday → 1/9,
//   Saturday → 1/9, Sunday → 3/9.
// - Compensatory days: each holiday that falls on a weekly rest day gives one day off on the
//   next working day after its block of consecutive holidays (skipping rest days, holidays and
//   compensatory days already given), in the order of the holidays.
// Errors: "calendar.year_out_of_range".
class PublicHolidays {
public:
    // The legal history, oldest first; the first rule also covers every year before its
    // successor back to 1900 (older law is not modelled).
    static std::span<const HolidayRule> rules();
    static const HolidayRule& ruleFor(int year);

    // The statutory holidays of `year`, without compensatory days, sorted by date. The settings
    // matter only for the choice of 2 September's adjacent day.
    static Expected<QList<Holiday>>
    statutory(int year, const CalendarSettings& settings = CalendarSettings::standard());

    // The statutory holidays plus their compensatory days, sorted by date.
    static Expected<QList<Holiday>>
    forYear(int year, const CalendarSettings& settings = CalendarSettings::standard());
};

} // namespace motcua
