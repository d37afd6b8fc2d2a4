#include "TestDates.h"
#include "calendar/DayReason.h"
#include "calendar/PublicHolidays.h"
#include "calendar/WorkingCalendar.h"

#include <thread>
#include <vector>

#include <QtTest>

using namespace motcua;
using motcua::test::d;

namespace {

const QList<WorkPeriod> kStandardDay{{QTime(7, 30), QTime(11, 30)}, {QTime(13, 30), QTime(17, 0)}};

// The government's 2024 schedule for 30 April – 1 May: Monday 29 April off in exchange for
// Saturday 4 May, giving a five-day break from Saturday 27 April to Wednesday 1 May.
CalendarSettings official2024()
{
    CalendarSettings s = CalendarSettings::standard();
    s.overrides << DayOverride{d(2024, 4, 29), false, QStringLiteral("Nghỉ hoán đổi 30/4–1/5"), {}}
                << DayOverride{d(2024, 5, 4), true, QStringLiteral("Làm bù cho thứ Hai 29/4"), {}};
    return s;
}

QList<QDate> datesOf(const QList<DayInfo>& days)
{
    QList<QDate> out;
    for (const DayInfo& day : days)
        out << day.date;
    return out;
}

} // namespace

class TstWorkingCalendar : public QObject {
    Q_OBJECT
private slots:
    void ordinaryDaysWeekendsAndHolidays()
    {
        const WorkingCalendar cal;
        const DayInfo friday = cal.dayInfo(d(2024, 2, 16)).value();
        QVERIFY(friday.working);
        QCOMPARE(friday.reason, dayreason::workday());
        QCOMPARE(friday.periods, kStandardDay);

        const DayInfo saturday = cal.dayInfo(d(2024, 2, 17)).value();
        QVERIFY(!saturday.working);
        QCOMPARE(saturday.reason, dayreason::weekend());
        QCOMPARE(saturday.label, QStringLiteral("Thứ Bảy"));
        QVERIFY(saturday.periods.isEmpty());
        QCOMPARE(cal.dayInfo(d(2024, 2, 18)).value().label, QStringLiteral("Chủ nhật"));

        // A holiday on a weekend is reported as the holiday, which is what earns a compensatory
        // day.
        const DayInfo tetSaturday = cal.dayInfo(d(2024, 2, 10)).value();
        QCOMPARE(tetSaturday.reason, dayreason::tet());
        QCOMPARE(tetSaturday.label, QStringLiteral("Tết Nguyên đán"));
        const DayInfo comp = cal.dayInfo(d(2024, 2, 14)).value();
        QVERIFY(!comp.working);
        QCOMPARE(comp.reason, dayreason::compensatory());
        QCOMPARE(comp.label, QStringLiteral("Nghỉ bù Tết Nguyên đán"));
        QCOMPARE(cal.dayInfo(d(2024, 4, 18)).value().reason, dayreason::hungKings());
        QCOMPARE(cal.dayInfo(d(2024, 9, 3)).value().reason, dayreason::national());

        QVERIFY(cal.isWorkingDay(d(2024, 2, 16)));
        QVERIFY(!cal.isWorkingDay(d(2024, 2, 12)));
        QVERIFY(!cal.isWorkingDay(d(2024, 2, 17)));
    }

    void nonWorkingDaysOf2024()
    {
        const WorkingCalendar cal;
        const QList<DayInfo> days = cal.nonWorkingDays(2024).value();
        // 104 weekend days (2024 starts on a Monday and has 366 days) + 11 weekday holidays and
        // compensatory days (1/1, 9, 12, 13, 14, 15/2, 18/4, 30/4, 1/5, 2/9, 3/9).
        QCOMPARE(days.size(), 115);
        QSet<QDate> seen;
        for (qsizetype i = 0; i < days.size(); ++i) {
            QVERIFY(!days[i].working);
            QVERIFY(!days[i].reason.isEmpty() && !days[i].label.isEmpty());
            QCOMPARE(days[i].date.year(), 2024);
            QVERIFY(i == 0 || days[i - 1].date < days[i].date);
            QVERIFY(!seen.contains(days[i].date));
            seen.insert(days[i].date);
        }
        for (QDate day = d(2024, 1, 1); day.year() == 2024; day = day.addDays(1)) {
            if (day.dayOfWeek() >= 6)
                QVERIFY2(seen.contains(day), qPrintable(day.toString(Qt::ISODate)));
            QCOMPARE(cal.isWorkingDay(day), !seen.contains(day));
        }
    }

