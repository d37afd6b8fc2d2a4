#include "gui/dossier/DeadlineState.h"

#include "calendar/DeadlineCalculator.h"
#include "core/VnTime.h"
#include "gui/dossier/DossierText.h"

#include <algorithm>

namespace motcua::client {
namespace {

// Working days in (from, to], at most `cap` (a guard for absurd ranges).
int workingDaysAfter(const WorkingCalendar& calendar, const QDate& from, const QDate& to,
                     int cap = 400)
{
    int n = 0;
    QDate day = from;
    while (n < cap) {
        const auto next = calendar.nextWorkingDay(day);
        if (!next || *next > to)
            break;
        ++n;
        day = *next;
    }
    return n;
}

} // namespace

DeadlineState DeadlineState::evaluate(const Dossier& d, const QDateTime& now,
                                      const WorkingCalendar& calendar)
{
    const bool openPause =
        std::any_of(d.pauses.cbegin(), d.pauses.cend(), [](const Pause& p) { return p.isOpen(); });
    if (openPause && !isTerminal(d.status) && d.status != DossierStatus::Finished)
        return {Kind::Paused, tr("Clock stopped: waiting for the applicant")};
    return evaluate(d.status, d.appointmentAt, d.finishedAt, now, calendar, d.countedLate);
}

DeadlineState DeadlineState::evaluate(DossierStatus status, const QDateTime& appointmentAt,
                                      const QDateTime& finishedAt, const QDateTime& now,
                                      const WorkingCalendar& calendar, bool countedLate)
{
    switch (status) {
    case DossierStatus::NotAccepted:
        return {Kind::None, tr("No deadline: not accepted")};
    case DossierStatus::Withdrawn:
        return {Kind::None, tr("No deadline: withdrawn")};
    case DossierStatus::Stopped:
        return {Kind::None, tr("No deadline: processing stopped")};
    case DossierStatus::SupplementRequested:
    case DossierStatus::FinancialObligation:
        return {Kind::Paused, tr("Clock stopped: waiting for the applicant")};
    default:
        break;
    }
    if (!appointmentAt.isValid())
        return {Kind::None, tr("No appointment yet")};
    const QString due = DossierText::dateTime(appointmentAt);

    if (status == DossierStatus::Finished || status == DossierStatus::Returned) {
        const auto t = finishedAt.isValid()
                           ? DeadlineCalculator::classify(finishedAt, appointmentAt)
                           : Expected<Timeliness>(Timeliness::OnTime);
        const Timeliness timeliness =
            countedLate ? Timeliness::Late : (t ? *t : Timeliness::OnTime);
        const QString finished = DossierText::dateTime(finishedAt);
        switch (timeliness) {
        case Timeliness::Early:
            return {Kind::Early, tr("Finished early (%1, due %2)").arg(finished, due)};
        case Timeliness::OnTime:
            return {Kind::OnTime, tr("Finished on time (%1, due %2)").arg(finished, due)};
        case Timeliness::Late:
            return {Kind::Late, tr("Finished late (%1, due %2)").arg(finished, due)};
        }
    }

    const QDate today = vntime::civilDate(now);
    const QDate dueDay = vntime::civilDate(appointmentAt);
    if (now > appointmentAt) {
        const int late = workingDaysAfter(calendar, dueDay, today);
        if (late > 0)
            return {Kind::Overdue,
                    tr("Overdue by %n working day(s) (due %1)", nullptr, late).arg(due)};
        return {Kind::Overdue, tr("Overdue (due %1)").arg(due)};
    }
    if (dueDay == today)
        return {Kind::DueSoon,
                tr("Due today at %1")
                    .arg(vntime::civilTime(appointmentAt).toString(QStringLiteral("HH:mm")))};
    const auto nextWorking = calendar.nextWorkingDay(today);
    if (nextWorking && dueDay <= *nextWorking)
        return {Kind::DueSoon, tr("Due on the next working day (%1)").arg(due)};
    const int left = workingDaysAfter(calendar, today, dueDay);
    return {Kind::OnTrack,
            tr("On schedule: due %1, %n working day(s) left", nullptr, left).arg(due)};
}

QColor DeadlineState::colour(Kind kind)
{
    switch (kind) {
    case Kind::OnTrack:
    case Kind::Early:
    case Kind::OnTime:
        return QColor(0x2e, 0x7d, 0x32); // green
    case Kind::DueSoon:
        return QColor(0xf9, 0xa8, 0x25); // amber
    case Kind::Overdue:
    case Kind::Late:
        return QColor(0xc6, 0x28, 0x28); // red
    case Kind::Paused:
        return QColor(0x54, 0x6e, 0x7a); // grey-blue
    case Kind::None:
        break;
    }
    return QColor(0x9e, 0x9e, 0x9e);
}

QColor DeadlineState::textColour(Kind kind)
{
    if (kind == Kind::DueSoon)
        return QColor(0xb2, 0x6a, 0x00); // the amber, dark enough for text
    if (kind == Kind::None)
        return {};
    return colour(kind);
}

QColor DeadlineState::foreground() const
{
    return m_kind == Kind::DueSoon ? QColor(Qt::black) : QColor(Qt::white);
}

QString DeadlineState::kindText(Kind kind)
{
    switch (kind) {
    case Kind::None:
        return tr("No deadline");
    case Kind::Paused:
        return tr("Paused");
    case Kind::OnTrack:
        return tr("On schedule");
    case Kind::DueSoon:
        return tr("Due soon");
    case Kind::Overdue:
        return tr("Overdue");
    case Kind::Early:
        return tr("Early");
    case Kind::OnTime:
        return tr("On time");
    case Kind::Late:
        return tr("Late");
    }
    return {};
}

} // namespace motcua::client
