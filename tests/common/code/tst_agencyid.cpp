#include "code/AgencyId.h"

#include <QtTest>

using namespace motcua;

class TstAgencyId : public QObject {
    Q_OBJECT
private slots:
    void cases_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code"); // empty = valid
        QTest::newRow("district") << "000.00.53.H48"
                                  << "";
        QTest::newRow("department") << "000.00.12.H62"
                                    << "";
        QTest::newRow("ministry") << "000.00.00.G09"
                                  << "";
        QTest::newRow("all nines") << "999.99.99.Z99"
                                   << "";
        QTest::newRow("letter A") << "123.45.67.A01"
                                  << "";
        QTest::newRow("empty") << ""
                               << "agencyId.empty";
        QTest::newRow("lower-case letter") << "000.00.53.h48"
                                           << "agencyId.bad_format";
        QTest::newRow("dashes") << "000-00-53-H48"
                                << "agencyId.bad_format";
        QTest::newRow("letter first") << "H48.00.53.000"
                                      << "agencyId.bad_format";
        QTest::newRow("two letters") << "000.00.53.HH8"
                                     << "agencyId.bad_format";
        QTest::newRow("digit for letter") << "000.00.53.048"
                                          << "agencyId.bad_format";
        QTest::newRow("vietnamese letter") << "000.00.53.Đ48"
                                           << "agencyId.bad_format";
        QTest::newRow("shifted dot") << "000.0.053.H48"
                                     << "agencyId.bad_format";
        QTest::newRow("leading space") << " 000.00.53.H48"
                                       << "agencyId.bad_format";
        QTest::newRow("full-width digit") << "０00.00.53.H48"
                                          << "agencyId.bad_format";
        QTest::newRow("letter in digits") << "00a.00.53.H48"
                                          << "agencyId.bad_format";
        QTest::newRow("too short") << "000.00.53.H4"
                                   << "agencyId.bad_length";
        QTest::newRow("too long") << "000.00.53.H480"
                                  << "agencyId.bad_length";
        QTest::newRow("trailing space") << "000.00.53.H48 "
                                        << "agencyId.bad_length";
        QTest::newRow("with local suffix") << "000.00.53.H48.01"
                                           << "agencyId.bad_length";
    }
    void cases()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const Status s = AgencyId::validate(text);
        QCOMPARE(s.ok(), code.isEmpty());
        QCOMPARE(AgencyId::isValid(text), code.isEmpty());
        if (!s.ok()) {
            QCOMPARE(s.error().code, code);
            QVERIFY(!s.error().message.isEmpty());
        }
    }

    void messagesNameThePosition()
    {
        QCOMPARE(AgencyId::validate(u"000.00.53.h48").error().message,
                 QStringLiteral("agency identifier '000.00.53.h48': character 11 must be a capital "
                                "letter A-Z, got 'h' (expected the form 000.00.00.A00)"));
        QCOMPARE(AgencyId::validate(u"000-00-53-H48").error().message,
                 QStringLiteral("agency identifier '000-00-53-H48': character 4 must be '.', got "
                                "'-' (expected the form 000.00.00.A00)"));
        QCOMPARE(AgencyId::validate(u"000.00.53.H4").error().message,
                 QStringLiteral("agency identifier '000.00.53.H4' has 12 characters; it must have "
                                "13 (the form 000.00.00.A00)"));
    }
};

QTEST_GUILESS_MAIN(TstAgencyId)
#include "tst_agencyid.moc"
