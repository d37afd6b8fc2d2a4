#include "text/LegacyIdNumber.h"

#include <QtTest>

using namespace motcua;

class TstLegacyIdNumber : public QObject {
    Q_OBJECT
private slots:
    void cases_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("code"); // empty = valid
        QTest::newRow("9 digits") << "012345678"
                                  << "";
        QTest::newRow("all nines") << "999999999"
                                   << "";
        QTest::newRow("empty") << ""
                               << "legacyId.empty";
        QTest::newRow("8 digits") << "01234567"
                                  << "legacyId.bad_length";
        QTest::newRow("10 digits") << "0123456789"
                                   << "legacyId.bad_length";
        QTest::newRow("12 digits") << "001099012345"
                                   << "legacyId.bad_length";
        QTest::newRow("letter") << "01234567X"
                                << "legacyId.non_digit";
        QTest::newRow("space") << "012 345 678"
                               << "legacyId.non_digit";
        QTest::newRow("full-width") << "０１２３４５６７８"
                                    << "legacyId.non_digit";
    }
    void cases()
    {
        QFETCH(QString, number);
        QFETCH(QString, code);
        const Status s = LegacyIdNumber::validate(number);
        QCOMPARE(s.ok(), code.isEmpty());
        QCOMPARE(LegacyIdNumber::isValid(number), code.isEmpty());
        if (!s.ok()) {
            QCOMPARE(s.error().code, code);
            QVERIFY(!s.error().message.isEmpty());
        }
    }

    void message()
    {
        QCOMPARE(LegacyIdNumber::validate(u"01234567").error().message,
                 QStringLiteral("CMND number must have 9 digits, '01234567' has 8"));
    }
};

QTEST_GUILESS_MAIN(TstLegacyIdNumber)
#include "tst_legacyidnumber.moc"
