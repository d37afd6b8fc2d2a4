#include "TestDates.h"
#include "code/CodeBlock.h"

#include <QtTest>

using namespace motcua;
using motcua::test::d;

namespace {
const QString kAgency = QStringLiteral("000.00.53.H48");
}

class TstCodeBlock : public QObject {
    Q_OBJECT
private slots:
    void basics()
    {
        const CodeBlock b{kAgency, d(2026, 3, 2), 101, 50};
        QVERIFY(b.isValid());
        QCOMPARE(b.last(), 150);
        QVERIFY(b.contains(101));
        QVERIFY(b.contains(150));
        QVERIFY(!b.contains(100));
        QVERIFY(!b.contains(151));
        QCOMPARE(b.code(120)->toString(), QStringLiteral("000.00.53.H48-260302-0120"));
        QCOMPARE(b.code(151).error().code, QStringLiteral("codes.not_in_block"));
    }

    void overlaps()
    {
        const CodeBlock b{kAgency, d(2026, 3, 2), 101, 50};
        QVERIFY(b.overlaps(CodeBlock{kAgency, d(2026, 3, 2), 150, 1}));
        QVERIFY(b.overlaps(CodeBlock{kAgency, d(2026, 3, 2), 1, 101}));
        QVERIFY(b.overlaps(b));
        QVERIFY(!b.overlaps(CodeBlock{kAgency, d(2026, 3, 2), 151, 10}));
        QVERIFY(!b.overlaps(CodeBlock{kAgency, d(2026, 3, 2), 1, 100}));
        QVERIFY(!b.overlaps(CodeBlock{kAgency, d(2026, 3, 3), 101, 50}));
        QVERIFY(!b.overlaps(CodeBlock{QStringLiteral("000.00.12.H62"), d(2026, 3, 2), 101, 50}));
    }

    void validation_data()
    {
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("first");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("code"); // empty = valid
        const QDate day = d(2026, 3, 2);
        QTest::newRow("whole day") << kAgency << day << 1 << 9999 << "";
        QTest::newRow("last number") << kAgency << day << 9999 << 1 << "";
        QTest::newRow("bad agency") << "H48" << day << 1 << 10 << "codes.bad_agency";
        QTest::newRow("null day") << kAgency << QDate() << 1 << 10 << "codes.bad_day";
        QTest::newRow("day before 2000")
            << kAgency << d(1999, 12, 31) << 1 << 10 << "codes.bad_day";
        QTest::newRow("first 0") << kAgency << day << 0 << 10 << "codes.bad_block";
        QTest::newRow("count 0") << kAgency << day << 1 << 0 << "codes.bad_block";
        QTest::newRow("negative count") << kAgency << day << 5 << -3 << "codes.bad_block";
        QTest::newRow("past 9999") << kAgency << day << 9990 << 11 << "codes.bad_block";
        QTest::newRow("first past 9999") << kAgency << day << 10000 << 1 << "codes.bad_block";
        QTest::newRow("overflowing count")
            << kAgency << day << 2 << std::numeric_limits<int>::max() << "codes.bad_block";
        QTest::newRow("INT_MIN first")
            << kAgency << day << std::numeric_limits<int>::min() << 5 << "codes.bad_block";
    }
    void validation()
    {
        QFETCH(QString, agency);
        QFETCH(QDate, day);
        QFETCH(int, first);
        QFETCH(int, count);
        QFETCH(QString, code);
        const Status s = CodeBlock{agency, day, first, count}.validate();
        QCOMPARE(s.ok(), code.isEmpty());
        if (!s.ok())
            QCOMPARE(s.error().code, code);
    }
};

QTEST_GUILESS_MAIN(TstCodeBlock)
#include "tst_codeblock.moc"
