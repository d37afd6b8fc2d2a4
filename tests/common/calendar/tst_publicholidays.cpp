#include "TestDates.h"
#include "calendar/DayReason.h"
#include "calendar/PublicHolidays.h"
#include "calendar/WorkPeriods.h"

#include <QtTest>

using namespace motcua;
using motcua::test::d;

namespace {

using Expect = QList<std::pair<QDate, QString>>;

// (date, reason) pairs, for compact comparisons with a readable failure message.
Expect summary(const QList<Holiday>& holidays)
{
    Expect out;
    for (const Holiday& h : holidays)
        out.append({h.date, h.reason});
    return out;
}

QString describe(const Expect& list)
{
    QStringList parts;
    for (const auto& [date, reason] : list)
        parts << date.toString(Qt::ISODate) + QLatin1Char(' ') + reason;
    return parts.join(QStringLiteral(", "));
}

#define COMPARE_HOLIDAYS(actual, expected)                                                         \
    do {                                                                                           \
        const Expect a_ = summary(actual);                                                         \
        const Expect e_ = (expected);                                                              \
        QVERIFY2(a_ == e_, qPrintable(QStringLiteral("\n  got      %1\n  expected %2")             \
                                          .arg(describe(a_), describe(e_))));                      \
    } while (false)

const QString kNewYear = dayreason::newYear();
const QString kTet = dayreason::tet();
const QString kHung = dayreason::hungKings();
const QString kApr30 = dayreason::reunification();
const QString kMay1 = dayreason::labour();
const QString kNational = dayreason::national();
const QString kComp = dayreason::compensatory();

// By value: a range-for over Expected<...>::value() of a temporary would dangle.
QList<Holiday> allOf(int year)
{
    return PublicHolidays::forYear(year).value();
}
QList<Holiday> statutoryOf(int year)
{
    return PublicHolidays::statutory(year).value();
}

CalendarSettings mondayToSaturday()
{
    CalendarSettings s = CalendarSettings::standard();
    s.weekly[5] = s.weekly[0];
    return s;
}

} // namespace

class TstPublicHolidays : public QObject {
    Q_OBJECT
private slots:
    void defaults2024()
    {
        // Tết Giáp Thìn on Saturday 10 February: the 30th of the 12th month (Friday 9th) + days
        // 1–4; Saturday and Sunday give two compensatory days after the block. 2 September on a
        // Monday takes the 3rd (the 1st is a Sunday already).
        COMPARE_HOLIDAYS(PublicHolidays::forYear(2024).value(),
                         (Expect{{d(2024, 1, 1), kNewYear},
                                 {d(2024, 2, 9), kTet},
                                 {d(2024, 2, 10), kTet},
                                 {d(2024, 2, 11), kTet},
                                 {d(2024, 2, 12), kTet},
                                 {d(2024, 2, 13), kTet},
                                 {d(2024, 2, 14), kComp},
                                 {d(2024, 2, 15), kComp},
                                 {d(2024, 4, 18), kHung},
                                 {d(2024, 4, 30), kApr30},
                                 {d(2024, 5, 1), kMay1},
                                 {d(2024, 9, 2), kNational},
                                 {d(2024, 9, 3), kNational}}));
    }
    void defaults2025()
    {
        // Tết Ất Tỵ on Wednesday 29 January; the 12th month has 29 days, so the last day is the
        // 29th (28 January). Saturday 1 February gives Monday 3rd. 2 September on a Tuesday takes
        // Monday the 1st (joins the weekend, as the government decided for 2025).
        COMPARE_HOLIDAYS(PublicHolidays::forYear(2025).value(),
                         (Expect{{d(2025, 1, 1), kNewYear},
                                 {d(2025, 1, 28), kTet},
                                 {d(2025, 1, 29), kTet},
                                 {d(2025, 1, 30), kTet},
                                 {d(2025, 1, 31), kTet},
                                 {d(2025, 2, 1), kTet},
                                 {d(2025, 2, 3), kComp},
                                 {d(2025, 4, 7), kHung},
                                 {d(2025, 4, 30), kApr30},
                                 {d(2025, 5, 1), kMay1},
                                 {d(2025, 9, 1), kNational},
                                 {d(2025, 9, 2), kNational}}));
    }
    void defaults2026()
    {
        // Hùng Kings' day on Sunday 26 April gives Monday 27th. 2 September on a Wednesday: no
        // adjacent day joins a weekend, the tie goes to 1 September.
        COMPARE_HOLIDAYS(PublicHolidays::forYear(2026).value(),
                         (Expect{{d(2026, 1, 1), kNewYear},
                                 {d(2026, 2, 16), kTet},
                                 {d(2026, 2, 17), kTet},
                                 {d(2026, 2, 18), kTet},
                                 {d(2026, 2, 19), kTet},
                                 {d(2026, 2, 20), kTet},
                                 {d(2026, 4, 26), kHung},
                                 {d(2026, 4, 27), kComp},
                                 {d(2026, 4, 30), kApr30},
                                 {d(2026, 5, 1), kMay1},
                                 {d(2026, 9, 1), kNational},
                                 {d(2026, 9, 2), kNational}}));
    }

