// core/barcode: the only wrapper of zxing-cpp. Round trips through our own decoder, module
// geometry (one pixel per module, quiet zones kept) and the image formats scanning will feed it.
#include "core/barcode/Barcode.h"

#include <QPainter>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;

namespace {

// A symbol image blown up by an integer factor (no smoothing) on white paper, as a printer and a
// scanner would see it.
QImage onPaper(const QImage& symbol, int scaleX, int scaleY, QImage::Format format, int margin = 40,
               int extraWidth = 0)
{
    QImage page(symbol.width() * scaleX + 2 * margin + extraWidth,
                symbol.height() * scaleY + 2 * margin, format);
    page.fill(Qt::white);
    QPainter p(&page);
    p.drawImage(QRect(margin, margin, symbol.width() * scaleX, symbol.height() * scaleY), symbol);
    p.end();
    return page;
}

bool isDark(const QImage& img, int x, int y)
{
    return qGray(img.pixel(x, y)) < 128;
}

} // namespace

class TstBarcode : public QObject {
    Q_OBJECT
private slots:
    void formatNames()
    {
        QCOMPARE(barcodeFormatName(BarcodeFormat::QrCode), QStringLiteral("QRCode"));
        QCOMPARE(barcodeFormatName(BarcodeFormat::Code128), QStringLiteral("Code128"));
        QCOMPARE(barcodeFormatName(BarcodeFormat::None), QStringLiteral("None"));
    }

    void qrKeepsVietnameseText()
    {
        const QString text = QStringLiteral("Nguyễn Thị Ngọc Ánh|001190012345|Đường Ữ Ỵ");
        const auto qr = barcode::encodeQr(text);
        QVERIFY2(qr.ok(), qPrintable(qr.ok() ? QString() : qr.error().describe()));
        const auto found = barcode::decode(onPaper(*qr, 4, 4, QImage::Format_RGB32));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().format, BarcodeFormat::QrCode);
        QCOMPARE(found.first().text, text);
        QVERIFY(!found.first().position.isEmpty());
    }

    void qrIsOneModulePerPixelWithQuietZone()
    {
        const auto qr = barcode::encodeQr(QStringLiteral("000.00.53.H48-261120-0042"));
        QVERIFY(qr.ok());
        QCOMPARE(qr->format(), QImage::Format_Grayscale8);
        QCOMPARE(qr->width(), qr->height());
        const int modules = qr->width() - 2 * 4;
        QCOMPARE((modules - 17) % 4, 0);        // a QR version: 21, 25, 29, … modules
        for (int i = 0; i < qr->width(); ++i) { // four white modules all around
            for (int q = 0; q < 4; ++q) {
                QVERIFY(!isDark(*qr, i, q));
                QVERIFY(!isDark(*qr, q, i));
                QVERIFY(!isDark(*qr, i, qr->height() - 1 - q));
                QVERIFY(!isDark(*qr, qr->width() - 1 - q, i));
            }
        }
        QVERIFY(isDark(*qr, 4, 4)); // the finder pattern's corner

        const auto bare = barcode::encodeQr(QStringLiteral("x"), {QrErrorCorrection::Medium, 0});
        QVERIFY(bare.ok());
        QCOMPARE(bare->width(), 21);
        QVERIFY(isDark(*bare, 0, 0));
    }

    void qrErrorCorrectionGrowsTheSymbol()
    {
        const QString url =
            QStringLiteral("https://dichvucong.example/tra-cuu?ma=000.00.53.H48-261120-0042");
        const auto low = barcode::encodeQr(url, {QrErrorCorrection::Low, 4});
        const auto high = barcode::encodeQr(url, {QrErrorCorrection::High, 4});
        QVERIFY(low.ok() && high.ok());
        QVERIFY2(high->width() > low->width(),
                 qPrintable(QStringLiteral("%1 vs %2").arg(high->width()).arg(low->width())));
        for (const auto* img : {&*low, &*high}) {
            const auto found = barcode::decode(onPaper(*img, 3, 3, QImage::Format_Grayscale8));
            QCOMPARE(found.size(), 1);
            QCOMPARE(found.first().text, url);
        }
    }

    void qrRefusesWhatCannotBeEncoded()
    {
        QVERIFY(!barcode::encodeQr(QString()).ok());
        const auto tooLong = barcode::encodeQr(QString(8000, u'Ữ'));
        QVERIFY(!tooLong.ok());
        QCOMPARE(tooLong.error().code, QStringLiteral("barcode.encode_failed"));
    }

    void code128RoundTrip()
    {
        const QString code = QStringLiteral("000.00.53.H48-261120-0042");
        const auto bars = barcode::encodeCode128(code);
        QVERIFY(bars.ok());
        QCOMPARE(bars->height(), 1);
        for (int q = 0; q < 10; ++q) { // ten white modules each side
            QVERIFY(!isDark(*bars, q, 0));
            QVERIFY(!isDark(*bars, bars->width() - 1 - q, 0));
        }
        QVERIFY(isDark(*bars, 10, 0)); // the start character begins with a bar
        const auto found = barcode::decode(onPaper(*bars, 2, 80, QImage::Format_RGB32));
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().format, BarcodeFormat::Code128);
        QCOMPARE(found.first().text, code);
    }

    void code128IsAsciiOnly()
    {
        const auto bad = barcode::encodeCode128(QStringLiteral("HS-Đức"));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.error().code, QStringLiteral("barcode.encode_failed"));
        QVERIFY(!barcode::encodeCode128(QString()).ok());
        QVERIFY(!barcode::encodeCode128(QStringLiteral("tab\there")).ok());
    }

    // Scanners deliver 24-bit RGB whose rows are padded to 4 bytes: the stride must be honoured.
    void decodesPaddedRgbRowsAndFindsEverySymbol()
    {
        const auto qr = barcode::encodeQr(QStringLiteral("https://dichvucong.example/a"));
        const auto bars = barcode::encodeCode128(QStringLiteral("000.00.12.H62-201105-0004"));
        QVERIFY(qr.ok() && bars.ok());
        QImage page(bars->width() * 3 + 83, 700, QImage::Format_RGB888); // odd width: padding
        QVERIFY(page.bytesPerLine() != page.width() * 3);
        page.fill(Qt::white);
        QPainter p(&page);
        p.drawImage(QRect(40, 40, qr->width() * 5, qr->height() * 5), *qr);
        p.drawImage(QRect(40, 450, bars->width() * 3, 120), *bars);
        p.end();

        const auto found = barcode::decode(page);
        QCOMPARE(found.size(), 2);
        QStringList texts;
        for (const auto& b : found)
            texts << barcodeFormatName(b.format) + u':' + b.text;
        texts.sort();
        QCOMPARE(texts, QStringList({QStringLiteral("Code128:000.00.12.H62-201105-0004"),
                                     QStringLiteral("QRCode:https://dichvucong.example/a")}));

        DecodeOptions onlyQr;
        onlyQr.formats = BarcodeFormat::QrCode;
        QCOMPARE(barcode::decode(page, onlyQr).size(), 1);
    }

    void nothingOnABlankOrNullImage()
    {
        QImage blank(400, 300, QImage::Format_Grayscale8);
        blank.fill(255);
        QVERIFY(barcode::decode(blank).isEmpty());
        QVERIFY(barcode::decode(QImage()).isEmpty());
    }
};

QTEST_MAIN(TstBarcode)
#include "tst_barcode.moc"
