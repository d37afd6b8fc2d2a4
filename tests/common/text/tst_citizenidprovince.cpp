#include "text/CitizenIdProvince.h"

#include <QtTest>

using namespace motcua;

class TstCitizenIdProvince : public QObject {
    Q_OBJECT
private slots:
    void sixtyThreeAscendingCodes()
    {
        const QList<int> codes = CitizenIdProvince::codes();
        QCOMPARE(codes.size(), 63);
        QCOMPARE(codes.first(), 1);
        QCOMPARE(codes.last(), 96);
        for (qsizetype i = 1; i < codes.size(); ++i)
            QVERIFY(codes.at(i - 1) < codes.at(i));
        for (const int c : codes)
            QVERIFY(!CitizenIdProvince::name(c).isEmpty());
    }

    void knownNames_data()
    {
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("name");
        QTest::newRow("001") << 1 << QStringLiteral("Hà Nội");
        QTest::newRow("002") << 2 << QStringLiteral("Hà Giang");
        QTest::newRow("004") << 4 << QStringLiteral("Cao Bằng");
        QTest::newRow("031") << 31 << QStringLiteral("Hải Phòng");
        QTest::newRow("046") << 46 << QStringLiteral("Thừa Thiên Huế");
        QTest::newRow("048") << 48 << QStringLiteral("Đà Nẵng");
        QTest::newRow("066") << 66 << QStringLiteral("Đắk Lắk");
        QTest::newRow("077") << 77 << QStringLiteral("Bà Rịa - Vũng Tàu");
        QTest::newRow("079") << 79 << QStringLiteral("Hồ Chí Minh");
        QTest::newRow("092") << 92 << QStringLiteral("Cần Thơ");
        QTest::newRow("096") << 96 << QStringLiteral("Cà Mau");
    }
    void knownNames()
    {
        QFETCH(int, code);
        QFETCH(QString, name);
        QCOMPARE(CitizenIdProvince::name(code).toString(), name);
        QVERIFY(CitizenIdProvince::isKnown(code));
    }

    void gapsAndOutOfRangeAreUnknown()
    {
        // Codes skipped by the circular (e.g. 003, 005, 007) and anything outside 1–96.
        for (const int c : {-1, 0,  3,  5,  7,  9,  13, 16, 18, 21,  23,  28,     29, 32,
                            39, 41, 43, 47, 50, 53, 55, 57, 59, 61,  63,  65,     69, 71,
                            73, 76, 78, 81, 85, 88, 90, 97, 99, 100, 999, 1000000}) {
            QVERIFY2(!CitizenIdProvince::isKnown(c), qPrintable(QString::number(c)));
        }
    }
};

QTEST_GUILESS_MAIN(TstCitizenIdProvince)
#include "tst_citizenidprovince.moc"