    void everyYearNonWorkingDaysAreComplete()
    {
        const WorkingCalendar cal;
        for (int year = 1900; year <= 2100; ++year) {
            const QList<DayInfo> days = cal.nonWorkingDays(year).value();
            const QList<QDate> list = datesOf(days);
            const QSet<QDate> dates(list.begin(), list.end());
            QCOMPARE(dates.size(), days.size());
            int weekends = 0;
            int working = 0;
            for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1)) {
                weekends += day.dayOfWeek() >= 6 ? 1 : 0;
                working += cal.isWorkingDay(day) ? 1 : 0;
                if (day.dayOfWeek() >= 6)
                    QVERIFY(dates.contains(day));
            }
            QCOMPARE(days.size() + working, QDate(year, 1, 1).daysInYear());
            // Every statutory day off ends up on a weekday, itself or as its compensatory day.
            const HolidayRule& rule = PublicHolidays::ruleFor(year);
            const int statutory = 3 + rule.tetDaysBefore + rule.tetDaysFrom +
                                  (rule.hungKings ? 1 : 0) + rule.nationalDays;
            QVERIFY2(days.size() - weekends == statutory, qPrintable(QString::number(year)));
        }
    }

    void officialScheduleThroughOverrides()
    {
        const WorkingCalendar cal(official2024());
        const QList<QDate> offs = datesOf(cal.nonWorkingDays(2024).value());
        for (const QDate& day :
             {d(2024, 4, 27), d(2024, 4, 28), d(2024, 4, 29), d(2024, 4, 30), d(2024, 5, 1)})
            QVERIFY2(offs.contains(day), qPrintable(day.toString(Qt::ISODate)));
        QVERIFY(!offs.contains(d(2024, 5, 4)));
        QCOMPARE(offs.size(), 115); // one day off more, one weekend day less

        const DayInfo monday = cal.dayInfo(d(2024, 4, 29)).value();
        QVERIFY(!monday.working);
        QCOMPARE(monday.reason, dayreason::adminOverride());
        QCOMPARE(monday.label, QStringLiteral("Nghỉ hoán đổi 30/4–1/5"));
        const DayInfo saturday = cal.dayInfo(d(2024, 5, 4)).value();
        QVERIFY(saturday.working);
        QCOMPARE(saturday.reason, dayreason::adminOverride());
        // A rest day made working takes the standard weekday's hours.
        QCOMPARE(cal.periodsOn(d(2024, 5, 4)).value(), kStandardDay);
        QCOMPARE(cal.nextWorkingDay(d(2024, 4, 26)).value(), d(2024, 5, 2));
        QCOMPARE(cal.nextWorkingDay(d(2024, 5, 3)).value(), d(2024, 5, 4));
    }

    void overridesBeatHolidaysAndUseTheirPeriods()
    {
        CalendarSettings s = CalendarSettings::standard();
        const QList<WorkPeriod> morning{{QTime(8, 0), QTime(11, 0)}};
        // Tết 2024 as decided: Thursday 8 February off, Thursday 15th (a computed compensatory
        // day) worked; and a Sunday worked in the morning only.
        s.overrides << DayOverride{d(2024, 2, 8), false, QString(), {}}
                    << DayOverride{d(2024, 2, 15), true, QString(), {}}
                    << DayOverride{d(2024, 3, 3), true, QStringLiteral("Trực"), morning};
        const WorkingCalendar cal(s);
        QCOMPARE(cal.dayInfo(d(2024, 2, 8)).value().label, QStringLiteral("Nghỉ theo quyết định"));
        QVERIFY(cal.isWorkingDay(d(2024, 2, 15)));
        QCOMPARE(cal.periodsOn(d(2024, 2, 15)).value(), kStandardDay);
        QCOMPARE(cal.periodsOn(d(2024, 3, 3)).value(), morning);
        QCOMPARE(cal.dayInfo(d(2024, 3, 3)).value().label, QStringLiteral("Trực"));
        // The official break 8–14 February.
        QCOMPARE(cal.nextWorkingDay(d(2024, 2, 7)).value(), d(2024, 2, 15));
        QCOMPARE(cal.addWorkingDays(d(2024, 2, 15), -1).value(), d(2024, 2, 7));

        // The last override for a date wins.
        CalendarSettings twice = CalendarSettings::standard();
        twice.overrides << DayOverride{d(2024, 6, 3), false, QString(), {}}
                        << DayOverride{d(2024, 6, 3), true, QString(), {}};
        QVERIFY(WorkingCalendar(twice).isWorkingDay(d(2024, 6, 3)));
    }

    void nextAndAddWorkingDays()
    {
        const WorkingCalendar cal;
        QCOMPARE(cal.nextWorkingDay(d(2024, 6, 3)).value(), d(2024, 6, 4));  // strictly after
        QCOMPARE(cal.nextWorkingDay(d(2024, 6, 7)).value(), d(2024, 6, 10)); // Friday → Monday
        QCOMPARE(cal.nextWorkingDay(d(2024, 6, 8)).value(), d(2024, 6, 10)); // from a Saturday
        // Thursday before Tết 2024: Friday 9 to Thursday 15 are off.
        QCOMPARE(cal.nextWorkingDay(d(2024, 2, 8)).value(), d(2024, 2, 16));
        QCOMPARE(cal.addWorkingDays(d(2024, 6, 3), 0).value(), d(2024, 6, 3));
        QCOMPARE(cal.addWorkingDays(d(2024, 6, 8), 0).value(), d(2024, 6, 8));
        QCOMPARE(cal.addWorkingDays(d(2024, 6, 3), 5).value(), d(2024, 6, 10));
        QCOMPARE(cal.addWorkingDays(d(2024, 6, 10), -5).value(), d(2024, 6, 3));
        QCOMPARE(cal.addWorkingDays(d(2024, 2, 7), 3).value(), d(2024, 2, 19));
        // Across the year end and 1 January.
        QCOMPARE(cal.addWorkingDays(d(2024, 12, 31), 1).value(), d(2025, 1, 2));
        // Consistency with isWorkingDay over a whole year.
        QDate day = d(2025, 1, 1);
        for (int i = 1; i <= 240; ++i) {
            const QDate next = cal.addWorkingDays(d(2025, 1, 1), i).value();
            QVERIFY(cal.isWorkingDay(next));
            for (QDate between = day.addDays(1); between < next; between = between.addDays(1))
                QVERIFY(!cal.isWorkingDay(between));
            day = next;
        }
    }

    void outOfRangeAndInvalid()
    {
        const WorkingCalendar cal;
        const QString range = QStringLiteral("calendar.year_out_of_range");
        QCOMPARE(cal.dayInfo(d(1899, 12, 31)).error().code, range);
        QCOMPARE(cal.dayInfo(d(2101, 1, 1)).error().code, range);
        QCOMPARE(cal.nonWorkingDays(1899).error().code, range);
        QCOMPARE(cal.nonWorkingDays(2101).error().code, range);
        QCOMPARE(cal.periodsOn(d(2101, 1, 3)).error().code, range);
        QCOMPARE(cal.nextWorkingDay(d(2100, 12, 31)).error().code, range);
        QCOMPARE(cal.addWorkingDays(d(2100, 12, 20), 30).error().code, range);
        QCOMPARE(cal.addWorkingDays(d(1900, 1, 10), -30).error().code, range);
        QVERIFY(!cal.isWorkingDay(d(2101, 1, 3)));
        QVERIFY(!cal.isWorkingDay(QDate()));
        QCOMPARE(cal.dayInfo(QDate()).error().code, QStringLiteral("calendar.invalid_date"));
        QCOMPARE(cal.nextWorkingDay(QDate()).error().code, QStringLiteral("calendar.invalid_date"));
        // The edges themselves work.
        QVERIFY(cal.dayInfo(d(1900, 1, 1)).ok());
        QCOMPARE(cal.nextWorkingDay(d(2100, 12, 24)).value(), d(2100, 12, 27));
    }

    void periodsAreNormalised()
    {
        CalendarSettings s = CalendarSettings::standard();
        s.weekly[0] = {{QTime(13, 30), QTime(17, 0)},
                       {QTime(7, 30), QTime(11, 30)},
                       {QTime(9, 0), QTime(8, 0)}};
        const WorkingCalendar cal(s);
        QCOMPARE(cal.periodsOn(d(2024, 6, 3)).value(), kStandardDay);
    }

    void validateSettings()
    {
        QVERIFY(WorkingCalendar::validate(CalendarSettings::standard()).ok());
        QVERIFY(WorkingCalendar::validate(official2024()).ok());

        CalendarSettings bad = CalendarSettings::standard();
        bad.weekly[2][1].end = QTime(13, 0);
        QCOMPARE(WorkingCalendar::validate(bad).error().code,
                 QStringLiteral("calendar.invalid_period"));
        QCOMPARE(WorkingCalendar::validate(bad).error().path, QStringLiteral("weekly[2][1]"));

        bad = CalendarSettings::standard();
        bad.weekly[0] << WorkPeriod{QTime(11, 0), QTime(12, 0)};
        QCOMPARE(WorkingCalendar::validate(bad).error().code,
                 QStringLiteral("calendar.overlapping_periods"));

        bad = CalendarSettings();
        QCOMPARE(WorkingCalendar::validate(bad).error().code,
                 QStringLiteral("calendar.no_working_days"));

        bad = CalendarSettings::standard();
        bad.cutoff = QTime();
        QCOMPARE(WorkingCalendar::validate(bad).error().code,
                 QStringLiteral("calendar.invalid_cutoff"));

        bad = official2024();
        bad.overrides << DayOverride{d(2024, 4, 29), true, QString(), {}};
        QCOMPARE(WorkingCalendar::validate(bad).error().code,
                 QStringLiteral("calendar.duplicate_override"));
        QCOMPARE(WorkingCalendar::validate(bad).error().path, QStringLiteral("overrides[2].date"));

        bad = CalendarSettings::standard();
        bad.overrides << DayOverride{d(2150, 1, 1), false, QString(), {}};
        QCOMPARE(WorkingCalendar::validate(bad).error().code,
                 QStringLiteral("calendar.invalid_override"));
    }

    void concurrentUseGivesTheSameAnswers()
    {
        // Many threads hit a fresh calendar at once, each year built on first use; the answers
        // must match those of a calendar used from one thread. Run under TSan to catch races.
        const WorkingCalendar reference(official2024());
        QList<QList<QDate>> expected;
        for (int year = 2000; year <= 2040; ++year)
            expected << datesOf(reference.nonWorkingDays(year).value());

        const WorkingCalendar shared(official2024());
        const WorkingCalendar copy = shared; // copies share the cache
        std::vector<std::thread> threads;
        std::vector<int> failures(8, 0);
        for (int t = 0; t < 8; ++t) {
            threads.emplace_back([&, t] {
                const WorkingCalendar& cal = t % 2 ? shared : copy;
                for (int round = 0; round < 3; ++round) {
                    for (int i = 0; i < expected.size(); ++i) {
                        const int year = 2000 + (i + t * 5) % int(expected.size());
                        if (datesOf(cal.nonWorkingDays(year).value()) != expected[year - 2000])
                            ++failures[t];
                    }
                }
            });
        }
        for (std::thread& th : threads)
            th.join();
        for (int f : failures)
            QCOMPARE(f, 0);
    }
};

QTEST_GUILESS_MAIN(TstWorkingCalendar)
#include "tst_workingcalendar.moc"
