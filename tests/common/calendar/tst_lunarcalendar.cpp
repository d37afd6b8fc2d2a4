#include "TestDates.h"
#include "calendar/LunarCalendar.h"

#include <QtTest>

using namespace motcua;
using motcua::test::d;

namespace {

// First day of Tết (1/1 lunar, Vietnam, UTC+7) for every year 1900–2100, as "MMDD". Computed
// independently of the code under test, from the PyEphem ephemeris (VSOP87/ELP2000 new moons,
// solstices and solar terms) with the same calendar rules; it agrees with the published dates
// tested one by one below.
const char* const kTetFromEphemeris[] = {
    "0131", "0219", "0208", "0128", "0216", "0204", "0125", "0213", "0202", "0122", // 1900
    "0210", "0130", "0218", "0206", "0126", "0214", "0203", "0123", "0211", "0201", // 1910
    "0220", "0208", "0128", "0216", "0205", "0124", "0213", "0202", "0123", "0210", // 1920
    "0130", "0217", "0206", "0126", "0214", "0203", "0124", "0211", "0131", "0219", // 1930
    "0208", "0127", "0215", "0205", "0125", "0213", "0202", "0122", "0210", "0129", // 1940
    "0217", "0206", "0127", "0214", "0203", "0124", "0212", "0131", "0218", "0208", // 1950
    "0128", "0215", "0205", "0125", "0213", "0201", "0121", "0209", "0129", "0216", // 1960
    "0206", "0127", "0215", "0203", "0123", "0211", "0131", "0218", "0207", "0128", // 1970
    "0216", "0205", "0125", "0213", "0202", "0121", "0209", "0129", "0217", "0206", // 1980
    "0127", "0215", "0204", "0123", "0210", "0131", "0219", "0207", "0128", "0216", // 1990
    "0205", "0124", "0212", "0201", "0122", "0209", "0129", "0217", "0207", "0126", // 2000
    "0214", "0203", "0123", "0210", "0131", "0219", "0208", "0128", "0216", "0205", // 2010
    "0125", "0212", "0201", "0122", "0210", "0129", "0217", "0206", "0126", "0213", // 2020
    "0202", "0123", "0211", "0131", "0219", "0208", "0128", "0215", "0204", "0124", // 2030
    "0212", "0201", "0122", "0210", "0130", "0217", "0206", "0126", "0214", "0202", // 2040
    "0123", "0211", "0201", "0218", "0208", "0128", "0215", "0204", "0124", "0212", // 2050
    "0202", "0121", "0209", "0129", "0217", "0205", "0126", "0214", "0203", "0123", // 2060
    "0211", "0131", "0219", "0207", "0127", "0215", "0205", "0124", "0212", "0202", // 2070
    "0122", "0209", "0129", "0217", "0206", "0126", "0214", "0203", "0124", "0210", // 2080
    "0130", "0218", "0207", "0127", "0215", "0205", "0125", "0212", "0201", "0121", // 2090
    "0209",                                                                         // 2100
};

// First day of every leap month 1900–2100 and the month it repeats, from the same ephemeris
// computation ("YYYYMMDD month").
const char* const kLeapMonthsFromEphemeris[] = {
    "19000924 8", "19030625 5",  "19060523 4", "19090322 2", "19110726 6", "19140623 5",
    "19170421 3", "19190825 7",  "19220724 6", "19250522 4", "19280322 2", "19300726 6",
    "19330623 5", "19360421 3",  "19380924 8", "19410724 6", "19440522 4", "19470322 2",
    "19490824 7", "19520622 5",  "19550422 3", "19570924 8", "19600724 6", "19630523 4",
    "19660421 3", "19680824 7",  "19710623 5", "19740522 4", "19760924 8", "19790724 6",
    "19820523 4", "19850321 2",  "19870824 7", "19900623 5", "19930422 3", "19950924 8",
    "19980624 5", "20010523 4",  "20040321 2", "20060824 7", "20090623 5", "20120521 4",
    "20141024 9", "20170723 6",  "20200523 4", "20230322 2", "20250725 6", "20280623 5",
    "20310421 3", "20331222 11", "20360723 6", "20390622 5", "20420322 2", "20440823 7",
    "20470623 5", "20500421 3",  "20520923 8", "20550724 6", "20580522 4", "20610420 3",
    "20630824 7", "20660623 5",  "20690521 4", "20710924 8", "20740724 6", "20770522 4",
    "20800420 3", "20820824 7",  "20850622 5", "20880521 4", "20900924 8", "20930723 6",
    "20960522 4", "20990322 2",
};

} // namespace

