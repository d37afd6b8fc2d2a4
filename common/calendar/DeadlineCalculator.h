#pragma once

#include "calendar/WorkingCalendar.h"
#include "core/Expected.h"
#include "domain/Duration.h"
#include "domain/Enums.h"
#include "domain/Pause.h"

#include <QDateTime>
#include <QList>

namespace motcua {

// Statutory deadlines (N working days or H working hours) over a WorkingCalendar. All civil
// reasoning is in Vietnam time whatever the machine's zone; results carry the +07:00 offset.
//
// Rules a caller must know:
// - Effective start. A dossier received on a working day before the cut-off (settings, default
//   15:00) and before the end of the day's last working period counts from that instant (from
//   the next period if it arrives in a gap, e.g. at lunch or before opening); otherwise (at or
//   after the cut-off, after hours, on a rest day or holiday) it counts from the start of the next
//   working day. effectiveReceiptDate()/clockStart() expose this.
// - N working days: due on the N-th working day after the effective day of receipt (the day of
//   receipt itself is day 0), at the end of that day's last working period (17:00 by default).
//   N = 0 means the end of the effective day itself.
// - N calendar days: the same, every day counting (rest days and holidays too); when the N-th
//   day is not a working day the deadline is the end of the next working day (Civil Code 2015,
//   art. 148). Pauses move it by the calendar days in (P, R].
// - H working hours: counted inside working periods from clockStart(); the due instant is the
//   moment the H-th hour is complete, so it may be the very end of a period (e.g. 17:00), never
//   a time outside the periods.
// - Pauses (waiting for a supplement or a financial obligation) stop the clock. Any open pause
//   means there is no deadline: error "deadline.paused". The clock restarts at resumption by the
//   same rule as a receipt: a resumption at/after the cut-off or outside hours restarts it at the
//   start of the next working day. Parts of a pause before the receipt are ignored.
//   * Hours: working time in [pause.from, restart) does not count.
//   * Days: days are counted whole. A pause "starts" on the effective day of pause.from (P) and
//     "ends" on the effective day of pause.to (R); day P still counts (work was done on it) and
//     the working days after P up to and including R do not, R then playing the role of a new
//     day of receipt. So the deadline moves by the number of working days in (P, R]: nothing for
//     a pause within one non-working gap (a weekend, a night, Tết) or begun and ended before the
//     cut-off of one working day; one day for a pause from Monday morning to Tuesday morning,
//     or from Monday morning to Monday after the cut-off. (The "non-working gap" case needs the
//     cut-off inside a working period, as 15:00 is; a cut-off inside the lunch break would make
//     a lunchtime pause ending after it count as a resumption after the cut-off.)
// - Timeliness is judged at day level: finished before the appointment's civil date = early,
//   on it = on time, after it = late.
// Errors: "deadline.invalid_instant", "deadline.invalid_duration", "deadline.invalid_pause",
// "deadline.paused", and the calendar's own ("calendar.year_out_of_range" near 2100).
class DeadlineCalculator {
public:
    explicit DeadlineCalculator(WorkingCalendar calendar);

    const WorkingCalendar& calendar() const { return m_calendar; }

    // The working day a receipt (or a resumption) counts from.
    Expected<QDate> effectiveReceiptDate(const QDateTime& receivedAt) const;

    // The first instant of working time the clock counts from for a receipt (or resumption).
    Expected<QDateTime> clockStart(const QDateTime& receivedAt) const;

    // The appointment instant (hẹn trả) for `duration` from `receivedAt`, excluding `pauses`.
    Expected<QDateTime> dueAt(const QDateTime& receivedAt, const Duration& duration,
                              const QList<Pause>& pauses = {}) const;

    // Working time (inside working periods) elapsed from `from` to `to`, in seconds; negative when
    // `to` is before `from`. No cut-off rule applies: this measures time actually worked, e.g.
    // how many working hours remain before a deadline.
    Expected<qint64> workingSecondsBetween(const QDateTime& from, const QDateTime& to) const;

    // Early / on time / late, comparing Vietnam civil dates.
    static Expected<Timeliness> classify(const QDateTime& finishedAt,
                                         const QDateTime& appointmentAt);

private:
    struct Span {
        qint64 from;
        qint64 to;
    };

    Expected<qint64> clockStartMs(const QDateTime& at) const;
    Expected<QList<Span>> pausedSpans(const QDateTime& receivedAt,
                                      const QList<Pause>& pauses) const;
    Expected<QDateTime> dueAfterDays(const QDateTime& receivedAt, int days,
                                     const QList<Pause>& pauses, bool calendarDays) const;
    Expected<QDateTime> dueAfterHours(const QDateTime& receivedAt, int hours,
                                      const QList<Pause>& pauses) const;

    WorkingCalendar m_calendar;
};

} // namespace motcua
