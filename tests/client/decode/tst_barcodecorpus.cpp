// The barcode regression corpus: our own printed receipt (Mẫu 01), rendered to PDF, rasterised in
// process by poppler as a scanner would hand it over — full A4 pages at 150, 200 and 300 dpi,
// upright, turned 90/180/270°, skewed by 2 and 3° either way, in grey and in line-art (1 bit,
// thresholded as scanners do) — and every page must give the dossier code (Code 128) and the
// lookup address (QR) through our zxing wrapper, and nothing else.
#include "FormSamples.h"
#include "core/barcode/Barcode.h"
#include "core/barcode/PageSource.h"
#include "forms/FormRenderer.h"

#include <QElapsedTimer>
#include <QMap>
#include <QPainter>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
namespace samples = motcua::test::forms;

namespace {

const QString kBase = QStringLiteral("https://dichvucong.example/tra-cuu?ma=");
const QString kCode = QString::fromUtf8(samples::kCode);

enum class Mode { Grey, LineArt };

// The page turned by `degrees` about its centre: a multiple of 90 exactly (pixels moved, the
// page's width and height swapped), any other angle as a skewed sheet on a flatbed — resampled
// smoothly, on a canvas large enough for the corners, the uncovered area white like the lid.
QImage turned(const QImage& page, qreal degrees)
{
    if (std::fmod(degrees, 90.0) == 0.0)
        return page.transformed(QTransform().rotate(degrees));
    const QTransform t = QTransform().rotate(degrees);
    const QRect bounds = t.mapRect(page.rect());
    QImage out(bounds.size(), QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(-bounds.topLeft());
    p.setTransform(t, true);
    p.drawImage(0, 0, page);
    p.end();
    return out.convertToFormat(QImage::Format_Grayscale8);
}

// What a scanner's line-art mode gives: each pixel black or white at a fixed threshold, no
// dithering (which would shred the bars' edges into noise).
QImage lineArt(const QImage& grey)
{
    return grey.convertToFormat(QImage::Format_Mono, Qt::MonoOnly | Qt::ThresholdDither);
}

} // namespace

Q_DECLARE_METATYPE(Mode)

class TstBarcodeCorpus : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QMap<int, QImage> m_pages; // dpi → the receipt's page, upright, grey
    qint64 m_slowestMs = 0;
    QString m_slowest;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        FormSettings settings;
        settings.lookupUrlBase = kBase;
        const QString pdf = m_dir.filePath(QStringLiteral("receipt.pdf"));
        const Status written = FormRenderer(settings).renderPdf(samples::receipt(), pdf);
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().describe()));
        for (const int dpi : {150, 200, 300}) {
            const Expected<PageSource> source = PageSource::open(pdf, dpi);
            QVERIFY2(source.ok(), source.ok() ? "" : qPrintable(source.error().describe()));
            QCOMPARE(source->kind(), PageSource::Kind::Pdf);
            QCOMPARE(source->pageCount(), 1);
            const Expected<QImage> page = source->page(0);
            QVERIFY(page.ok());
            QCOMPARE(page->format(), QImage::Format_Grayscale8);
            // A4 = 210 x 297 mm (595 x 842 pt in the PDF: a pixel of rounding either way).
            QVERIFY(qAbs(page->width() - 210 / 25.4 * dpi) <= 1.5);
            QVERIFY(qAbs(page->height() - 297 / 25.4 * dpi) <= 1.5);
            m_pages.insert(dpi, *page);
        }
    }

    void everyVariantDecodes_data()
    {
        QTest::addColumn<int>("dpi");
        QTest::addColumn<qreal>("degrees");
        QTest::addColumn<Mode>("mode");
        for (const int dpi : {150, 200, 300}) {
            for (const qreal degrees : {0.0, 90.0, 180.0, 270.0, 2.0, -2.0, 3.0, -3.0}) {
                for (const Mode mode : {Mode::Grey, Mode::LineArt}) {
                    const QByteArray name = QByteArray::number(dpi) + " dpi, " +
                                            QByteArray::number(degrees) + " deg, " +
                                            (mode == Mode::Grey ? "grey" : "line-art");
                    QTest::newRow(name.constData()) << dpi << degrees << mode;
                }
            }
        }
    }
    void everyVariantDecodes()
    {
        QFETCH(int, dpi);
        QFETCH(qreal, degrees);
        QFETCH(Mode, mode);
        QImage page = turned(m_pages.value(dpi), degrees);
        if (mode == Mode::LineArt) {
            page = lineArt(page);
            QCOMPARE(page.depth(), 1);
        }

        QElapsedTimer timer;
        timer.start();
        const QList<DecodedBarcode> found = barcode::decode(page);
        if (timer.elapsed() > m_slowestMs) {
            m_slowestMs = timer.elapsed();
            m_slowest = QString::fromLatin1(QTest::currentDataTag());
        }

        QStringList got;
        for (const DecodedBarcode& b : found)
            got << b.formatName + u':' + b.text;
        got.sort();
        const QStringList expected = {QStringLiteral("Code128:") + kCode,
                                      QStringLiteral("QRCode:") + kBase + kCode};
        if (got != expected) {
            // Kept for a look (and for trying decoder options on): the folder then survives.
            const QString keep = m_dir.filePath(
                QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_').remove(u',') +
                QStringLiteral(".png"));
            page.save(keep);
            m_dir.setAutoRemove(false);
            qWarning("kept %s", qPrintable(keep));
        }
        QCOMPARE(got, expected);
        // Where the symbols were found is on the page (callers crop and paint out by it).
        for (const DecodedBarcode& b : found)
            QVERIFY(page.rect().contains(b.position.boundingRect()));
    }

    // Line-art reaches the wrapper in whichever 1-bit layout the scanner or the file used: most
    // significant bit first or last, white as 0 or as 1, a width that is not a whole number of
    // bytes. Each must read like the grey page it came from.
    void oneBitLayouts()
    {
        const QImage grey = m_pages.value(200).copy(0, 0, m_pages.value(200).width() - 3,
                                                    m_pages.value(200).height());
        QVERIFY(grey.width() % 8 != 0);
        const QImage msb = lineArt(grey);
        QImage inverted = msb;
        inverted.invertPixels();
        inverted.setColorTable({msb.color(1), msb.color(0)}); // same picture, bits flipped
        const QImage lsb = msb.convertToFormat(QImage::Format_MonoLSB);
        const QStringList expected = {QStringLiteral("Code128:") + kCode,
                                      QStringLiteral("QRCode:") + kBase + kCode};
        for (const QImage& page : {msb, inverted, lsb}) {
            QCOMPARE(page.depth(), 1);
            // The same picture in each layout (as Qt reads it), and the same barcodes from it.
            QCOMPARE(page.convertToFormat(QImage::Format_Grayscale8),
                     msb.convertToFormat(QImage::Format_Grayscale8));
            QStringList got;
            for (const DecodedBarcode& b : barcode::decode(page))
                got << b.formatName + u':' + b.text;
            got.sort();
            QCOMPARE(got, expected);
        }
    }

    void cleanupTestCase()
    {
        qInfo("slowest decode: %lld ms (%s)", m_slowestMs, qPrintable(m_slowest));
    }
};

QTEST_MAIN(TstBarcodeCorpus)
#include "tst_barcodecorpus.moc"
