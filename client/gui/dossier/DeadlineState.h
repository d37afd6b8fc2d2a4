#pragma once

#include "calendar/WorkingCalendar.h"
#include "domain/Dossier.h"

#include <QColor>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace motcua::client {

// Where a dossier stands against its appointment (hẹn trả), in words and a colour, for the
// counter's screens. Judged at the moment `now` the caller passes (tests pass a fixed instant).
//
// While the dossier runs:
//   - OnTrack (green): the appointment is two or more working days away;
//   - DueSoon (amber): the appointment falls today or on the next working day and has not passed.
//     We count working days, not 24 clock hours: a dossier due Monday is "due soon" on Friday,
//     and a clerk reads "due today / next working day" more readily than an hour count;
//   - Overdue (red): the appointment instant has passed.
// Once finished (or returned): Early / OnTime (green) or Late (red) by DeadlineCalculator's
// day-level rule; a dossier forced late (e.g. a second supplement request) is Late.
// Paused (grey-blue): waiting for the applicant's supplement or financial obligation, the clock
// is stopped. None (grey): no deadline (not accepted, withdrawn, stopped, or no appointment yet).
class DeadlineState {
    Q_DECLARE_TR_FUNCTIONS(DeadlineState)
public:
    enum class Kind { None, Paused, OnTrack, DueSoon, Overdue, Early, OnTime, Late };

    static DeadlineState evaluate(const Dossier& dossier, const QDateTime& now,
                                  const WorkingCalendar& calendar);
    // For a list row, where only the summary is at hand (no pauses: a paused dossier has status
    // SupplementRequested or FinancialObligation).
    static DeadlineState evaluate(DossierStatus status, const QDateTime& appointmentAt,
                                  const QDateTime& finishedAt, const QDateTime& now,
                                  const WorkingCalendar& calendar, bool countedLate = false);

    Kind kind() const { return m_kind; }
    const QString& text() const { return m_text; }
    QColor background() const { return colour(m_kind); }
    QColor foreground() const;
    // The one place the deadline colours are chosen: a badge's background, and the same meaning
    // as text on the window's background (amber darkened to stay readable), for every screen
    // that shows a deadline (dossier view, history, lookup list, work queues).
    static QColor colour(Kind kind);
    static QColor textColour(Kind kind);
    // Short word for the kind alone ("Overdue"), for a list column.
    static QString kindText(Kind kind);

private:
    DeadlineState(Kind kind, QString text)
        : m_kind(kind)
        , m_text(std::move(text))
    {}

    Kind m_kind;
    QString m_text;
};

} // namespace motcua::client
