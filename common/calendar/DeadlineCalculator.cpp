#include "calendar/DeadlineCalculator.h"

#include "core/VnTime.h"

#include <algorithm>
#include <utility>

namespace motcua {

namespace {

constexpr qint64 kUnixEpochJulianDay = 2440588;
constexpr qint64 kMsPerDay = 86400000;
constexpr qint64 kMsPerHour = 3600000;

// The instant at which the Vietnamese civil clock shows `date` `time`, in ms since the epoch.
// Plain arithmetic, because the hours walk does this for every period of every day it crosses.
qint64 civilMs(const QDate& date, const QTime& time)
{
    return (date.toJulianDay() - kUnixEpochJulianDay) * kMsPerDay + time.msecsSinceStartOfDay() -
           qint64(vntime::kOffsetSeconds) * 1000;
}

QDateTime fromMs(qint64 ms)
{
    return vntime::toVietnam(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC));
}

Error invalidInstant(const QString& path)
{
    return Error{QStringLiteral("deadline.invalid_instant"),
                 QStringLiteral("invalid date and time"), path};
}

Error invalidPause(qsizetype index, const QString& field, const QString& message)
{
    return Error{QStringLiteral("deadline.invalid_pause"), message,
                 QStringLiteral("pauses[%1].%2").arg(index).arg(field)};
}

} // namespace

DeadlineCalculator::DeadlineCalculator(WorkingCalendar calendar)
    : m_calendar(std::move(calendar))
{}

Expected<qint64> DeadlineCalculator::clockStartMs(const QDateTime& at) const
{
    if (!at.isValid())
        return invalidInstant(QStringLiteral("receivedAt"));
    const QDate date = vntime::civilDate(at);
    const QTime time = vntime::civilTime(at);
    const Expected<DayInfo> day = m_calendar.dayInfo(date);
    if (!day)
        return day.error();
    if (day->working) {
        // Counting starts today only before the cut-off and before the office closes, whichever
        // comes first (a Saturday-morning counter closes before a 15:00 cut-off).
        QTime threshold = day->periods.last().end;
        const QTime cutoff = m_calendar.settings().cutoff;
        if (cutoff.isValid() && cutoff < threshold)
            threshold = cutoff;
        if (time < threshold) {
            for (const WorkPeriod& p : day->periods) {
                if (time < p.end)
                    return time < p.start ? civilMs(date, p.start) : civilMs(date, time);
            }
        }
    }
    const Expected<QDate> next = m_calendar.nextWorkingDay(date);
    if (!next)
        return next.error();
    const Expected<QList<WorkPeriod>> periods = m_calendar.periodsOn(*next);
    if (!periods)
        return periods.error();
    return civilMs(*next, periods->first().start);
}

Expected<QDateTime> DeadlineCalculator::clockStart(const QDateTime& receivedAt) const
{
    const Expected<qint64> ms = clockStartMs(receivedAt);
    if (!ms)
        return ms.error();
    return fromMs(*ms);
}

Expected<QDate> DeadlineCalculator::effectiveReceiptDate(const QDateTime& receivedAt) const
{
    const Expected<qint64> ms = clockStartMs(receivedAt);
    if (!ms)
        return ms.error();
    return vntime::civilDate(fromMs(*ms));
}

// The paused spans that matter for a receipt, as [pause.from, restart) in ms, sorted and merged.
// Validates every pause first, so an open pause is reported even if it would not matter.
Expected<QList<DeadlineCalculator::Span>>
DeadlineCalculator::pausedSpans(const QDateTime& receivedAt, const QList<Pause>& pauses) const
{
    for (qsizetype i = 0; i < pauses.size(); ++i) {
        const Pause& p = pauses[i];
        if (!p.from.isValid())
            return invalidPause(i, QStringLiteral("from"), QStringLiteral("pause has no start"));
        if (p.isOpen())
            return Error{QStringLiteral("deadline.paused"),
                         QStringLiteral("the clock is stopped until the pause ends"),
                         QStringLiteral("pauses[%1].to").arg(i)};
        if (!p.to.isValid() || p.to < p.from)
            return invalidPause(i, QStringLiteral("to"),
                                QStringLiteral("pause must end at or after its start"));
    }
    const qint64 received = receivedAt.toMSecsSinceEpoch();
    QList<Span> spans;
    for (const Pause& p : pauses) {
        if (p.to.toMSecsSinceEpoch() <= received)
            continue;
        const Expected<qint64> restart = clockStartMs(p.to);
        if (!restart)
            return restart.error();
        spans.append(Span{std::max(p.from.toMSecsSinceEpoch(), received), *restart});
    }
    std::sort(spans.begin(), spans.end(),
              [](const Span& a, const Span& b) { return a.from < b.from; });
    QList<Span> merged;
    for (const Span& s : spans) {
        if (!merged.isEmpty() && s.from <= merged.last().to)
            merged.last().to = std::max(merged.last().to, s.to);
        else
            merged.append(s);
    }
    return merged;
}

Expected<QDateTime> DeadlineCalculator::dueAt(const QDateTime& receivedAt, const Duration& duration,
                                              const QList<Pause>& pauses) const
{
    if (!receivedAt.isValid())
        return invalidInstant(QStringLiteral("receivedAt"));
    if (duration.value < 0)
        return Error{QStringLiteral("deadline.invalid_duration"),
                     QStringLiteral("a duration cannot be negative"),
                     QStringLiteral("duration.value")};
    if (duration.unit == DurationUnit::WorkingHours)
        return dueAfterHours(receivedAt, duration.value, pauses);
    return dueAfterDays(receivedAt, duration.value, pauses,
                        duration.unit == DurationUnit::CalendarDays);
}

