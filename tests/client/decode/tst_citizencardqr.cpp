// The QR code of a citizen ID card, end to end: made by the test with our encoder, seen the way
// the counter sees it — a scanned A4 page with the card on it, a webcam frame, `motcua decode` on
// a photo — read back through our wrapper and parsed into the applicant's fields; malformed codes
// read just as well but are refused by the parser with the right code.
#include "DecodeSamples.h"
#include "TestDates.h"
#include "cli/DecodeCommand.h"
#include "core/barcode/Barcode.h"
#include "text/CitizenCard.h"

#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using motcua::test::d;
namespace sample = motcua::test::decode;

namespace {

const QDate kToday = d(2026, 3, 2);

const QString kCard = QStringLiteral("079188000321|025123456|Trần Thị Ngọc Ánh|14071988|Nữ|"
                                     "Số 12 đường Lê Lợi, Phường Bến Nghé, Quận 1, Thành phố Hồ "
                                     "Chí Minh|20042021");

QImage qrOf(const QString& text)
{
    const Expected<QImage> qr = barcode::encodeQr(text);
    return qr ? *qr : QImage();
}

// The one QR code on the image, or a null string.
QString readQr(const QImage& image)
{
    const QList<DecodedBarcode> found = barcode::decode(image);
    return found.size() == 1 && found.first().format == BarcodeFormat::QrCode ? found.first().text
                                                                              : QString();
}

// The card's QR code on a 300-dpi scan of an A4 page (the card photocopied or laid on the glass):
// about 17 mm wide as on a real card, slightly askew.
QImage scannedPage(const QString& text)
{
    const QImage qr = qrOf(text);
    const qreal module = 17.0 / 25.4 * 300 / qr.width();
    return sample::place(qr, module, QSize(2480, 3508), QPoint(1700, 400), 1.5);
}

// A webcam frame of the card held up to the counter's camera.
QImage webcamFrame(const QString& text)
{
    const QImage qr = qrOf(text);
    return sample::place(qr, 260.0 / qr.width(), QSize(640, 480), QPoint(200, 90), -4);
}

} // namespace

class TstCitizenCardQr : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void intoTheApplicantFields_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::newRow("scanned page") << scannedPage(kCard);
        QTest::newRow("webcam frame") << webcamFrame(kCard);
        // Some readers and some card printers hand over decomposed text.
        QTest::newRow("NFD text") << scannedPage(kCard.normalized(QString::NormalizationForm_D));
        QTest::newRow("trailing separator") << webcamFrame(kCard + u'|');
    }
    void intoTheApplicantFields()
    {
        QFETCH(QImage, image);
        const QString text = readQr(image);
        QVERIFY2(CitizenCard::looksLikeCard(text), qPrintable(text));
        const Expected<CitizenCard> card = CitizenCard::parse(text, kToday);
        QVERIFY2(card.ok(), card.ok() ? "" : qPrintable(card.error().describe()));
        const Person p = card->toPerson();
        QCOMPARE(p.fullName, QStringLiteral("Trần Thị Ngọc Ánh"));
        QCOMPARE(p.idNumber, QStringLiteral("079188000321"));
        QCOMPARE(p.birthDate, d(1988, 7, 14));
        QCOMPARE(p.address, QStringLiteral("Số 12 đường Lê Lợi, Phường Bến Nghé, Quận 1, Thành "
                                           "phố Hồ Chí Minh"));
        QCOMPARE(card->sex, CitizenId::Sex::Female);
        QCOMPARE(card->issueDate, d(2021, 4, 20));
        QCOMPARE(card->oldIdNumber, QStringLiteral("025123456"));
    }

    void malformedCodesAreRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const auto with = [](int index, const QString& value) {
            QStringList f = kCard.split(u'|');
            f[index] = value;
            return f.join(u'|');
        };
        QTest::newRow("six fields") << kCard.section(u'|', 0, 5) << "citizenCard.field_count";
        QTest::newRow("bad ID") << with(0, QStringLiteral("07918800032")) << "citizenCard.bad_id";
        QTest::newRow("bad birth date")
            << with(3, QStringLiteral("31021988")) << "citizenCard.bad_birth_date";
        QTest::newRow("bad issue date")
            << with(6, QStringLiteral("2021-04-20")) << "citizenCard.bad_issue_date";
        QTest::newRow("no name") << with(2, QString()) << "citizenCard.empty_name";
        QTest::newRow("sex against the number")
            << with(4, QStringLiteral("Nam")) << "citizenCard.sex_mismatch";
    }
    void malformedCodesAreRefused()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        // The barcode itself is fine: it is its content that is refused.
        const QString read = readQr(scannedPage(text));
        QCOMPARE(read, text);
        const Expected<CitizenCard> card = CitizenCard::parse(read, kToday);
        QVERIFY(!card.ok());
        QCOMPARE(card.error().code, code);
    }

    // `motcua decode` on a photo of the card: its one line's text column is the card's code.
    void throughTheDecodeCommand()
    {
        QVERIFY(m_dir.isValid());
        const QString png = m_dir.filePath(QStringLiteral("card.png"));
        QVERIFY(webcamFrame(kCard).save(png));
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        QCOMPARE(DecodeCommand::run({QStringLiteral("motcua"), png}, o, e), 0);
        o.flush();
        const QStringList columns = out.trimmed().split(u'\t');
        QCOMPARE(columns.size(), 3);
        QCOMPARE(columns.at(0), QStringLiteral("1"));
        QCOMPARE(columns.at(1), QStringLiteral("QRCode"));
        const Expected<CitizenCard> card = CitizenCard::parse(columns.at(2), kToday);
        QVERIFY(card.ok());
        QCOMPARE(card->fullName, QStringLiteral("Trần Thị Ngọc Ánh"));
    }
};

QTEST_MAIN(TstCitizenCardQr)
#include "tst_citizencardqr.moc"
