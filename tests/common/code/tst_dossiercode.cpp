#include "TestDates.h"
#include "code/DossierCode.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace motcua;
using motcua::test::d;

namespace {

QString randomAgency(QRandomGenerator& rng)
{
    const auto digits = [&](int n) {
        QString s;
        for (int i = 0; i < n; ++i)
            s += QChar(static_cast<char16_t>(u'0' + rng.bounded(10)));
        return s;
    };
    return digits(3) + u'.' + digits(2) + u'.' + digits(2) + u'.' +
           QChar(static_cast<char16_t>(u'A' + rng.bounded(26))) + digits(2);
}

} // namespace

class TstDossierCode : public QObject {
    Q_OBJECT
private slots:
    void parsesRealCodes()
    {
        const Expected<DossierCode> a = DossierCode::parse(u"000.00.53.H48-220921-0099");
        QVERIFY(a.ok());
        QCOMPARE(a->agencyId(), QStringLiteral("000.00.53.H48"));
        QCOMPARE(a->date(), d(2022, 9, 21));
        QCOMPARE(a->sequence(), 99);
        QVERIFY(a->isValid());
        QCOMPARE(a->toString(), QStringLiteral("000.00.53.H48-220921-0099"));

        const Expected<DossierCode> b = DossierCode::parse(u"000.00.12.H62-201105-0004");
        QVERIFY(b.ok());
        QCOMPARE(b->agencyId(), QStringLiteral("000.00.12.H62"));
        QCOMPARE(b->date(), d(2020, 11, 5));
        QCOMPARE(b->sequence(), 4);
    }

    void makeFormats()
    {
        const Expected<DossierCode> c =
            DossierCode::make(QStringLiteral("000.00.00.G09"), d(2026, 1, 2), 1);
        QVERIFY(c.ok());
        QCOMPARE(c->toString(), QStringLiteral("000.00.00.G09-260102-0001"));
        QCOMPARE(
            DossierCode::make(QStringLiteral("000.00.00.G09"), d(2000, 1, 1), 9999)->toString(),
            QStringLiteral("000.00.00.G09-000101-9999"));
        QCOMPARE(
            DossierCode::make(QStringLiteral("000.00.00.G09"), d(2099, 12, 31), 10)->toString(),
            QStringLiteral("000.00.00.G09-991231-0010"));
        QCOMPARE(*DossierCode::parse(c->toString()), *c);
    }

