#pragma once

#include "calendar/CalendarSettings.h"
#include "calendar/DayInfo.h"
#include "core/Expected.h"

#include <memory>

#include <QDate>
#include <QList>

namespace motcua {

// Which days are working days and when, for 1900–2100: the weekly pattern of the settings,
// Vietnam's public holidays and compensatory days (PublicHolidays), and on top of everything the
// administrator's overrides (extra days off, swapped working days), which always win.
//
// A working override uses its own periods, or else the day's weekly periods, or else (a rest day
// made working, like a Saturday worked in exchange for a bridge day) the "standard weekday": the
// first of Monday..Sunday that has periods. A working override in settings with no working hours
// at all has no periods and stays a non-working day. When several overrides name one date, the
// last one wins.
//
// Thread safety: const member functions may be called from any number of threads at once. Each
// year is computed once, on first use, behind a std::call_once; after that a lookup is an index
// into a table. Copies are cheap and share that cache (it depends only on the settings).
// Errors: "calendar.invalid_date", "calendar.year_out_of_range".
class WorkingCalendar {
public:
    static constexpr int kFirstYear = 1900;
    static constexpr int kLastYear = 2100;

    explicit WorkingCalendar(const CalendarSettings& settings = CalendarSettings::standard());

    const CalendarSettings& settings() const;

    // Checks settings an administrator submits: periods valid and not overlapping, at least one
    // working weekday, a valid cut-off, overrides with valid in-range dates, one per date.
    // Codes: "calendar.invalid_period", "calendar.overlapping_periods", "calendar.no_working_days",
    // "calendar.invalid_cutoff", "calendar.invalid_override", "calendar.duplicate_override".
    // The calendar itself also accepts unvalidated settings (it normalises periods).
    static Status validate(const CalendarSettings& settings);

    static bool supports(const QDate& date);

    // False for non-working days, and also for invalid or out-of-range dates (use dayInfo() to
    // tell those apart).
    bool isWorkingDay(const QDate& date) const;

    Expected<DayInfo> dayInfo(const QDate& date) const;

    // Every non-working date of `year` in date order, weekly rest days included, each once.
    Expected<QList<DayInfo>> nonWorkingDays(int year) const;

    // The working periods of a date, sorted; empty on a non-working day.
    Expected<QList<WorkPeriod>> periodsOn(const QDate& date) const;

    // The first working day strictly after `date`.
    Expected<QDate> nextWorkingDay(const QDate& date) const;

    // The n-th working day after `from` (n > 0), before it (n < 0), or `from` itself (n = 0).
    // `from` need not be a working day. Fails when the answer would leave 1900–2100.
    Expected<QDate> addWorkingDays(const QDate& from, int n) const;

private:
    struct Impl;
    std::shared_ptr<const Impl> m_impl;
};

} // namespace motcua