Expected<QDateTime> DeadlineCalculator::dueAfterDays(const QDateTime& receivedAt, int days,
                                                     const QList<Pause>& pauses,
                                                     bool calendarDays) const
{
    const Expected<QList<Span>> spans = pausedSpans(receivedAt, pauses);
    if (!spans)
        return spans.error();
    const Expected<QDate> start = effectiveReceiptDate(receivedAt);
    if (!start)
        return start.error();

    // Each pause turns into the working days (P, R] that do not count; see the header.
    QList<std::pair<QDate, QDate>> skipped;
    for (const Span& s : *spans) {
        const Expected<qint64> stop = clockStartMs(fromMs(s.from));
        if (!stop)
            return stop.error();
        const QDate p = vntime::civilDate(fromMs(*stop));
        const QDate r = vntime::civilDate(fromMs(s.to)); // s.to is already a restart instant
        if (p < r)
            skipped.append({p, r});
    }
    auto isSkipped = [&](const QDate& d) {
        return std::any_of(skipped.begin(), skipped.end(),
                           [&](const auto& range) { return range.first < d && d <= range.second; });
    };

    QDate due = *start;
    for (int counted = 0; counted < days;) {
        if (calendarDays) {
            due = due.addDays(1);
        } else {
            const Expected<QDate> next = m_calendar.nextWorkingDay(due);
            if (!next)
                return next.error();
            due = *next;
        }
        if (!isSkipped(due))
            ++counted;
    }
    // Calendar days: a last day that is a rest day or a holiday ends at the next working day.
    if (calendarDays && !m_calendar.isWorkingDay(due)) {
        const Expected<QDate> next = m_calendar.nextWorkingDay(due);
        if (!next)
            return next.error();
        due = *next;
    }
    const Expected<QList<WorkPeriod>> periods = m_calendar.periodsOn(due);
    if (!periods)
        return periods.error();
    return vntime::fromCivil(due, periods->last().end);
}

Expected<QDateTime> DeadlineCalculator::dueAfterHours(const QDateTime& receivedAt, int hours,
                                                      const QList<Pause>& pauses) const
{
    const Expected<QList<Span>> spans = pausedSpans(receivedAt, pauses);
    if (!spans)
        return spans.error();
    const Expected<qint64> start = clockStartMs(receivedAt);
    if (!start)
        return start.error();

    qint64 remaining = qint64(hours) * kMsPerHour;
    for (QDate day = vntime::civilDate(fromMs(*start));; day = day.addDays(1)) {
        const Expected<DayInfo> info = m_calendar.dayInfo(day);
        if (!info)
            return info.error();
        for (const WorkPeriod& period : info->periods) {
            const qint64 end = civilMs(day, period.end);
            qint64 pos = std::max(civilMs(day, period.start), *start);
            if (pos >= end)
                continue;
            // The running pieces of this period: what the pauses leave of [pos, end).
            for (const Span& s : *spans) {
                if (s.to <= pos)
                    continue;
                if (s.from >= end)
                    break;
                if (s.from > pos) {
                    if (remaining <= s.from - pos)
                        return fromMs(pos + remaining);
                    remaining -= s.from - pos;
                }
                pos = std::max(pos, s.to);
                if (pos >= end)
                    break;
            }
            if (pos < end) {
                if (remaining <= end - pos)
                    return fromMs(pos + remaining);
                remaining -= end - pos;
            }
        }
    }
}

Expected<qint64> DeadlineCalculator::workingSecondsBetween(const QDateTime& from,
                                                           const QDateTime& to) const
{
    if (!from.isValid())
        return invalidInstant(QStringLiteral("from"));
    if (!to.isValid())
        return invalidInstant(QStringLiteral("to"));
    if (to < from) {
        Expected<qint64> back = workingSecondsBetween(to, from);
        if (!back)
            return back;
        return -*back;
    }
    const qint64 a = from.toMSecsSinceEpoch();
    const qint64 b = to.toMSecsSinceEpoch();
    qint64 total = 0;
    const QDate last = vntime::civilDate(to);
    for (QDate day = vntime::civilDate(from); day <= last; day = day.addDays(1)) {
        const Expected<DayInfo> info = m_calendar.dayInfo(day);
        if (!info)
            return info.error();
        for (const WorkPeriod& period : info->periods) {
            const qint64 lo = std::max(civilMs(day, period.start), a);
            const qint64 hi = std::min(civilMs(day, period.end), b);
            if (hi > lo)
                total += hi - lo;
        }
    }
    return total / 1000;
}

Expected<Timeliness> DeadlineCalculator::classify(const QDateTime& finishedAt,
                                                  const QDateTime& appointmentAt)
{
    if (!finishedAt.isValid())
        return invalidInstant(QStringLiteral("finishedAt"));
    if (!appointmentAt.isValid())
        return invalidInstant(QStringLiteral("appointmentAt"));
    const QDate finished = vntime::civilDate(finishedAt);
    const QDate appointment = vntime::civilDate(appointmentAt);
    if (finished < appointment)
        return Timeliness::Early;
    if (finished == appointment)
        return Timeliness::OnTime;
    return Timeliness::Late;
}

} // namespace motcua
