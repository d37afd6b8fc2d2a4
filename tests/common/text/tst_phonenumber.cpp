#include "text/PhoneNumber.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QtTest>

using namespace motcua;

Q_DECLARE_METATYPE(motcua::PhoneNumber::Kind)

class TstPhoneNumber : public QObject {
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("national");
        QTest::addColumn<PhoneNumber::Kind>("kind");
        using K = PhoneNumber::Kind;
        QTest::newRow("plain") << "0912345678"
                               << "0912345678" << K::Mobile;
        QTest::newRow("spaces") << "091 234 5678"
                                << "0912345678" << K::Mobile;
        QTest::newRow("dots") << "0912.345.678"
                              << "0912345678" << K::Mobile;
        QTest::newRow("dashes") << "0912-345-678"
                                << "0912345678" << K::Mobile;
        QTest::newRow("parentheses") << "(091) 234-5678"
                                     << "0912345678" << K::Mobile;
        QTest::newRow("tabs and nbsp") << "\t0912\u00A0345 678 "
                                       << "0912345678" << K::Mobile;
        QTest::newRow("+84") << "+84912345678"
                             << "0912345678" << K::Mobile;
        QTest::newRow("+84 spaced") << "+84 912 345 678"
                                    << "0912345678" << K::Mobile;
        QTest::newRow("84 without plus") << "84912345678"
                                         << "0912345678" << K::Mobile;
        QTest::newRow("+84 (0)") << "+84 (0) 912 345 678"
                                 << "0912345678" << K::Mobile;
        QTest::newRow("+840") << "+840912345678"
                              << "0912345678" << K::Mobile;
        QTest::newRow("0084") << "0084 912 345 678"
                              << "0912345678" << K::Mobile;
        QTest::newRow("space after plus") << "+ 84 912345678"
                                          << "0912345678" << K::Mobile;
        QTest::newRow("Viettel 086") << "086 123 4567"
                                     << "0861234567" << K::Mobile;
        QTest::newRow("Hà Nội landline") << "024 3825 1234"
                                         << "02438251234" << K::Landline;
        QTest::newRow("HCM landline") << "(028) 3829-1234"
                                      << "02838291234" << K::Landline;
        QTest::newRow("4-digit area code") << "0203 123 4567"
                                           << "02031234567" << K::Landline;
        QTest::newRow("landline +84") << "+84 24 3825 1234"
                                      << "02438251234" << K::Landline;
        QTest::newRow("landline 84") << "842438251234"
                                     << "02438251234" << K::Landline;
    }
    void valid()
    {
        QFETCH(QString, input);
        QFETCH(QString, national);
        QFETCH(PhoneNumber::Kind, kind);
        const Expected<PhoneNumber> p = PhoneNumber::parse(input);
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p->national(), national);
        QCOMPARE(p->kind(), kind);
        QCOMPARE(p->international(), QStringLiteral("+84") + national.mid(1));
        const Expected<QString> n = PhoneNumber::normalise(input);
        QVERIFY(n.ok());
        QCOMPARE(*n, national);
    }

    void everyMobilePrefix()
    {
        const QStringList valid =
            QStringLiteral("032 033 034 035 036 037 038 039 052 055 056 058 059 070 "
                           "076 077 078 079 081 082 083 084 085 086 087 088 089 090 "
                           "091 092 093 094 095 096 097 098 099")
                .split(u' ');
        QCOMPARE(valid.size(), 37);
        for (int p = 0; p < 100; ++p) {
            const QString prefix = QStringLiteral("0%1").arg(p, 2, 10, QLatin1Char('0'));
            if (prefix.at(1) == u'2')
                continue; // landline area codes
            const Expected<PhoneNumber> n = PhoneNumber::parse(prefix + QStringLiteral("1234567"));
            if (valid.contains(prefix)) {
                QVERIFY2(n.ok(), qPrintable(prefix));
                QCOMPARE(n->kind(), PhoneNumber::Kind::Mobile);
            } else {
                QVERIFY2(!n.ok(), qPrintable(prefix));
                QCOMPARE(n.error().code, QStringLiteral("phone.unknown_prefix"));
            }
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("code");
        QTest::newRow("empty") << ""
                               << "phone.empty";
        QTest::newRow("blank") << "  - . "
                               << "phone.empty";
        QTest::newRow("letters only") << "abc"
                                      << "phone.letters";
        QTest::newRow("letter inside") << "09123x5678"
                                       << "phone.letters";
        QTest::newRow("vietnamese letter") << "0912 345 67đ"
                                           << "phone.letters";
        QTest::newRow("hash") << "0912#345678"
                              << "phone.bad_character";
        QTest::newRow("plus inside") << "09+12345678"
                                     << "phone.bad_character";
        QTest::newRow("double plus") << "++84912345678"
                                     << "phone.bad_character";
        QTest::newRow("comma") << "0912,345,678"
                               << "phone.bad_character";
        QTest::newRow("full-width digit") << "０912345678"
                                          << "phone.bad_character";
        QTest::newRow("US number") << "+1 202 555 0100"
                                   << "phone.foreign_number";
        QTest::newRow("+0") << "+0912345678"
                            << "phone.foreign_number";
        QTest::newRow("mobile 9 digits") << "091234567"
                                         << "phone.too_short";
        QTest::newRow("mobile 11 digits") << "09123456789"
                                          << "phone.too_long";
        QTest::newRow("+84 too long") << "+84 9123456789"
                                      << "phone.too_long";
        QTest::newRow("landline 10 digits") << "0243825123"
                                            << "phone.too_short";
        QTest::newRow("landline 12 digits") << "024382512345"
                                            << "phone.too_long";
        QTest::newRow("just 0") << "0"
                                << "phone.too_short";
        QTest::newRow("just +84") << "+84"
                                  << "phone.too_short";
        QTest::newRow("no leading 0") << "912345678"
                                      << "phone.unknown_prefix";
        QTest::newRow("old 01x mobile") << "01234567890"
                                        << "phone.unknown_prefix";
        QTest::newRow("prefix 04") << "0412345678"
                                   << "phone.unknown_prefix";
        QTest::newRow("prefix 06") << "0612345678"
                                   << "phone.unknown_prefix";
        QTest::newRow("prefix 00") << "0012345678"
                                   << "phone.unknown_prefix";
    }
    void errors()
    {
        QFETCH(QString, input);
        QFETCH(QString, code);
        const Expected<PhoneNumber> p = PhoneNumber::parse(input);
        QVERIFY(!p.ok());
        QCOMPARE(p.error().code, code);
        QVERIFY(!p.error().message.isEmpty());
        QVERIFY(!PhoneNumber::normalise(input).ok());
        QVERIFY(!PhoneNumber::isValid(input));
    }

    void messagesNameTheProblem()
    {
        QCOMPARE(PhoneNumber::parse(u"09123x5678").error().message,
                 QStringLiteral("phone number '09123x5678' contains the letter 'x' at position 6"));
        QCOMPARE(PhoneNumber::parse(u"091234567").error().message,
                 QStringLiteral("phone number '091234567' is too short: a mobile number has 10 "
                                "digits, got 9"));
        QVERIFY(PhoneNumber::parse(u"01234567890").error().message.contains(u"2018"));
    }

    // Seeded random input: never crashes; an accepted number is canonical and round-trips.
    void randomInput()
    {
        QRandomGenerator rng(84);
        const QString alphabet = QStringLiteral("0123456789012345678901234567890123456789+ .-()x");
        const QRegularExpression national(QStringLiteral("^(0[35789]\\d{8}|02\\d{9})$"));
        int accepted = 0;
        for (int round = 0; round < 20000; ++round) {
            QString s = rng.bounded(3) == 0 ? QStringLiteral("09") : QString();
            const int len = rng.bounded(0, 16);
            for (int i = 0; i < len; ++i)
                s += alphabet.at(rng.bounded(alphabet.size()));
            const Expected<PhoneNumber> p = PhoneNumber::parse(s);
            if (!p.ok()) {
                QVERIFY(p.error().code.startsWith(u"phone."));
                continue;
            }
            ++accepted;
            QVERIFY2(national.match(p->national()).hasMatch(), qPrintable(p->national()));
            QCOMPARE(PhoneNumber::parse(p->national())->national(), p->national());
            QCOMPARE(PhoneNumber::parse(p->international())->national(), p->national());
        }
        QVERIFY(accepted > 0);
    }
};

QTEST_GUILESS_MAIN(TstPhoneNumber)
#include "tst_phonenumber.moc"
