#include "TestDates.h"
#include "text/CitizenId.h"
#include "text/CitizenIdProvince.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace motcua;
using motcua::test::d;

Q_DECLARE_METATYPE(motcua::CitizenId::Sex)

class TstCitizenId : public QObject {
    Q_OBJECT
private slots:
    void valid_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<int>("province");
        QTest::addColumn<QString>("provinceName");
        QTest::addColumn<CitizenId::Sex>("sex");
        QTest::addColumn<int>("birthYear");
        const QDate today = d(2026, 3, 2);
        using S = CitizenId::Sex;
        QTest::newRow("Hà Nội male 1999")
            << "001099012345" << today << 1 << "Hà Nội" << S::Male << 1999;
        QTest::newRow("HCM female 1988")
            << "079188000321" << today << 79 << "Hồ Chí Minh" << S::Female << 1988;
        QTest::newRow("male 1900") << "002000123456" << today << 2 << "Hà Giang" << S::Male << 1900;
        QTest::newRow("Cà Mau male 2003")
            << "096203004567" << today << 96 << "Cà Mau" << S::Male << 2003;
        QTest::newRow("Đà Nẵng female 2000")
            << "048300111111" << today << 48 << "Đà Nẵng" << S::Female << 2000;
        QTest::newRow("born this year")
            << "031226999999" << today << 31 << "Hải Phòng" << S::Male << 2026;
        QTest::newRow("born 31 Dec, checked 1 Jan")
            << "031326000000" << d(2026, 1, 1) << 31 << "Hải Phòng" << S::Female << 2026;
        QTest::newRow("male 2100")
            << "001400000001" << d(2100, 1, 1) << 1 << "Hà Nội" << S::Male << 2100;
        QTest::newRow("female 2150")
            << "001550000001" << d(2150, 6, 1) << 1 << "Hà Nội" << S::Female << 2150;
        QTest::newRow("male 2299")
            << "001699000001" << d(2299, 12, 31) << 1 << "Hà Nội" << S::Male << 2299;
        QTest::newRow("female 2201")
            << "001701000001" << d(2201, 1, 1) << 1 << "Hà Nội" << S::Female << 2201;
        QTest::newRow("male 2300")
            << "001800000001" << d(2300, 1, 1) << 1 << "Hà Nội" << S::Male << 2300;
        QTest::newRow("female 2399")
            << "001999000001" << d(2399, 12, 31) << 1 << "Hà Nội" << S::Female << 2399;
    }
    void valid()
    {
        QFETCH(QString, number);
        QFETCH(QDate, reference);
        QFETCH(int, province);
        QFETCH(QString, provinceName);
        QFETCH(CitizenId::Sex, sex);
        QFETCH(int, birthYear);
        const Expected<CitizenId> id = CitizenId::parse(number, reference);
        QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
        QCOMPARE(id->number(), number);
        QCOMPARE(id->provinceCode(), province);
        QCOMPARE(id->provinceCodeText(), number.left(3));
        QCOMPARE(id->provinceName(), provinceName);
        QCOMPARE(id->sex(), sex);
        QCOMPARE(id->birthYear(), birthYear);
        QVERIFY(CitizenId::isValid(number, reference));
        QVERIFY(CitizenId::validatePersonalId(number, reference).ok());
    }

    void everyProvinceCodeIsAccepted()
    {
        for (const int code : CitizenIdProvince::codes()) {
            const QString number = QStringLiteral("%1").arg(code, 3, 10, QLatin1Char('0')) +
                                   QStringLiteral("085123456");
            const Expected<CitizenId> id = CitizenId::parse(number, d(2026, 3, 2));
            QVERIFY2(id.ok(), qPrintable(number));
            QCOMPARE(id->provinceCode(), code);
            QCOMPARE(id->birthYear(), 1985);
        }
    }

    void errors_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("code");
        const QDate today = d(2026, 3, 2);
        QTest::newRow("empty") << "" << today << "citizenId.empty";
        QTest::newRow("11 digits") << "00109901234" << today << "citizenId.bad_length";
        QTest::newRow("13 digits") << "0010990123456" << today << "citizenId.bad_length";
        QTest::newRow("9 digits") << "001099012" << today << "citizenId.bad_length";
        QTest::newRow("letter") << "00109901234a" << today << "citizenId.non_digit";
        QTest::newRow("letter O for zero") << "O01099012345" << today << "citizenId.non_digit";
        QTest::newRow("spaces") << "001 099 012 345" << today << "citizenId.non_digit";
        QTest::newRow("trailing space") << "001099012345 " << today << "citizenId.non_digit";
        QTest::newRow("dash") << "001-099-012345" << today << "citizenId.non_digit";
        QTest::newRow("full-width digits")
            << "００１０９９０１２３４５" << today << "citizenId.non_digit";
        QTest::newRow("arabic-indic digits") << "٠٠١٠٩٩٠١٢٣٤٥" << today << "citizenId.non_digit";
        QTest::newRow("province 000") << "000099012345" << today << "citizenId.bad_province";
        QTest::newRow("province 003") << "003099012345" << today << "citizenId.bad_province";
        QTest::newRow("province 097") << "097099012345" << today << "citizenId.bad_province";
        QTest::newRow("province 999") << "999099012345" << today << "citizenId.bad_province";
        QTest::newRow("born next year") << "001227012345" << today << "citizenId.bad_birth_year";
        QTest::newRow("born 2099") << "001399012345" << today << "citizenId.bad_birth_year";
        QTest::newRow("born 22nd century") << "001400012345" << today << "citizenId.bad_birth_year";
        QTest::newRow("born 24th century") << "001900012345" << today << "citizenId.bad_birth_year";
        QTest::newRow("no reference date")
            << "001099012345" << QDate() << "citizenId.bad_reference_date";
    }
    void errors()
    {
        QFETCH(QString, number);
        QFETCH(QDate, reference);
        QFETCH(QString, code);
        const Expected<CitizenId> id = CitizenId::parse(number, reference);
        QVERIFY(!id.ok());
        QCOMPARE(id.error().code, code);
        QVERIFY(!id.error().message.isEmpty());
        QVERIFY(!CitizenId::isValid(number, reference));
    }

    void messagesNameTheProblem()
    {
        const QDate today = d(2026, 3, 2);
        QCOMPARE(CitizenId::parse(u"00109901234a", today).error().message,
                 QStringLiteral("citizen ID number '00109901234a' contains 'a' at position 12; "
                                "only digits 0-9 are allowed"));
        QCOMPARE(CitizenId::parse(u"00109901234", today).error().message,
                 QStringLiteral("citizen ID number must have 12 digits, '00109901234' has 11"));
        QVERIFY(CitizenId::parse(u"003099012345", today).error().message.contains(u"003"));
        QCOMPARE(CitizenId::parse(u"001227012345", today).error().message,
                 QStringLiteral("citizen ID number '001227012345' gives birth year 2027 (digits "
                                "4-6 '227'), which is after 2026"));
        QVERIFY(CitizenId::parse(u"001\t99012345", today).error().message.contains(u"U+0009"));
    }

    void personalIdAcceptsCccdOrCmnd()
    {
        const QDate today = d(2026, 3, 2);
        QVERIFY(CitizenId::validatePersonalId(u"001099012345", today).ok());
        QVERIFY(CitizenId::validatePersonalId(u"012345678", today).ok());
        const Status tooShort = CitizenId::validatePersonalId(u"0123456789", today);
        QCOMPARE(tooShort.error().code, QStringLiteral("citizenId.bad_length"));
        QVERIFY(tooShort.error().message.contains(u"9 digits"));
        QCOMPARE(CitizenId::validatePersonalId(u"01234567a", today).error().code,
                 QStringLiteral("citizenId.non_digit"));
        QCOMPARE(CitizenId::validatePersonalId(u"003099012345", today).error().code,
                 QStringLiteral("citizenId.bad_province"));
        QCOMPARE(CitizenId::validatePersonalId(u"", today).error().code,
                 QStringLiteral("citizenId.empty"));
    }

    // Seeded random input never crashes and, when accepted, decodes consistently.
    void randomInputIsHandled()
    {
        QRandomGenerator rng(7);
        const QString alphabet = QStringLiteral("0123456789012345678901234567890123456789 a-");
        for (int round = 0; round < 20000; ++round) {
            QString s;
            const int len = rng.bounded(0, 15);
            for (int i = 0; i < len; ++i)
                s += alphabet.at(rng.bounded(alphabet.size()));
            const Expected<CitizenId> id = CitizenId::parse(s, d(2026, 3, 2));
            if (!id.ok())
                continue;
            QCOMPARE(s.size(), 12);
            QVERIFY(CitizenIdProvince::isKnown(id->provinceCode()));
            QVERIFY(id->birthYear() >= 1900 && id->birthYear() <= 2026);
            QCOMPARE(id->birthYear() % 100, s.mid(4, 2).toInt());
        }
    }
};

QTEST_GUILESS_MAIN(TstCitizenId)
#include "tst_citizenid.moc"
