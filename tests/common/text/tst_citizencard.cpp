// The QR code of a chip-based citizen ID card: the seven fields into the applicant's, what real
// cards and readers do tolerated, and every malformed code refused with its own error code and
// the field at fault.
#include "TestDates.h"
#include "text/CitizenCard.h"

#include <QtTest>

using namespace motcua;
using motcua::test::d;

Q_DECLARE_METATYPE(motcua::CitizenId::Sex)

namespace {

const QDate kToday = d(2026, 3, 2);

// A real-looking card: a woman born in 1988 in Hồ Chí Minh city, an old CMND, issued 2021.
const QString kCard = QStringLiteral("079188000321|025123456|Trần Thị Ngọc Ánh|14071988|Nữ|"
                                     "Số 12 đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí "
                                     "Minh|20042021");

// kCard with field `index` replaced.
QString with(int index, const QString& value)
{
    QStringList f = kCard.split(u'|');
    f[index] = value;
    return f.join(u'|');
}

} // namespace

class TstCitizenCard : public QObject {
    Q_OBJECT
private slots:
    void parsesEveryField()
    {
        const Expected<CitizenCard> c = CitizenCard::parse(kCard, kToday);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().describe()));
        QCOMPARE(c->idNumber, QStringLiteral("079188000321"));
        QCOMPARE(c->oldIdNumber, QStringLiteral("025123456"));
        QCOMPARE(c->fullName, QStringLiteral("Trần Thị Ngọc Ánh"));
        QCOMPARE(c->birthDate, d(1988, 7, 14));
        QCOMPARE(c->sex, CitizenId::Sex::Female);
        QCOMPARE(c->address, QStringLiteral("Số 12 đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ "
                                            "Chí Minh"));
        QCOMPARE(c->issueDate, d(2021, 4, 20));

        const Person p = c->toPerson();
        QCOMPARE(p.fullName, c->fullName);
        QCOMPARE(p.idNumber, c->idNumber);
        QCOMPARE(p.birthDate, c->birthDate);
        QCOMPARE(p.address, c->address);
        QVERIFY(p.phone.isEmpty() && p.email.isEmpty());
    }

    void tolerated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("oldId");
        QTest::addColumn<QString>("name");
        QTest::addColumn<CitizenId::Sex>("sex");
        using S = CitizenId::Sex;
        const QString name = QStringLiteral("Trần Thị Ngọc Ánh");
        QTest::newRow("as printed") << kCard << "025123456" << name << S::Female;
        QTest::newRow("no old ID") << with(1, QString()) << "" << name << S::Female;
        QTest::newRow("12-digit old CMND")
            << with(1, QStringLiteral("079188000321")) << "079188000321" << name << S::Female;
        QTest::newRow("trailing separator") << kCard + u'|' << "025123456" << name << S::Female;
        QTest::newRow("gun's CR LF and spaces")
            << QStringLiteral("  ") + kCard + QStringLiteral("\r\n") << "025123456" << name
            << S::Female;
        QTest::newRow("spaces around fields")
            << QStringLiteral("079188000321 | 025123456 |  Trần Thị Ngọc Ánh |14071988| Nữ |"
                              "Số 12 đường Lê Lợi, Phường Bến Nghé, Quận 1, TP. Hồ Chí Minh "
                              "| 20042021 ")
            << "025123456" << name << S::Female;
        QTest::newRow("runs of spaces in the name")
            << with(2, QStringLiteral("Trần  Thị   Ngọc Ánh")) << "025123456" << name << S::Female;
        QTest::newRow("NFD") << kCard.normalized(QString::NormalizationForm_D) << "025123456"
                             << name << S::Female;
        QTest::newRow("byte-order mark")
            << QChar(0xFEFF) + kCard << "025123456" << name << S::Female;
        QTest::newRow("capitals") << with(2, QStringLiteral("TRẦN THỊ NGỌC ÁNH"))
                                         .replace(QStringLiteral("|Nữ|"), QStringLiteral("|NỮ|"))
                                  << "025123456" << QStringLiteral("TRẦN THỊ NGỌC ÁNH")
                                  << S::Female;
        QTest::newRow("a man") << QStringLiteral(
                                      "001099012345||Nguyễn Văn An|01011999|Nam|Hà Nội|15082021")
                               << "" << QStringLiteral("Nguyễn Văn An") << S::Male;
        QTest::newRow("a man in capitals NAM")
            << QStringLiteral("001099012345||Nguyễn Văn An|01011999|NAM|Hà Nội|15082021") << ""
            << QStringLiteral("Nguyễn Văn An") << S::Male;
        QTest::newRow("born 2003, issued the day of the reading")
            << QStringLiteral("096203004567||Lê Văn Bình|01012003|Nam|Cà Mau|02032026") << ""
            << QStringLiteral("Lê Văn Bình") << S::Male;
        QTest::newRow("29 February")
            << QStringLiteral("048300111111||Phạm Thu Hà|29022000|Nữ|Đà Nẵng|01062024") << ""
            << QStringLiteral("Phạm Thu Hà") << S::Female;
    }
    void tolerated()
    {
        QFETCH(QString, text);
        QFETCH(QString, oldId);
        QFETCH(QString, name);
        QFETCH(CitizenId::Sex, sex);
        QVERIFY(CitizenCard::looksLikeCard(text));
        const Expected<CitizenCard> c = CitizenCard::parse(text, kToday);
        QVERIFY2(c.ok(), c.ok() ? "" : qPrintable(c.error().describe()));
        QCOMPARE(c->oldIdNumber, oldId);
        QCOMPARE(c->fullName, name);
        QCOMPARE(c->fullName, c->fullName.normalized(QString::NormalizationForm_C));
        QCOMPARE(c->address, c->address.normalized(QString::NormalizationForm_C));
        QVERIFY(!c->address.startsWith(u' ') && !c->address.endsWith(u' '));
        QCOMPARE(c->sex, sex);
        QVERIFY(c->issueDate.isValid() && c->birthDate.isValid());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("reference");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("path");

        const auto row = [](const char* name, const QString& text, const char* code,
                            const char* path, QDate reference = kToday) {
            QTest::newRow(name) << text << reference << QString::fromLatin1(code)
                                << QString::fromLatin1(path);
        };
        row("empty", QString(), "citizenCard.empty", "");
        row("white space", QStringLiteral(" \r\n"), "citizenCard.empty", "");
        row("a dossier code", QStringLiteral("000.00.53.H48-261120-0042"),
            "citizenCard.field_count", "");
        row("six fields", kCard.section(u'|', 0, 5), "citizenCard.field_count", "");
        row("eight fields", kCard + QStringLiteral("|x"), "citizenCard.field_count", "");
        row("two trailing separators", kCard + QStringLiteral("||"), "citizenCard.field_count", "");
        row("a field lost its separator",
            QString(kCard).replace(QStringLiteral("|Nữ|"), QStringLiteral("Nữ|")),
            "citizenCard.field_count", "");
        row("ID too short", with(0, QStringLiteral("07918800032")), "citizenCard.bad_id",
            "idNumber");
        row("ID with a letter", with(0, QStringLiteral("07918800032O")), "citizenCard.bad_id",
            "idNumber");
        row("ID of no province", with(0, QStringLiteral("099188000321")), "citizenCard.bad_id",
            "idNumber");
        row("ID empty", with(0, QString()), "citizenCard.bad_id", "idNumber");
        row("old ID of 8 digits", with(1, QStringLiteral("02512345")), "citizenCard.bad_old_id",
            "oldIdNumber");
        row("old ID with a letter", with(1, QStringLiteral("02512345A")), "citizenCard.bad_old_id",
            "oldIdNumber");
        row("name empty", with(2, QStringLiteral("  ")), "citizenCard.empty_name", "fullName");
        row("name with digits", with(2, QStringLiteral("Trần Thị 14071988")),
            "citizenCard.bad_name", "fullName");
        row("name with a control", with(2, QStringLiteral("Trần\tThị")), "citizenCard.bad_name",
            "fullName");
        row("birth date with slashes", with(3, QStringLiteral("14/07/1988")),
            "citizenCard.bad_birth_date", "birthDate");
        row("birth date 31 June", with(3, QStringLiteral("31061988")), "citizenCard.bad_birth_date",
            "birthDate");
        row("birth date 29 February 1989",
            QStringLiteral("079189000321||Trần Thị Ánh|29021989|Nữ|Huế|20042021"),
            "citizenCard.bad_birth_date", "birthDate");
        row("birth date yyyyMMdd", with(3, QStringLiteral("19880714")),
            "citizenCard.bad_birth_date", "birthDate");
        row("birth date after the reading",
            QStringLiteral("001226000001||Bé Na|05032026|Nam|Hà Nội|05032026"),
            "citizenCard.bad_birth_date", "birthDate");
        row("sex missing", with(4, QString()), "citizenCard.bad_sex", "sex");
        row("sex in English", with(4, QStringLiteral("Female")), "citizenCard.bad_sex", "sex");
        row("sex without its tone", with(4, QStringLiteral("Nu")), "citizenCard.bad_sex", "sex");
        row("address empty", with(5, QString()), "citizenCard.empty_address", "address");
        row("address with a line break", with(5, QStringLiteral("Số 12\nLê Lợi")),
            "citizenCard.bad_address", "address");
        row("issue date not a date", with(6, QStringLiteral("2004202")),
            "citizenCard.bad_issue_date", "issueDate");
        row("issued 2015", with(6, QStringLiteral("31122015")), "citizenCard.bad_issue_date",
            "issueDate");
        row("issued after the reading", with(6, QStringLiteral("03032026")),
            "citizenCard.bad_issue_date", "issueDate");
        row("issued before birth",
            QStringLiteral("001220000001||Bé Na|05032020|Nam|Hà Nội|01012020"),
            "citizenCard.bad_issue_date", "issueDate");
        row("a man's number, Nữ", with(4, QStringLiteral("Nam")), "citizenCard.sex_mismatch",
            "sex");
        row("born 1989 by the date, 1988 by the number", with(3, QStringLiteral("14071989")),
            "citizenCard.birth_year_mismatch", "birthDate");
        row("no reference date", kCard, "citizenCard.bad_reference_date", "", QDate());
    }
    void refused()
    {
        QFETCH(QString, text);
        QFETCH(QDate, reference);
        QFETCH(QString, code);
        QFETCH(QString, path);
        const Expected<CitizenCard> c = CitizenCard::parse(text, reference);
        QVERIFY2(!c.ok(), "accepted");
        QCOMPARE(c.error().code, code);
        QCOMPARE(c.error().path, path);
        QVERIFY(!c.error().message.isEmpty());
    }

    void messagesSayWhatIsWrong()
    {
        const auto message = [](const QString& text) {
            const auto c = CitizenCard::parse(text, kToday);
            return c.ok() ? QString() : c.error().message;
        };
        QVERIFY(message(kCard.section(u'|', 0, 4)).contains(QStringLiteral("has 5")));
        // CitizenId's own reason is kept.
        QVERIFY(message(with(0, QStringLiteral("07918800032"))).contains(QStringLiteral("12")));
        QVERIFY(message(with(3, QStringLiteral("31061988"))).contains(QStringLiteral("31061988")));
        QVERIFY(message(with(4, QStringLiteral("Nam"))).contains(QStringLiteral("woman")));
        QVERIFY(message(with(3, QStringLiteral("14071989"))).contains(QStringLiteral("1988")));
        // Control characters are shown, not printed raw into a log.
        QVERIFY(message(with(2, QStringLiteral("A\u0007B"))).contains(QStringLiteral("U+0007")));
    }

    void looksLikeCard()
    {
        QVERIFY(CitizenCard::looksLikeCard(kCard));
        // Shaped like one but broken: parse() then says why.
        QVERIFY(CitizenCard::looksLikeCard(with(3, QStringLiteral("31061988"))));
        QVERIFY(CitizenCard::looksLikeCard(QStringLiteral("001099012345||||||")));
        QVERIFY(!CitizenCard::looksLikeCard(QStringLiteral("000.00.53.H48-261120-0042")));
        QVERIFY(!CitizenCard::looksLikeCard(QStringLiteral("001099012345")));
        QVERIFY(!CitizenCard::looksLikeCard(QStringLiteral("001099012345|a|b")));
        QVERIFY(!CitizenCard::looksLikeCard(
            QStringLiteral("https://dichvucong.example/tra-cuu?ma=000.00.53.H48-261120-0042")));
        QVERIFY(!CitizenCard::looksLikeCard(QString()));
    }

    // Whatever a reader hands over, parse() answers without crashing or accepting garbage.
    void arbitraryInputIsSafe()
    {
        const QStringList inputs = {
            QStringLiteral("|||||||"),
            QString(7, u'|'),
            QString(10000, u'|'),
            QStringLiteral("001099012345|") + QString(5000, u'x'),
            QString(QChar(0xD800)) + kCard,
            QStringLiteral("\u0000|\u0000|\u0000|\u0000|\u0000|\u0000|\u0000"),
        };
        for (const QString& s : inputs)
            QVERIFY(!CitizenCard::parse(s, kToday).ok());
    }
};

QTEST_GUILESS_MAIN(TstCitizenCard)
#include "tst_citizencard.moc"