class TstLunarCalendar : public QObject {
    Q_OBJECT
private slots:
    void publishedTetDates_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("tet");
        // Vietnamese calendars as published. 1968: the North (UTC+7) celebrated on 29 January,
        // the South (then UTC+8) on the 30th. 2030: the new moon is at 23:07 Vietnam time on
        // 2 February (16:07 UTC), so Vietnam's Tết is the 2nd while China's (00:07 on the 3rd
        // in UTC+8) is the 3rd.
        const QList<QDate> dates{d(1968, 1, 29), d(1985, 1, 21), d(2000, 2, 5),  d(2007, 2, 17),
                                 d(2016, 2, 8),  d(2017, 1, 28), d(2018, 2, 16), d(2019, 2, 5),
                                 d(2020, 1, 25), d(2021, 2, 12), d(2022, 2, 1),  d(2023, 1, 22),
                                 d(2024, 2, 10), d(2025, 1, 29), d(2026, 2, 17), d(2027, 2, 6),
                                 d(2030, 2, 2)};
        for (const QDate& date : dates)
            QTest::addRow("%d", date.year()) << date.year() << date;
    }
    void publishedTetDates()
    {
        QFETCH(int, year);
        QFETCH(QDate, tet);
        QCOMPARE(LunarCalendar::newYear(year).value(), tet);
        QCOMPARE(LunarCalendar::fromSolar(tet).value(), (LunarDate{1, 1, year, false}));
        // The day before is the last day of the previous lunar year's 12th month.
        const LunarDate eve = LunarCalendar::fromSolar(tet.addDays(-1)).value();
        QCOMPARE(eve.year, year - 1);
        QCOMPARE(eve.month, 12);
        QVERIFY(eve.day == 29 || eve.day == 30);
    }

    void chineseTimeZoneDiffers_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("vietnam");
        QTest::addColumn<QDate>("utc8");
        // 1985 differs by a whole month (a different month holds the winter solstice), the
        // others by a day (a new moon between 23:00 and midnight Vietnam time).
        QTest::newRow("1968") << 1968 << d(1968, 1, 29) << d(1968, 1, 30);
        QTest::newRow("1985") << 1985 << d(1985, 1, 21) << d(1985, 2, 20);
        QTest::newRow("2007") << 2007 << d(2007, 2, 17) << d(2007, 2, 18);
        QTest::newRow("2030") << 2030 << d(2030, 2, 2) << d(2030, 2, 3);
    }
    void chineseTimeZoneDiffers()
    {
        QFETCH(int, year);
        QFETCH(QDate, vietnam);
        QFETCH(QDate, utc8);
        QCOMPARE(LunarCalendar::newYear(year).value(), vietnam);
        QCOMPARE(LunarCalendar::newYear(year, 8.0).value(), utc8);
        QCOMPARE(LunarCalendar::fromSolar(utc8, 8.0).value(), (LunarDate{1, 1, year, false}));
    }
    void sameTetInBothZonesMostYears()
    {
        // Guards against a time-zone parameter that is ignored or applied twice.
        for (int year : {2000, 2016, 2020, 2024, 2025, 2026})
            QCOMPARE(LunarCalendar::newYear(year, 8.0).value(),
                     LunarCalendar::newYear(year).value());
    }

    void tetEveryYearMatchesEphemeris()
    {
        QCOMPARE(int(std::size(kTetFromEphemeris)), 201);
        for (int year = 1900; year <= 2100; ++year) {
            const QString mmdd = QString::fromLatin1(kTetFromEphemeris[year - 1900]);
            const QDate expected(year, mmdd.left(2).toInt(), mmdd.mid(2).toInt());
            const Expected<QDate> tet = LunarCalendar::newYear(year);
            QVERIFY2(tet.ok(), qPrintable(QString::number(year)));
            QCOMPARE(tet.value(), expected);
        }
    }

    void publishedLeapMonths_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<QDate>("start");
        QTest::newRow("2020 leap 4") << 2020 << 4 << d(2020, 5, 23);
        QTest::newRow("2023 leap 2") << 2023 << 2 << d(2023, 3, 22);
        QTest::newRow("2025 leap 6") << 2025 << 6 << d(2025, 7, 25);
    }
    void publishedLeapMonths()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(QDate, start);
        QCOMPARE(LunarCalendar::leapMonth(year).value(), month);
        QCOMPARE(LunarCalendar::toSolar(LunarDate{1, month, year, true}).value(), start);
        QCOMPARE(LunarCalendar::fromSolar(start).value(), (LunarDate{1, month, year, true}));
        // The ordinary month of the same number comes first and is not leap.
        const LunarDate before = LunarCalendar::fromSolar(start.addDays(-1)).value();
        QCOMPARE(before.month, month);
        QCOMPARE(before.leap, false);
    }
    void leapMonthsEveryYearMatchEphemeris()
    {
        QHash<int, int> leapByYear;
        for (const char* entry : kLeapMonthsFromEphemeris) {
            const QString s = QString::fromLatin1(entry);
            const QDate start = QDate::fromString(s.left(8), QStringLiteral("yyyyMMdd"));
            const int month = s.mid(9).toInt();
            QVERIFY(start.isValid());
            leapByYear.insert(start.year(), month);
            QCOMPARE(LunarCalendar::fromSolar(start).value(),
                     (LunarDate{1, month, start.year(), true}));
        }
        for (int year = 1900; year <= 2099; ++year)
            QCOMPARE(LunarCalendar::leapMonth(year).value(), leapByYear.value(year, 0));
    }
    void yearsWithoutLeapMonthRefuseOne()
    {
        QCOMPARE(LunarCalendar::leapMonth(2024).value(), 0);
        const Expected<QDate> none = LunarCalendar::toSolar(LunarDate{1, 4, 2024, true});
        QVERIFY(!none.ok());
        QCOMPARE(none.error().code, QStringLiteral("calendar.invalid_lunar_date"));
        // A leap year, but not that month.
        QVERIFY(!LunarCalendar::toSolar(LunarDate{1, 5, 2020, true}).ok());
    }

    void hungKingsDay_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("date");
        const QList<QDate> dates{d(2019, 4, 14), d(2020, 4, 2),  d(2021, 4, 21), d(2022, 4, 10),
                                 d(2023, 4, 29), d(2024, 4, 18), d(2025, 4, 7),  d(2026, 4, 26)};
        for (const QDate& date : dates)
            QTest::addRow("%d", date.year()) << date.year() << date;
    }
    void hungKingsDay()
    {
        QFETCH(int, year);
        QFETCH(QDate, date);
        QCOMPARE(LunarCalendar::toSolar(LunarDate{10, 3, year, false}).value(), date);
        QCOMPARE(LunarCalendar::fromSolar(date).value(), (LunarDate{10, 3, year, false}));
    }

    void roundTripAndContinuityEveryDay()
    {
        // Every day 1900–2100: converting back gives the same day, and consecutive days either
        // advance the lunar day by one or start a new month of 29 or 30 days whose number follows
        // on (a leap month repeats the previous number).
        LunarDate previous = LunarCalendar::fromSolar(d(1900, 1, 1)).value();
        int monthsSeen = 0;
        for (QDate day = d(1900, 1, 2); day <= d(2100, 12, 31); day = day.addDays(1)) {
            const Expected<LunarDate> lunar = LunarCalendar::fromSolar(day);
            QVERIFY(lunar.ok());
            const LunarDate l = lunar.value();
            const Expected<QDate> back = LunarCalendar::toSolar(l);
            if (!back.ok() || back.value() != day)
                QFAIL(qPrintable(day.toString(Qt::ISODate)));
            if (l.day != 1) {
                QCOMPARE(l.day, previous.day + 1);
                QCOMPARE(l.month, previous.month);
                QCOMPARE(l.leap, previous.leap);
                QCOMPARE(l.year, previous.year);
            } else {
                ++monthsSeen;
                QVERIFY2(previous.day == 29 || previous.day == 30,
                         qPrintable(day.toString(Qt::ISODate)));
                if (l.leap) {
                    QCOMPARE(l.month, previous.month);
                    QCOMPARE(l.year, previous.year);
                } else {
                    QCOMPARE(l.month, previous.month % 12 + 1);
                    QCOMPARE(l.year, l.month == 1 ? previous.year + 1 : previous.year);
                }
            }
            previous = l;
        }
        // 201 years hold about 201 × 365.2425 / 29.5306 ≈ 2486 lunations.
        QVERIFY(monthsSeen >= 2484 && monthsSeen <= 2487);
    }

    void edgesOfTheSupportedRange()
    {
        // The new moon of 1900-01-01 13:52 UTC opens the 12th month of lunar year 1899.
        QCOMPARE(LunarCalendar::fromSolar(d(1900, 1, 1)).value(), (LunarDate{1, 12, 1899, false}));
        QCOMPARE(LunarCalendar::toSolar(LunarDate{1, 12, 1899, false}).value(), d(1900, 1, 1));
        // The new moon of 2100-12-30 23:56 UTC is 31 December in Vietnam: month 12 of 2100.
        QCOMPARE(LunarCalendar::fromSolar(d(2100, 12, 31)).value(),
                 (LunarDate{1, 12, 2100, false}));
        QCOMPARE(LunarCalendar::newYear(1900).value(), d(1900, 1, 31));
        QCOMPARE(LunarCalendar::newYear(2100).value(), d(2100, 2, 9));

        for (const QDate& outside : {d(1899, 12, 31), d(2101, 1, 1), d(1600, 6, 1)}) {
            const Expected<LunarDate> l = LunarCalendar::fromSolar(outside);
            QVERIFY(!l.ok());
            QCOMPARE(l.error().code, QStringLiteral("calendar.year_out_of_range"));
        }
        // Lunar dates whose solar day is outside the range.
        QCOMPARE(LunarCalendar::toSolar(LunarDate{15, 12, 2100, false}).error().code,
                 QStringLiteral("calendar.year_out_of_range"));
        QCOMPARE(LunarCalendar::toSolar(LunarDate{1, 11, 1899, false}).error().code,
                 QStringLiteral("calendar.year_out_of_range"));
        QCOMPARE(LunarCalendar::toSolar(LunarDate{1, 1, 2101, false}).error().code,
                 QStringLiteral("calendar.year_out_of_range"));
    }

    void invalidInputIsAnErrorValue()
    {
        QCOMPARE(LunarCalendar::fromSolar(QDate()).error().code,
                 QStringLiteral("calendar.invalid_date"));
        // Month 12 of lunar 2024 (31 Dec 2024 – 28 Jan 2025) has 29 days: no "30 Tết" in 2025.
        QCOMPARE(LunarCalendar::toSolar(LunarDate{29, 12, 2024, false}).value(), d(2025, 1, 28));
        QCOMPARE(LunarCalendar::toSolar(LunarDate{30, 12, 2024, false}).error().code,
                 QStringLiteral("calendar.invalid_lunar_date"));
        // Month 12 of lunar 2023 has 30 days (30 Tết = 9 Feb 2024).
        QCOMPARE(LunarCalendar::toSolar(LunarDate{30, 12, 2023, false}).value(), d(2024, 2, 9));
        for (const LunarDate& bad : {LunarDate{0, 1, 2024, false}, LunarDate{31, 1, 2024, false},
                                     LunarDate{1, 0, 2024, false}, LunarDate{1, 13, 2024, false}})
            QCOMPARE(LunarCalendar::toSolar(bad).error().code,
                     QStringLiteral("calendar.invalid_lunar_date"));
        QCOMPARE(LunarCalendar::fromSolar(d(2024, 1, 1), 99.0).error().code,
                 QStringLiteral("calendar.invalid_time_zone"));
        QCOMPARE(LunarCalendar::toSolar(LunarDate{1, 1, 2024, false}, qQNaN()).error().code,
                 QStringLiteral("calendar.invalid_time_zone"));
    }
};

QTEST_GUILESS_MAIN(TstLunarCalendar)
#include "tst_lunarcalendar.moc"
