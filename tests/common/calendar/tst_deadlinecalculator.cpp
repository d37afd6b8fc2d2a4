#include "TestDates.h"
#include "calendar/DeadlineCalculator.h"
#include "core/VnTime.h"

#include <QtTest>

using namespace motcua;
using motcua::test::d;
using motcua::test::vn;

namespace {

Pause pause(const QDateTime& from, const QDateTime& to)
{
    return Pause{PauseKind::Supplement, from, to, QString()};
}

// The instant's Vietnam civil time lies within (or at an end of) one of its day's periods.
bool insideWorkingTime(const WorkingCalendar& cal, const QDateTime& instant)
{
    const QDate date = vntime::civilDate(instant);
    const QTime time = vntime::civilTime(instant);
    if (!cal.isWorkingDay(date))
        return false;
    const QList<WorkPeriod> periods = cal.periodsOn(date).value();
    for (const WorkPeriod& p : periods) {
        if (p.start <= time && time <= p.end)
            return true;
    }
    return false;
}

// If `at` lies outside working time, the end of that non-working gap (the next period start);
// otherwise a null instant.
QDateTime gapEnd(const WorkingCalendar& cal, const QDateTime& at)
{
    const QDate date = vntime::civilDate(at);
    const QTime time = vntime::civilTime(at);
    const QList<WorkPeriod> periods = cal.periodsOn(date).value();
    for (const WorkPeriod& p : periods) {
        if (p.start <= time && time < p.end)
            return QDateTime();
        if (time < p.start)
            return vntime::fromCivil(date, p.start);
    }
    const QDate next = cal.nextWorkingDay(date).value();
    return vntime::fromCivil(next, cal.periodsOn(next).value().first().start);
}

} // namespace