    void compensatoryDays_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QDate>("holiday");
        QTest::addColumn<QList<QDate>>("compensatory");
        // 1 January on Saturday (2022) or Sunday (2023): Monday off.
        QTest::newRow("2022 new year Sat") << 2022 << d(2022, 1, 1) << QList<QDate>{d(2022, 1, 3)};
        QTest::newRow("2023 new year Sun") << 2023 << d(2023, 1, 1) << QList<QDate>{d(2023, 1, 2)};
        // 30 April and 1 May on Saturday and Sunday: Monday and Tuesday (2022's 30/4–3/5 break).
        QTest::newRow("2022 30/4 + 1/5")
            << 2022 << d(2022, 4, 30) << QList<QDate>{d(2022, 5, 2), d(2022, 5, 3)};
        // 2021: 1 May on Saturday → Monday 3rd.
        QTest::newRow("2021 1/5 Sat") << 2021 << d(2021, 5, 1) << QList<QDate>{d(2021, 5, 3)};
        // 2023: Hùng Kings Saturday 29/4, 30/4 Sunday, 1/5 Monday form one block; its two
        // weekend holidays give Tuesday 2 and Wednesday 3 May.
        QTest::newRow("2023 block")
            << 2023 << d(2023, 4, 29) << QList<QDate>{d(2023, 5, 2), d(2023, 5, 3)};
        // 2 September on Saturday (2023): adjacent day Friday 1st, and Monday 4th compensates
        // (the official 2023 break was 1–4 September).
        QTest::newRow("2023 2/9 Sat") << 2023 << d(2023, 9, 2) << QList<QDate>{d(2023, 9, 4)};
        // 2 September on Sunday (2029): adjacent day Monday 3rd, Tuesday 4th compensates.
        QTest::newRow("2029 2/9 Sun") << 2029 << d(2029, 9, 2) << QList<QDate>{d(2029, 9, 4)};
    }
    void compensatoryDays()
    {
        QFETCH(int, year);
        QFETCH(QDate, holiday);
        QFETCH(QList<QDate>, compensatory);
        // The compensatory days of this block: those within a week after it.
        QList<QDate> near;
        for (const Holiday& h : allOf(year)) {
            if (h.reason == kComp && holiday < h.date && holiday.daysTo(h.date) <= 7)
                near << h.date;
        }
        QCOMPARE(near, compensatory);
    }
    void adjacentNationalDayFollowsTheWeek()
    {
        // One row per weekday of 2 September (Monday–Friday weeks), see PublicHolidays.h.
        const QList<std::pair<int, QDate>> expected{
            {2024, d(2024, 9, 3)}, // Monday
            {2025, d(2025, 9, 1)}, // Tuesday
            {2026, d(2026, 9, 1)}, // Wednesday
            {2027, d(2027, 9, 3)}, // Thursday
            {2022, d(2022, 9, 1)}, // Friday (official 2022 break: 1–4 September)
            {2023, d(2023, 9, 1)}, // Saturday
            {2029, d(2029, 9, 3)}, // Sunday
        };
        for (const auto& [year, adjacent] : expected) {
            QList<QDate> national;
            for (const Holiday& h : statutoryOf(year)) {
                if (h.reason == kNational)
                    national << h.date;
            }
            QCOMPARE(national.size(), 2);
            QVERIFY(national.contains(d(year, 9, 2)));
            QVERIFY2(national.contains(adjacent), qPrintable(QString::number(year)));
        }
        // 2021 (Thursday): the official break was 2–5 September.
        QVERIFY(PublicHolidays::statutory(2021).value().contains(
            Holiday{d(2021, 9, 3), kNational, QStringLiteral("Quốc khánh")}));
    }
    void weeklyPatternDrivesCompensationAndAdjacentDay()
    {
        // With Saturday a working day, a Saturday holiday is an ordinary day off: 2022's 1 January
        // and 30 April give nothing, Sunday 1 May still gives Monday 2nd; 2 September on Friday
        // now takes Saturday 3rd, which joins Sunday.
        const QList<Holiday> all = PublicHolidays::forYear(2022, mondayToSaturday()).value();
        QList<QDate> comps;
        QList<QDate> national;
        for (const Holiday& h : all) {
            if (h.reason == kComp)
                comps << h.date;
            if (h.reason == kNational)
                national << h.date;
        }
        // Hùng Kings' day 2022 is Sunday 10 April → Monday 11th.
        QCOMPARE(comps, (QList<QDate>{d(2022, 4, 11), d(2022, 5, 2)}));
        QCOMPARE(national, (QList<QDate>{d(2022, 9, 2), d(2022, 9, 3)}));
    }

    void legalHistoryIsData()
    {
        const auto rules = PublicHolidays::rules();
        QVERIFY(rules.size() >= 4);
        for (std::size_t i = 1; i < rules.size(); ++i)
            QVERIFY(rules[i - 1].fromYear < rules[i].fromYear);
        QCOMPARE(rules.front().fromYear, 1900);
        QCOMPARE(PublicHolidays::ruleFor(1900).hungKings, false);
        QCOMPARE(PublicHolidays::ruleFor(2006).hungKings, false);
        QCOMPARE(PublicHolidays::ruleFor(2007).hungKings, true);
        QCOMPARE(PublicHolidays::ruleFor(2012).tetDaysBefore +
                     PublicHolidays::ruleFor(2012).tetDaysFrom,
                 4);
        QCOMPARE(PublicHolidays::ruleFor(2013).tetDaysBefore +
                     PublicHolidays::ruleFor(2013).tetDaysFrom,
                 5);
        QCOMPARE(PublicHolidays::ruleFor(2020).nationalDays, 1);
        QCOMPARE(PublicHolidays::ruleFor(2021).nationalDays, 2);
        QCOMPARE(PublicHolidays::ruleFor(2100).nationalDays, 2);
    }
    void legalHistoryApplied()
    {
        auto count = [](int year, const QString& reason) {
            int n = 0;
            for (const Holiday& h : statutoryOf(year))
                n += h.reason == reason ? 1 : 0;
            return n;
        };
        QCOMPARE(count(2006, kHung), 0);
        QCOMPARE(count(2007, kHung), 1);
        QVERIFY(PublicHolidays::statutory(2007).value().contains(
            Holiday{d(2007, 4, 26), kHung, QStringLiteral("Giỗ Tổ Hùng Vương")}));
        QCOMPARE(count(2012, kTet), 4);
        QCOMPARE(count(2013, kTet), 5);
        QCOMPARE(count(2020, kNational), 1);
        QCOMPARE(count(2021, kNational), 2);
        QCOMPARE(count(1950, kTet), 4);

        // Tết 2012 (Monday 23 January): Sunday 22nd (the 30th) to Wednesday 25th; Sunday gives
        // Thursday 26th.
        const QList<Holiday> y2012 = PublicHolidays::forYear(2012).value();
        QList<QDate> tet;
        for (const Holiday& h : y2012) {
            if (h.reason == kTet)
                tet << h.date;
        }
        QCOMPARE(tet,
                 (QList<QDate>{d(2012, 1, 22), d(2012, 1, 23), d(2012, 1, 24), d(2012, 1, 25)}));
        QVERIFY(y2012.contains(
            Holiday{d(2012, 1, 26), kComp, QStringLiteral("Nghỉ bù Tết Nguyên đán")}));
        // 2020: 2 September alone (a Wednesday).
        QList<QDate> national2020;
        for (const Holiday& h : allOf(2020)) {
            if (h.reason == kNational)
                national2020 << h.date;
        }
        QCOMPARE(national2020, QList<QDate>{d(2020, 9, 2)});
    }

    void labelsAreVietnamese()
    {
        const QList<Holiday> all = PublicHolidays::forYear(2026).value();
        QHash<QString, QString> labels;
        for (const Holiday& h : all)
            labels.insert(h.reason, h.label);
        QCOMPARE(labels.value(kNewYear), QStringLiteral("Tết Dương lịch"));
        QCOMPARE(labels.value(kTet), QStringLiteral("Tết Nguyên đán"));
        QCOMPARE(labels.value(kHung), QStringLiteral("Giỗ Tổ Hùng Vương"));
        QCOMPARE(labels.value(kApr30), QStringLiteral("Ngày Chiến thắng"));
        QCOMPARE(labels.value(kMay1), QStringLiteral("Ngày Quốc tế lao động"));
        QCOMPARE(labels.value(kNational), QStringLiteral("Quốc khánh"));
        QCOMPARE(labels.value(kComp), QStringLiteral("Nghỉ bù Giỗ Tổ Hùng Vương"));
    }

    void everyYearIsConsistent()
    {
        // 1900–2100: sorted, one entry per date, the statutory count the rule says, and one
        // compensatory working weekday per weekend holiday, after it and within the same year.
        const std::array<bool, 7> rest = workperiods::weeklyRestDays(CalendarSettings::standard());
        for (int year = 1900; year <= 2100; ++year) {
            const QList<Holiday> statutory = PublicHolidays::statutory(year).value();
            const QList<Holiday> all = PublicHolidays::forYear(year).value();
            const HolidayRule& rule = PublicHolidays::ruleFor(year);
            QCOMPARE(statutory.size(), 3 + rule.tetDaysBefore + rule.tetDaysFrom +
                                           (rule.hungKings ? 1 : 0) + rule.nationalDays);
            int onRest = 0;
            for (const Holiday& h : statutory)
                onRest += rest[h.date.dayOfWeek() - 1] ? 1 : 0;
            QSet<QDate> dates;
            QDate previous;
            int comps = 0;
            for (const Holiday& h : all) {
                QCOMPARE(h.date.year(), year);
                QVERIFY(!dates.contains(h.date));
                dates.insert(h.date);
                QVERIFY(!previous.isValid() || previous < h.date);
                previous = h.date;
                QVERIFY(!h.label.isEmpty());
                if (h.reason == kComp) {
                    ++comps;
                    QVERIFY(!rest[h.date.dayOfWeek() - 1]);
                }
            }
            QCOMPARE(comps, onRest);
            QCOMPARE(all.size(), statutory.size() + comps);
        }
    }
    void edgeYearsAndOutOfRange()
    {
        // Tết 1900 is 31 January (4-day rule): 30 January to 2 February.
        QList<QDate> tet1900;
        for (const Holiday& h : statutoryOf(1900)) {
            if (h.reason == kTet)
                tet1900 << h.date;
        }
        QCOMPARE(tet1900,
                 (QList<QDate>{d(1900, 1, 30), d(1900, 1, 31), d(1900, 2, 1), d(1900, 2, 2)}));
        QVERIFY(PublicHolidays::forYear(2100).ok());
        for (int year : {1899, 2101, 0, -5}) {
            QCOMPARE(PublicHolidays::forYear(year).error().code,
                     QStringLiteral("calendar.year_out_of_range"));
            QCOMPARE(PublicHolidays::statutory(year).error().code,
                     QStringLiteral("calendar.year_out_of_range"));
        }
    }
};

QTEST_GUILESS_MAIN(TstPublicHolidays)
#include "tst_publicholidays.moc"
