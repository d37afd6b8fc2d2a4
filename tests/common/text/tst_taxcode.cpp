#include "text/TaxCode.h"

#include <QtTest>

using namespace motcua;

class TstTaxCode : public QObject {
    Q_OBJECT
private slots:
    void valid()
    {
        const Expected<TaxCode> company = TaxCode::parse(u"0101234567");
        QVERIFY(company.ok());
        QCOMPARE(company->base(), QStringLiteral("0101234567"));
        QVERIFY(!company->isBranch());
        QCOMPARE(company->toString(), QStringLiteral("0101234567"));

        const Expected<TaxCode> branch = TaxCode::parse(u"0101234567-001");
        QVERIFY(branch.ok());
        QCOMPARE(branch->base(), QStringLiteral("0101234567"));
        QCOMPARE(branch->branch(), QStringLiteral("001"));
        QVERIFY(branch->isBranch());
        QCOMPARE(branch->toString(), QStringLiteral("0101234567-001"));
    }

    void errors_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << ""
                               << "taxCode.empty";
        QTest::newRow("9 digits") << "010123456"
                                  << "taxCode.bad_length";
        QTest::newRow("11 digits") << "01012345678"
                                   << "taxCode.bad_length";
        QTest::newRow("13 digits, no dash") << "0101234567001"
                                            << "taxCode.bad_length";
        QTest::newRow("only branch") << "-001"
                                     << "taxCode.bad_length";
        QTest::newRow("9 digits with branch") << "010123456-001"
                                              << "taxCode.bad_length";
        QTest::newRow("letter") << "01012345A7"
                                << "taxCode.non_digit";
        QTest::newRow("space inside") << "0101 234567"
                                      << "taxCode.non_digit";
        QTest::newRow("trailing space") << "0101234567 "
                                        << "taxCode.non_digit";
        QTest::newRow("dot separator") << "0101234567.001"
                                       << "taxCode.non_digit";
        QTest::newRow("2-digit branch") << "0101234567-01"
                                        << "taxCode.bad_branch";
        QTest::newRow("4-digit branch") << "0101234567-0011"
                                        << "taxCode.bad_branch";
        QTest::newRow("dash, no branch") << "0101234567-"
                                         << "taxCode.bad_branch";
        QTest::newRow("letter in branch") << "0101234567-00a"
                                          << "taxCode.bad_branch";
        QTest::newRow("two branches") << "0101234567-001-002"
                                      << "taxCode.bad_branch";
    }
    void errors()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const Expected<TaxCode> t = TaxCode::parse(text);
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, code);
        QVERIFY(!t.error().message.isEmpty());
        QVERIFY(!TaxCode::isValid(text));
    }
};

QTEST_GUILESS_MAIN(TstTaxCode)
#include "tst_taxcode.moc"