    void makeRejects_data()
    {
        QTest::addColumn<QString>("agency");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<int>("sequence");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        const QString ok = QStringLiteral("000.00.53.H48");
        QTest::newRow("bad agency")
            << "000.00.53.h48" << d(2022, 9, 21) << 1 << "dossierCode.bad_agency"
            << "agencyId";
        QTest::newRow("empty agency") << "" << d(2022, 9, 21) << 1 << "dossierCode.bad_agency"
                                      << "agencyId";
        QTest::newRow("null date") << ok << QDate() << 1 << "dossierCode.no_such_date"
                                   << "date";
        QTest::newRow("1999") << ok << d(1999, 12, 31) << 1 << "dossierCode.date_out_of_range"
                              << "date";
        QTest::newRow("2100") << ok << d(2100, 1, 1) << 1 << "dossierCode.date_out_of_range"
                              << "date";
        QTest::newRow("sequence 0")
            << ok << d(2022, 9, 21) << 0 << "dossierCode.sequence_out_of_range"
            << "sequence";
        QTest::newRow("sequence -1")
            << ok << d(2022, 9, 21) << -1 << "dossierCode.sequence_out_of_range"
            << "sequence";
        QTest::newRow("sequence 10000")
            << ok << d(2022, 9, 21) << 10000 << "dossierCode.sequence_out_of_range"
            << "sequence";
        QTest::newRow("sequence INT_MIN") << ok << d(2022, 9, 21) << std::numeric_limits<int>::min()
                                          << "dossierCode.sequence_out_of_range"
                                          << "sequence";
    }
    void makeRejects()
    {
        QFETCH(QString, agency);
        QFETCH(QDate, date);
        QFETCH(int, sequence);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const Expected<DossierCode> c = DossierCode::make(agency, date, sequence);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, code);
        QCOMPARE(c.error().path, path);
    }

    void parseRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");
        QTest::newRow("empty") << ""
                               << "dossierCode.empty"
                               << "";
        QTest::newRow("underscores") << "000.00.53.H48_220921_0099"
                                     << "dossierCode.bad_format"
                                     << "";
        QTest::newRow("slashes") << "000.00.53.H48/220921/0099"
                                 << "dossierCode.bad_format"
                                 << "";
        QTest::newRow("dot before sequence") << "000.00.53.H48-220921.0099"
                                             << "dossierCode.bad_format"
                                             << "";
        QTest::newRow("spaces for dashes") << "000.00.53.H48 220921 0099"
                                           << "dossierCode.bad_format"
                                           << "";
        QTest::newRow("en dash") << "000.00.53.H48–220921–0099"
                                 << "dossierCode.bad_format"
                                 << "";
        QTest::newRow("double dash") << "000.00.53.H48--220921-0099"
                                     << "dossierCode.bad_format"
                                     << "";
        QTest::newRow("trailing dash") << "000.00.53.H48-220921-0099-"
                                       << "dossierCode.bad_format"
                                       << "";
        QTest::newRow("dashes in agency") << "000-00-53-H48-220921-0099"
                                          << "dossierCode.bad_format"
                                          << "";
        QTest::newRow("ISO date") << "000.00.53.H48-2022-09-21-0099"
                                  << "dossierCode.bad_format"
                                  << "";
        QTest::newRow("one dash") << "000.00.53.H48220921-0099"
                                  << "dossierCode.bad_format"
                                  << "";
        QTest::newRow("lower-case agency letter") << "000.00.53.h48-220921-0099"
                                                  << "dossierCode.bad_agency"
                                                  << "agencyId";
        QTest::newRow("leading space") << " 000.00.53.H48-220921-0099"
                                       << "dossierCode.bad_agency"
                                       << "agencyId";
        QTest::newRow("short agency") << "000.00.53.H4-220921-0099"
                                      << "dossierCode.bad_agency"
                                      << "agencyId";
        QTest::newRow("no agency") << "-220921-0099"
                                   << "dossierCode.bad_agency"
                                   << "agencyId";
        QTest::newRow("5-digit date") << "000.00.53.H48-22092-0099"
                                      << "dossierCode.bad_date"
                                      << "date";
        QTest::newRow("7-digit date") << "000.00.53.H48-2209211-0099"
                                      << "dossierCode.bad_date"
                                      << "date";
        QTest::newRow("8-digit date") << "000.00.53.H48-20220921-0099"
                                      << "dossierCode.bad_date"
                                      << "date";
        QTest::newRow("letter O in date") << "000.00.53.H48-22O921-0099"
                                          << "dossierCode.bad_date"
                                          << "date";
        QTest::newRow("empty date") << "000.00.53.H48--0099"
                                    << "dossierCode.bad_date"
                                    << "date";
        QTest::newRow("31 February") << "000.00.53.H48-310231-0099"
                                     << "dossierCode.no_such_date"
                                     << "date";
        QTest::newRow("30 February") << "000.00.53.H48-220230-0001"
                                     << "dossierCode.no_such_date"
                                     << "date";
        QTest::newRow("29 Feb non-leap") << "000.00.53.H48-230229-0001"
                                         << "dossierCode.no_such_date"
                                         << "date";
        QTest::newRow("31 April") << "000.00.53.H48-220431-0001"
                                  << "dossierCode.no_such_date"
                                  << "date";
        QTest::newRow("month 13") << "000.00.53.H48-221301-0001"
                                  << "dossierCode.no_such_date"
                                  << "date";
        QTest::newRow("month 00") << "000.00.53.H48-220001-0001"
                                  << "dossierCode.no_such_date"
                                  << "date";
        QTest::newRow("day 00") << "000.00.53.H48-220900-0001"
                                << "dossierCode.no_such_date"
                                << "date";
        QTest::newRow("sequence 0000") << "000.00.53.H48-220921-0000"
                                       << "dossierCode.sequence_out_of_range"
                                       << "sequence";
        QTest::newRow("5-digit sequence") << "000.00.53.H48-220921-00099"
                                          << "dossierCode.bad_sequence"
                                          << "sequence";
        QTest::newRow("3-digit sequence") << "000.00.53.H48-220921-099"
                                          << "dossierCode.bad_sequence"
                                          << "sequence";
        QTest::newRow("trailing space") << "000.00.53.H48-220921-0099 "
                                        << "dossierCode.bad_sequence"
                                        << "sequence";
        QTest::newRow("trailing newline") << "000.00.53.H48-220921-0099\n"
                                          << "dossierCode.bad_sequence"
                                          << "sequence";
        QTest::newRow("no sequence") << "000.00.53.H48-220921-"
                                     << "dossierCode.bad_sequence"
                                     << "sequence";
        QTest::newRow("letter in sequence") << "000.00.53.H48-220921-00a9"
                                            << "dossierCode.bad_sequence"
                                            << "sequence";
        QTest::newRow("arabic-indic sequence") << "000.00.53.H48-220921-٠٠٩٩"
                                               << "dossierCode.bad_sequence"
                                               << "sequence";
        QTest::newRow("negative-looking") << "000.00.53.H48-220921-+099"
                                          << "dossierCode.bad_sequence"
                                          << "sequence";
    }
    void parseRejects()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const Expected<DossierCode> c = DossierCode::parse(text);
        QVERIFY(!c.ok());
        QCOMPARE(c.error().code, code);
        QCOMPARE(c.error().path, path);
        QVERIFY(!c.error().message.isEmpty());
    }

    void leapDayIsAccepted()
    {
        const Expected<DossierCode> c = DossierCode::parse(u"000.00.53.H48-240229-0001");
        QVERIFY(c.ok());
        QCOMPARE(c->date(), d(2024, 2, 29));
    }

    void messagesNameWhatIsWrong()
    {
        QCOMPARE(DossierCode::parse(u"000.00.53.H48-310231-0099").error().message,
                 QStringLiteral("dossier code '000.00.53.H48-310231-0099': the date part 310231 is "
                                "not a calendar date (day 31, month 2, year 2031)"));
        QCOMPARE(DossierCode::parse(u"000.00.53.H48-220921-0000").error().message,
                 QStringLiteral("dossier code '000.00.53.H48-220921-0000': sequence 0000 is not "
                                "allowed, numbers start at 0001"));
        QCOMPARE(DossierCode::parse(u"000.00.53.H48-220921-0099 ").error().message,
                 QStringLiteral("dossier code '000.00.53.H48-220921-0099 ': the sequence part "
                                "'0099 ' must be exactly 4 digits, 0001-9999"));
        QVERIFY(DossierCode::parse(u"000.00.53.h48-220921-0099")
                    .error()
                    .message.contains(u"character 11"));
    }

    void defaultIsInvalid()
    {
        const DossierCode c;
        QVERIFY(!c.isValid());
        QVERIFY(c.toString().isEmpty());
        QVERIFY(!c.date().isValid());
    }

    // Property: every valid code round-trips through its text, in 25 characters.
    void roundTripOverRandomCodes()
    {
        QRandomGenerator rng(20220921);
        const qint64 first = d(2000, 1, 1).toJulianDay();
        const qint64 last = d(2099, 12, 31).toJulianDay();
        for (int i = 0; i < 5000; ++i) {
            const QString agency = randomAgency(rng);
            const QDate date = QDate::fromJulianDay(first + rng.bounded(last - first + 1));
            const int seq = rng.bounded(1, 10000);
            const Expected<DossierCode> made = DossierCode::make(agency, date, seq);
            QVERIFY(made.ok());
            const QString text = made->toString();
            QCOMPARE(text.size(), 25);
            const Expected<DossierCode> parsed = DossierCode::parse(text);
            QVERIFY2(parsed.ok(), qPrintable(text));
            QCOMPARE(*parsed, *made);
            QCOMPARE(parsed->agencyId(), agency);
            QCOMPARE(parsed->date(), date);
            QCOMPARE(parsed->sequence(), seq);
        }
    }

    // Property: parse is canonical — whatever it accepts prints back to exactly the same text,
    // so no two spellings name one dossier. Checked on random one-character edits of valid codes.
    void acceptedTextIsCanonical()
    {
        QRandomGenerator rng(99);
        const QString noise = QStringLiteral("0123456789-. AaHhZz٠０\t");
        int accepted = 0;
        for (int i = 0; i < 20000; ++i) {
            const Expected<DossierCode> valid = DossierCode::make(
                randomAgency(rng), d(2020, 1, 1).addDays(rng.bounded(3000)), rng.bounded(1, 10000));
            QVERIFY(valid.ok());
            QString text = valid->toString();
            const int pos = rng.bounded(text.size() + 1);
            switch (rng.bounded(3)) {
            case 0:
                if (pos < text.size())
                    text[pos] = noise.at(rng.bounded(noise.size()));
                break;
            case 1:
                text.insert(pos, noise.at(rng.bounded(noise.size())));
                break;
            default:
                if (pos < text.size())
                    text.remove(pos, 1);
                break;
            }
            const Expected<DossierCode> c = DossierCode::parse(text);
            if (c.ok()) {
                ++accepted;
                QCOMPARE(c->toString(), text);
            } else {
                QVERIFY(c.error().code.startsWith(u"dossierCode."));
            }
        }
        QVERIFY(accepted > 0);
    }
};

QTEST_GUILESS_MAIN(TstDossierCode)
#include "tst_dossiercode.moc"