class TstDeadlineCalculator : public QObject {
    Q_OBJECT
    const DeadlineCalculator m_calc{WorkingCalendar()};

private slots:
    void workingDays_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("due");
        // Monday 3 June 2024; five working days end on Monday 10th at 17:00.
        QTest::newRow("morning") << vn(2024, 6, 3, 9, 0) << 5 << vn(2024, 6, 10, 17, 0);
        QTest::newRow("before opening") << vn(2024, 6, 3, 6, 0) << 5 << vn(2024, 6, 10, 17, 0);
        QTest::newRow("lunch") << vn(2024, 6, 3, 12, 0) << 5 << vn(2024, 6, 10, 17, 0);
        QTest::newRow("14:59") << vn(2024, 6, 3, 14, 59) << 5 << vn(2024, 6, 10, 17, 0);
        QTest::newRow("at cut-off") << vn(2024, 6, 3, 15, 0) << 5 << vn(2024, 6, 11, 17, 0);
        QTest::newRow("after cut-off") << vn(2024, 6, 3, 16, 30) << 5 << vn(2024, 6, 11, 17, 0);
        QTest::newRow("after hours") << vn(2024, 6, 3, 18, 0) << 5 << vn(2024, 6, 11, 17, 0);
        QTest::newRow("Friday late") << vn(2024, 6, 7, 15, 30) << 1 << vn(2024, 6, 11, 17, 0);
        QTest::newRow("Saturday") << vn(2024, 6, 8, 10, 0) << 5 << vn(2024, 6, 17, 17, 0);
        QTest::newRow("Sunday") << vn(2024, 6, 9, 8, 0) << 5 << vn(2024, 6, 17, 17, 0);
        // On 30 April 2024 (Tuesday; 1 May is off too) → counts from Thursday 2 May.
        QTest::newRow("holiday") << vn(2024, 4, 30, 9, 0) << 3 << vn(2024, 5, 7, 17, 0);
        // Across Tết 2024: 9–15 February off (Tết + two compensatory days).
        QTest::newRow("across Tet") << vn(2024, 2, 7, 10, 0) << 3 << vn(2024, 2, 19, 17, 0);
        QTest::newRow("eve of Tet late") << vn(2024, 2, 8, 15, 0) << 1 << vn(2024, 2, 19, 17, 0);
        QTest::newRow("zero days") << vn(2024, 6, 3, 9, 0) << 0 << vn(2024, 6, 3, 17, 0);
        QTest::newRow("zero days late") << vn(2024, 6, 3, 16, 0) << 0 << vn(2024, 6, 4, 17, 0);
        // 16:30 in Vietnam is 09:30 UTC and 02:30 in Los Angeles: only Vietnam time is after
        // the cut-off.
        QTest::newRow("utc instant")
            << QDateTime(d(2024, 6, 3), QTime(9, 30), Qt::UTC) << 5 << vn(2024, 6, 11, 17, 0);
        // 20:00 UTC on Sunday 2 June is already Monday 03:00 in Vietnam.
        QTest::newRow("utc previous day")
            << QDateTime(d(2024, 6, 2), QTime(20, 0), Qt::UTC) << 5 << vn(2024, 6, 10, 17, 0);
    }
    void workingDays()
    {
        QFETCH(QDateTime, received);
        QFETCH(int, days);
        QFETCH(QDateTime, due);
        const QDateTime got = m_calc.dueAt(received, Duration::days(days)).value();
        QCOMPARE(got, due);
        QCOMPARE(got.offsetFromUtc(), 7 * 3600);
    }

    // Calendar days ("ngày"): every day counts; a last day off ends on the next working day.
    void calendarDays_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDateTime>("due");
        // Monday 3 June 2024 + 5 days: Saturday 8th is off, so Monday 10th.
        QTest::newRow("ends on a Saturday") << vn(2024, 6, 3, 9, 0) << 5 << vn(2024, 6, 10, 17, 0);
        // + 3 days: Thursday 6th, a working day.
        QTest::newRow("ends on a Thursday") << vn(2024, 6, 3, 9, 0) << 3 << vn(2024, 6, 6, 17, 0);
        // + 7 days over a weekend: Monday 10th (working days would give Wednesday 12th).
        QTest::newRow("a week") << vn(2024, 6, 3, 9, 0) << 7 << vn(2024, 6, 10, 17, 0);
        // After the cut-off the count starts from Tuesday, as for working days.
        QTest::newRow("after cut-off") << vn(2024, 6, 3, 16, 0) << 3 << vn(2024, 6, 7, 17, 0);
        // Across Tết 2024 (9–15 February off): 3 days from Wednesday 7th end on Saturday
        // 10th, off, and so on the first working day after, Friday 16th.
        QTest::newRow("across Tet") << vn(2024, 2, 7, 10, 0) << 3 << vn(2024, 2, 16, 17, 0);
    }
    void calendarDays()
    {
        QFETCH(QDateTime, received);
        QFETCH(int, days);
        QFETCH(QDateTime, due);
        QCOMPARE(m_calc.dueAt(received, Duration::calendarDays(days)).value(), due);
        // A pause from Tuesday to Thursday morning moves it by two days (Wednesday, Thursday).
        if (QByteArray(QTest::currentDataTag()) == "ends on a Thursday")
            QCOMPARE(m_calc.dueAt(received, Duration::calendarDays(days),
                                  {pause(vn(2024, 6, 4, 10, 0), vn(2024, 6, 6, 10, 0))})
                         .value(),
                     vn(2024, 6, 10, 17, 0));
    }

    void officialScheduleMovesDeadlines()
    {
        // With the government's Tết 2024 (8–14 February off, 15th worked), one working day from
        // Wednesday 7th is Thursday 15th instead of Thursday 8th.
        CalendarSettings s = CalendarSettings::standard();
        s.overrides << DayOverride{d(2024, 2, 8), false, QString(), {}}
                    << DayOverride{d(2024, 2, 15), true, QString(), {}};
        const DeadlineCalculator official{WorkingCalendar(s)};
        QCOMPARE(m_calc.dueAt(vn(2024, 2, 7, 10, 0), Duration::days(1)).value(),
                 vn(2024, 2, 8, 17, 0));
        QCOMPARE(official.dueAt(vn(2024, 2, 7, 10, 0), Duration::days(1)).value(),
                 vn(2024, 2, 15, 17, 0));
    }
    void saturdayCounterClosesAtNoon()
    {
        // A counter open on Saturday mornings: a Saturday 10:00 receipt counts from Saturday, an
        // 11:45 one (after the last period, before the 15:00 cut-off) from Monday.
        CalendarSettings s = CalendarSettings::standard();
        s.weekly[5] = {{QTime(7, 30), QTime(11, 30)}};
        const DeadlineCalculator calc{WorkingCalendar(s)};
        QCOMPARE(calc.effectiveReceiptDate(vn(2024, 6, 8, 10, 0)).value(), d(2024, 6, 8));
        QCOMPARE(calc.effectiveReceiptDate(vn(2024, 6, 8, 11, 45)).value(), d(2024, 6, 10));
        // One working day from Friday 10:00 is Saturday, ending at 11:30.
        QCOMPARE(calc.dueAt(vn(2024, 6, 7, 10, 0), Duration::days(1)).value(),
                 vn(2024, 6, 8, 11, 30));
    }

    void workingHours_data()
    {
        QTest::addColumn<QDateTime>("received");
        QTest::addColumn<int>("hours");
        QTest::addColumn<QDateTime>("due");
        // Monday 09:00: 2.5 h before lunch + 3.5 h after = 6 h, then 2 h on Tuesday.
        QTest::newRow("overnight") << vn(2024, 6, 3, 9, 0) << 8 << vn(2024, 6, 4, 9, 30);
        QTest::newRow("same afternoon") << vn(2024, 6, 3, 14, 0) << 2 << vn(2024, 6, 3, 16, 0);
        QTest::newRow("across lunch") << vn(2024, 6, 3, 11, 0) << 1 << vn(2024, 6, 3, 14, 0);
        QTest::newRow("ends at 11:30") << vn(2024, 6, 3, 7, 30) << 4 << vn(2024, 6, 3, 11, 30);
        QTest::newRow("ends at 17:00") << vn(2024, 6, 3, 14, 0) << 3 << vn(2024, 6, 3, 17, 0);
        QTest::newRow("after cut-off") << vn(2024, 6, 3, 16, 0) << 2 << vn(2024, 6, 4, 9, 30);
        QTest::newRow("over weekend") << vn(2024, 6, 7, 14, 0) << 4 << vn(2024, 6, 10, 8, 30);
        QTest::newRow("Saturday") << vn(2024, 6, 8, 10, 0) << 3 << vn(2024, 6, 10, 10, 30);
        QTest::newRow("zero in lunch") << vn(2024, 6, 3, 12, 0) << 0 << vn(2024, 6, 3, 13, 30);
        QTest::newRow("three days") << vn(2024, 6, 3, 7, 30) << 24 << vn(2024, 6, 6, 9, 0);
        QTest::newRow("eve of Tet") << vn(2024, 2, 8, 16, 0) << 4 << vn(2024, 2, 16, 11, 30);
        QTest::newRow("with seconds") << QDateTime(d(2024, 6, 3), QTime(2, 0, 30), Qt::UTC) << 1
                                      << vn(2024, 6, 3, 10, 0).addSecs(30);
    }
    void workingHours()
    {
        QFETCH(QDateTime, received);
        QFETCH(int, hours);
        QFETCH(QDateTime, due);
        QCOMPARE(m_calc.dueAt(received, Duration::hours(hours)).value(), due);
    }

    void pausedWorkingDays_data()
    {
        QTest::addColumn<QList<Pause>>("pauses");
        QTest::addColumn<QDateTime>("due");
        // Received Monday 3 June 2024 09:00 with 5 working days: Monday 10th without pauses.
        const QDateTime base = vn(2024, 6, 10, 17, 0);
        QTest::newRow("none") << QList<Pause>{} << base;
        // Tuesday 10:00 → Thursday 10:00: Wednesday and Thursday do not count.
        QTest::newRow("two days") << QList<Pause>{pause(vn(2024, 6, 4, 10, 0),
                                                        vn(2024, 6, 6, 10, 0))}
                                  << vn(2024, 6, 12, 17, 0);
        QTest::newRow("from receipt day")
            << QList<Pause>{pause(vn(2024, 6, 3, 10, 0), vn(2024, 6, 5, 10, 0))}
            << vn(2024, 6, 12, 17, 0);
        QTest::newRow("weekend gap")
            << QList<Pause>{pause(vn(2024, 6, 8, 10, 0), vn(2024, 6, 9, 12, 0))} << base;
        QTest::newRow("night gap")
            << QList<Pause>{pause(vn(2024, 6, 7, 17, 30), vn(2024, 6, 10, 7, 0))} << base;
        QTest::newRow("within a morning")
            << QList<Pause>{pause(vn(2024, 6, 4, 10, 0), vn(2024, 6, 4, 14, 0))} << base;
        // Resumed after the cut-off: the clock restarts from the next working day.
        QTest::newRow("resumed late")
            << QList<Pause>{pause(vn(2024, 6, 4, 10, 0), vn(2024, 6, 4, 16, 0))}
            << vn(2024, 6, 11, 17, 0);
        QTest::newRow("before receipt")
            << QList<Pause>{pause(vn(2024, 5, 27, 9, 0), vn(2024, 5, 29, 9, 0))} << base;
        QTest::newRow("after due")
            << QList<Pause>{pause(vn(2024, 6, 12, 9, 0), vn(2024, 6, 14, 9, 0))} << base;
        // Overlapping pauses count once: Tuesday to Friday → Wednesday–Friday skipped.
        QTest::newRow("overlapping")
            << QList<Pause>{pause(vn(2024, 6, 4, 10, 0), vn(2024, 6, 6, 10, 0)),
                            pause(vn(2024, 6, 5, 9, 0), vn(2024, 6, 7, 10, 0))}
            << vn(2024, 6, 13, 17, 0);
        QTest::newRow("two separate")
            << QList<Pause>{pause(vn(2024, 6, 4, 10, 0), vn(2024, 6, 5, 10, 0)),
                            pause(vn(2024, 6, 6, 10, 0), vn(2024, 6, 7, 10, 0))}
            << vn(2024, 6, 12, 17, 0);
        QTest::newRow("zero length")
            << QList<Pause>{pause(vn(2024, 6, 4, 10, 0), vn(2024, 6, 4, 10, 0))} << base;
    }
    void pausedWorkingDays()
    {
        QFETCH(QList<Pause>, pauses);
        QFETCH(QDateTime, due);
        QCOMPARE(m_calc.dueAt(vn(2024, 6, 3, 9, 0), Duration::days(5), pauses).value(), due);
    }
    void pausedAcrossTet()
    {
        // Received Monday 5 February 2024, 3 days: 6, 7, 8 → Thursday 8th. Paused from Tuesday
        // 6th 10:00 to Friday 16th 09:00 (over Tết): the working days 7th, 8th and 16th do not
        // count, so the counted days are the 6th, 19th and 20th.
        QCOMPARE(m_calc.dueAt(vn(2024, 2, 5, 9, 0), Duration::days(3)).value(),
                 vn(2024, 2, 8, 17, 0));
        QCOMPARE(m_calc
                     .dueAt(vn(2024, 2, 5, 9, 0), Duration::days(3),
                            {pause(vn(2024, 2, 6, 10, 0), vn(2024, 2, 16, 9, 0))})
                     .value(),
                 vn(2024, 2, 20, 17, 0));
    }

    void pausedWorkingHours_data()
    {
        QTest::addColumn<QList<Pause>>("pauses");
        QTest::addColumn<QDateTime>("due");
        // Received Monday 3 June 2024 09:00 with 8 working hours: Tuesday 09:30 without pauses.
        QTest::newRow("none") << QList<Pause>{} << vn(2024, 6, 4, 9, 30);
        // 10:00–14:00 paused: 1 h + 3 h on Monday, 4 h on Tuesday morning.
        QTest::newRow("midday") << QList<Pause>{pause(vn(2024, 6, 3, 10, 0), vn(2024, 6, 3, 14, 0))}
                                << vn(2024, 6, 4, 11, 30);
        // Resumed at 16:00, after the cut-off: restarts Tuesday 07:30; 1 h Monday + 7 h Tuesday.
        QTest::newRow("resumed late")
            << QList<Pause>{pause(vn(2024, 6, 3, 10, 0), vn(2024, 6, 3, 16, 0))}
            << vn(2024, 6, 4, 16, 30);
        QTest::newRow("lunch gap")
            << QList<Pause>{pause(vn(2024, 6, 3, 11, 45), vn(2024, 6, 3, 13, 15))}
            << vn(2024, 6, 4, 9, 30);
        QTest::newRow("night gap")
            << QList<Pause>{pause(vn(2024, 6, 3, 17, 30), vn(2024, 6, 4, 7, 0))}
            << vn(2024, 6, 4, 9, 30);
        QTest::newRow("ends at pause")
            << QList<Pause>{pause(vn(2024, 6, 4, 9, 30), vn(2024, 6, 5, 9, 0))}
            << vn(2024, 6, 4, 9, 30);
    }
    void pausedWorkingHours()
    {
        QFETCH(QList<Pause>, pauses);
        QFETCH(QDateTime, due);
        QCOMPARE(m_calc.dueAt(vn(2024, 6, 3, 9, 0), Duration::hours(8), pauses).value(), due);
    }

    void errorsAreValues()
    {
        const QDateTime received = vn(2024, 6, 3, 9, 0);
        Pause open = pause(vn(2024, 6, 4, 9, 0), QDateTime());
        QCOMPARE(m_calc.dueAt(received, Duration::days(5), {open}).error().code,
                 QStringLiteral("deadline.paused"));
        QCOMPARE(m_calc.dueAt(received, Duration::hours(5), {open}).error().code,
                 QStringLiteral("deadline.paused"));
        QCOMPARE(m_calc.dueAt(received, Duration::days(5), {open}).error().path,
                 QStringLiteral("pauses[0].to"));
        QCOMPARE(m_calc
                     .dueAt(received, Duration::days(5),
                            {pause(vn(2024, 6, 5, 9, 0), vn(2024, 6, 4, 9, 0))})
                     .error()
                     .code,
                 QStringLiteral("deadline.invalid_pause"));
        QCOMPARE(
            m_calc.dueAt(received, Duration::days(5), {pause(QDateTime(), vn(2024, 6, 4, 9, 0))})
                .error()
                .code,
            QStringLiteral("deadline.invalid_pause"));
        QCOMPARE(m_calc.dueAt(QDateTime(), Duration::days(5)).error().code,
                 QStringLiteral("deadline.invalid_instant"));
        QCOMPARE(m_calc.dueAt(received, Duration::days(-1)).error().code,
                 QStringLiteral("deadline.invalid_duration"));
        QCOMPARE(m_calc.dueAt(vn(2100, 12, 28, 9, 0), Duration::days(5)).error().code,
                 QStringLiteral("calendar.year_out_of_range"));
        QCOMPARE(m_calc.dueAt(vn(2100, 12, 28, 9, 0), Duration::hours(40)).error().code,
                 QStringLiteral("calendar.year_out_of_range"));
        QCOMPARE(m_calc.dueAt(vn(1899, 12, 28, 9, 0), Duration::hours(4)).error().code,
                 QStringLiteral("calendar.year_out_of_range"));
        QCOMPARE(m_calc.workingSecondsBetween(QDateTime(), received).error().code,
                 QStringLiteral("deadline.invalid_instant"));
        QCOMPARE(DeadlineCalculator::classify(QDateTime(), received).error().code,
                 QStringLiteral("deadline.invalid_instant"));
    }

    void workingSecondsBetween()
    {
        // Monday 09:00 → Tuesday 09:30: 2.5 + 3.5 + 2 hours.
        QCOMPARE(m_calc.workingSecondsBetween(vn(2024, 6, 3, 9, 0), vn(2024, 6, 4, 9, 30)).value(),
                 8 * 3600);
        QCOMPARE(m_calc.workingSecondsBetween(vn(2024, 6, 4, 9, 30), vn(2024, 6, 3, 9, 0)).value(),
                 -8 * 3600);
        QCOMPARE(m_calc.workingSecondsBetween(vn(2024, 6, 3, 12, 0), vn(2024, 6, 3, 13, 0)).value(),
                 0);
        // Friday 16:00 → Monday 08:00 over a weekend: 1 h + 0.5 h.
        QCOMPARE(m_calc.workingSecondsBetween(vn(2024, 6, 7, 16, 0), vn(2024, 6, 10, 8, 0)).value(),
                 5400);
        // The whole of Tết 2024 (9–15 February) is not working time.
        QCOMPARE(
            m_calc.workingSecondsBetween(vn(2024, 2, 8, 17, 0), vn(2024, 2, 16, 7, 30)).value(), 0);
        // No cut-off rule: time after 15:00 is working time here.
        QCOMPARE(m_calc.workingSecondsBetween(vn(2024, 6, 3, 15, 0), vn(2024, 6, 3, 17, 0)).value(),
                 7200);
    }

    void classifyAtDayLevel()
    {
        const QDateTime due = vn(2024, 6, 10, 17, 0);
        QCOMPARE(DeadlineCalculator::classify(vn(2024, 6, 7, 16, 0), due).value(),
                 Timeliness::Early);
        QCOMPARE(DeadlineCalculator::classify(vn(2024, 6, 10, 8, 0), due).value(),
                 Timeliness::OnTime);
        // Later the same day is still on time: the comparison is by day.
        QCOMPARE(DeadlineCalculator::classify(vn(2024, 6, 10, 20, 0), due).value(),
                 Timeliness::OnTime);
        QCOMPARE(DeadlineCalculator::classify(vn(2024, 6, 11, 7, 0), due).value(),
                 Timeliness::Late);
        // 18:00 UTC on 10 June is 01:00 on the 11th in Vietnam: late, though the UTC (and Los
        // Angeles) date is still the 10th.
        QCOMPARE(DeadlineCalculator::classify(QDateTime(d(2024, 6, 10), QTime(18, 0), Qt::UTC), due)
                     .value(),
                 Timeliness::Late);
    }

    void propertiesOverRandomReceipts()
    {
        // Seeded, so a failure reproduces; receipts anywhere in 2024–2026, including nights,
        // weekends and holidays, some given in UTC rather than +07:00.
        QRandomGenerator rng(20240603);
        const WorkingCalendar& cal = m_calc.calendar();
        const QDateTime origin = vn(2024, 1, 1, 0, 0);
        const qint64 span = qint64(3) * 365 * 86400;
        for (int i = 0; i < 1500; ++i) {
            QDateTime received = origin.addSecs(rng.bounded(span));
            if (i % 3 == 0)
                received = received.toUTC();
            const int days = int(rng.bounded(40));
            const int hours = int(rng.bounded(120));
            const QString where = received.toString(Qt::ISODateWithMs) +
                                  QStringLiteral(" days=%1 hours=%2").arg(days).arg(hours);

            const QDateTime dueDays = m_calc.dueAt(received, Duration::days(days)).value();
            const QDateTime dueHours = m_calc.dueAt(received, Duration::hours(hours)).value();

            // Never on a non-working day or outside working periods; day deadlines at the end of
            // the day's last period.
            QVERIFY2(insideWorkingTime(cal, dueDays), qPrintable(where));
            QVERIFY2(insideWorkingTime(cal, dueHours), qPrintable(where));
            QCOMPARE(vntime::civilTime(dueDays),
                     cal.periodsOn(vntime::civilDate(dueDays)).value().last().end);
            QVERIFY2(dueDays >= received && dueHours >= received, qPrintable(where));

            // Exactly N working days after the effective day of receipt.
            const QDate start = m_calc.effectiveReceiptDate(received).value();
            QCOMPARE(vntime::civilDate(dueDays), cal.addWorkingDays(start, days).value());
            // Exactly H working hours from the clock start.
            QCOMPARE(
                m_calc.workingSecondsBetween(m_calc.clockStart(received).value(), dueHours).value(),
                qint64(hours) * 3600);

            // More time never gives an earlier deadline (a day more: a later day).
            const QDateTime moreDays = m_calc.dueAt(received, Duration::days(days + 1)).value();
            QVERIFY2(vntime::civilDate(moreDays) > vntime::civilDate(dueDays), qPrintable(where));
            const QDateTime moreHours = m_calc.dueAt(received, Duration::hours(hours + 1)).value();
            QVERIFY2(moreHours > dueHours, qPrintable(where));

            // A later receipt never gives an earlier deadline.
            const QDateTime later = received.addSecs(rng.bounded(5 * 86400));
            QVERIFY2(m_calc.dueAt(later, Duration::days(days)).value() >= dueDays,
                     qPrintable(where));
            QVERIFY2(m_calc.dueAt(later, Duration::hours(hours)).value() >= dueHours,
                     qPrintable(where));

            // classify agrees with the civil dates.
            QCOMPARE(DeadlineCalculator::classify(dueDays, dueDays).value(), Timeliness::OnTime);
            const QDateTime finished = received.addSecs(rng.bounded(60 * 86400));
            const QDate f = vntime::civilDate(finished);
            const QDate a = vntime::civilDate(dueDays);
            const Timeliness t = DeadlineCalculator::classify(finished, dueDays).value();
            QCOMPARE(t, f < a ? Timeliness::Early : f == a ? Timeliness::OnTime : Timeliness::Late);
            if (days >= 1)
                QCOMPARE(DeadlineCalculator::classify(received, dueDays).value(),
                         Timeliness::Early);

            // workingSecondsBetween is additive and antisymmetric.
            const QDateTime mid = received.addSecs(rng.bounded(10 * 86400));
            const QDateTime end = mid.addSecs(rng.bounded(10 * 86400));
            const qint64 ab = m_calc.workingSecondsBetween(received, mid).value();
            const qint64 bc = m_calc.workingSecondsBetween(mid, end).value();
            QCOMPARE(m_calc.workingSecondsBetween(received, end).value(), ab + bc);
            QCOMPARE(m_calc.workingSecondsBetween(end, received).value(), -(ab + bc));
        }
    }

    void propertiesOfPauses()
    {
        QRandomGenerator rng(7);
        const WorkingCalendar& cal = m_calc.calendar();
        const QDateTime origin = vn(2024, 1, 1, 0, 0);
        int gapsTried = 0;
        for (int i = 0; i < 1500; ++i) {
            const QDateTime received = origin.addSecs(rng.bounded(qint64(3) * 365 * 86400));
            const int days = 1 + int(rng.bounded(30));
            const int hours = 1 + int(rng.bounded(100));
            const QDateTime dueDays = m_calc.dueAt(received, Duration::days(days)).value();
            const QDateTime dueHours = m_calc.dueAt(received, Duration::hours(hours)).value();

            // Any pause never brings a deadline earlier.
            const QDateTime from = received.addSecs(rng.bounded(20 * 86400));
            const QDateTime to = from.addSecs(rng.bounded(10 * 86400));
            const QList<Pause> any{pause(from, to)};
            QVERIFY(m_calc.dueAt(received, Duration::days(days), any).value() >= dueDays);
            QVERIFY(m_calc.dueAt(received, Duration::hours(hours), any).value() >= dueHours);

            // A pause that starts and ends within one non-working gap changes nothing.
            const QDateTime end = gapEnd(cal, from);
            if (end.isNull())
                continue;
            ++gapsTried;
            const QDateTime resumed = from.addSecs(rng.bounded(from.secsTo(end) + 1));
            const QList<Pause> inGap{pause(from, resumed)};
            const QString where =
                from.toString(Qt::ISODate) + QStringLiteral(" → ") + resumed.toString(Qt::ISODate);
            QVERIFY2(m_calc.dueAt(received, Duration::days(days), inGap).value() == dueDays,
                     qPrintable(where));
            QVERIFY2(m_calc.dueAt(received, Duration::hours(hours), inGap).value() == dueHours,
                     qPrintable(where));
        }
        QVERIFY(gapsTried > 500); // most instants lie outside working time
    }
};

QTEST_GUILESS_MAIN(TstDeadlineCalculator)
#include "tst_deadlinecalculator.moc"
