// Pages to PDF (PdfPageWriter through PageDocument), checked with poppler's own tools: JPEG for
// grey (one channel) and colour, 1 bit for line-art, each page the paper's size, line-art
// black where it was black. Rotation keeps formats; thumbnails keep what a page shows.
#include "PdfTools.h"
#include "core/scan/PageDocument.h"
#include "core/scan/PdfPageWriter.h"
#include "core/scan/Thumbnail.h"

#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
namespace pdf = motcua::test::pdf;

namespace {

void setDpi(QImage& image, int dpi)
{
    image.setDotsPerMeterX(qRound(dpi / 0.0254));
    image.setDotsPerMeterY(qRound(dpi / 0.0254));
}

// A page as the scanner gives it: white paper, a black block top-left, `dpi` set.
QImage paper(QImage::Format format, QSize size, int dpi)
{
    QImage grey(size, QImage::Format_Grayscale8);
    grey.fill(255);
    for (int y = 0; y < size.height() / 4; ++y)
        std::memset(grey.scanLine(y), 0, size_t(size.width() / 4));
    QImage page = format == QImage::Format_Mono
                      ? grey.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither)
                      : grey.convertToFormat(format);
    if (format == QImage::Format_RGB888) {
        // Something red, so that colour must survive.
        QPainter p(&page);
        p.fillRect(QRect(size.width() / 2, size.height() / 2, size.width() / 4, size.height() / 4),
                   Qt::red);
    }
    setDpi(page, dpi);
    return page;
}

struct PdfImage {
    int page = 0;
    QString color;
    int components = 0;
    int bitsPerComponent = 0;
    QString encoding;
    int width = 0;
    int height = 0;
};

// `pdfimages -list`: one row per image.
QList<PdfImage> imagesOf(const QString& file)
{
    QList<PdfImage> images;
    const QStringList lines =
        pdf::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file}).split(u'\n');
    for (const QString& line : lines.mid(2)) {
        const QStringList f = line.simplified().split(u' ');
        if (f.size() < 10)
            continue;
        images.append(
            {f[0].toInt(), f[5], f[6].toInt(), f[7].toInt(), f[8], f[3].toInt(), f[4].toInt()});
    }
    return images;
}

// `pdfinfo -f 1 -l N`: every page's size in points.
QList<QSizeF> pageSizesOf(const QString& file, int pages)
{
    QList<QSizeF> sizes;
    static const QRegularExpression re(QStringLiteral(R"(Page\s+\d+ size:\s+([\d.]+) x ([\d.]+))"));
    const QString out =
        pdf::run(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QStringLiteral("1"),
                                             QStringLiteral("-l"), QString::number(pages), file});
    for (auto it = re.globalMatch(out); it.hasNext();) {
        const auto m = it.next();
        sizes << QSizeF(m.captured(1).toDouble(), m.captured(2).toDouble());
    }
    return sizes;
}

} // namespace

class TstPageDocument : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char* tool : {"pdfinfo", "pdfimages", "pdftoppm"}) {
            if (!pdf::have(QString::fromLatin1(tool)))
                QFAIL("poppler-utils is not installed (installer/dev.sh installs it)");
        }
    }

    void greyColourAndLineArtPages()
    {
        PageDocument doc;
        doc.append(paper(QImage::Format_Grayscale8, {1240, 1753}, 150)); // A4 at 150 dpi
        doc.append(paper(QImage::Format_RGB888, {1240, 1753}, 150));
        doc.append(paper(QImage::Format_Mono, {2480, 3507}, 300));      // A4 at 300 dpi
        doc.append(paper(QImage::Format_Grayscale8, {874, 1240}, 150)); // A5 at 150 dpi
        const QString file = m_dir.filePath(QStringLiteral("pages.pdf"));
        const Status written = doc.writePdf(file, QStringLiteral("Giấy khai sinh"));
        QVERIFY2(written.ok(), written.ok() ? "" : qPrintable(written.error().describe()));
        QCOMPARE(pdf::pageCount(file), 4);

        const QList<PdfImage> images = imagesOf(file);
        QCOMPARE(images.size(), 4);
        QCOMPARE(images[0].encoding, QStringLiteral("jpeg"));
        QCOMPARE(images[0].color, QStringLiteral("gray"));
        QCOMPARE(images[0].components, 1);
        QCOMPARE(images[1].encoding, QStringLiteral("jpeg"));
        QCOMPARE(images[1].color, QStringLiteral("rgb"));
        QCOMPARE(images[1].components, 3);
        QCOMPARE(images[2].encoding, QStringLiteral("image")); // Flate: not JPEG
        QCOMPARE(images[2].color, QStringLiteral("gray"));
        QCOMPARE(images[2].bitsPerComponent, 1);
        QCOMPARE(images[2].width, 2480);
        QCOMPARE(images[2].height, 3507);

        // Each page the paper's size (A4 = 595 × 842 pt, A5 = 420 × 595 pt).
        const QList<QSizeF> sizes = pageSizesOf(file, 4);
        QCOMPARE(sizes.size(), 4);
        const auto near = [](QSizeF a, QSizeF b) {
            return qAbs(a.width() - b.width()) < 1.0 && qAbs(a.height() - b.height()) < 1.0;
        };
        for (int i = 0; i < 3; ++i)
            QVERIFY2(near(sizes[i], {595.2, 841.7}), qPrintable(QString::number(sizes[i].width())));
        QVERIFY(near(sizes[3], {419.5, 595.2}));

        QVERIFY(
            pdf::run(QStringLiteral("pdfinfo"), {file}).contains(QStringLiteral("Giấy khai sinh")));

        // Black stays black and white stays white, line-art included.
        const QStringList pngs = pdf::rasterise(file, 36);
        QCOMPARE(pngs.size(), 4);
        for (const QString& png : pngs) {
            const QImage page(png);
            QVERIFY(!page.isNull());
            QVERIFY2(qGray(page.pixel(page.width() / 16, page.height() / 16)) < 40,
                     qPrintable(png));
            QVERIFY2(qGray(page.pixel(page.width() * 15 / 16, page.height() / 16)) > 215,
                     qPrintable(png));
        }
    }

    void lineArtWithEitherColourTable()
    {
        // A new Qt image has 0 = black, one converted from grey has 0 = white; the scanner's
        // pages are the former. Either way the PDF shows black on white.
        const QImage grey = paper(QImage::Format_Grayscale8, {400, 400}, 100);
        for (const bool zeroIsBlack : {true, false}) {
            QImage mono(grey.size(), QImage::Format_Mono);
            mono.setColorTable(zeroIsBlack ? QList<QRgb>{qRgb(0, 0, 0), qRgb(255, 255, 255)}
                                           : QList<QRgb>{qRgb(255, 255, 255), qRgb(0, 0, 0)});
            for (int y = 0; y < grey.height(); ++y) {
                for (int x = 0; x < grey.width(); ++x) {
                    const bool black = grey.constScanLine(y)[x] < 128;
                    mono.setPixel(x, y, black == zeroIsBlack ? 0 : 1);
                }
            }
            setDpi(mono, 100);
            QCOMPARE(qGray(mono.pixel(10, 10)), 0);
            PageDocument doc;
            doc.append(mono);
            const QString file = m_dir.filePath(zeroIsBlack ? QStringLiteral("zero-black.pdf")
                                                            : QStringLiteral("zero-white.pdf"));
            QVERIFY(doc.writePdf(file).ok());
            const QImage page(pdf::rasterise(file, 50).value(0));
            QVERIFY(qGray(page.pixel(page.width() / 16, page.height() / 16)) < 40);
            QVERIFY(qGray(page.pixel(page.width() * 15 / 16, page.height() / 16)) > 215);
        }
    }

    void jpegQualityTradesSize()
    {
        QImage noisy(800, 800, QImage::Format_Grayscale8);
        quint32 seed = 1;
        for (int y = 0; y < noisy.height(); ++y) {
            for (int x = 0; x < noisy.width(); ++x) {
                seed = seed * 1664525u + 1013904223u;
                noisy.scanLine(y)[x] = uchar(seed >> 24);
            }
        }
        PageDocument doc;
        doc.append(noisy);
        const QString low = m_dir.filePath(QStringLiteral("q30.pdf"));
        const QString high = m_dir.filePath(QStringLiteral("q95.pdf"));
        QVERIFY(doc.writePdf(low, {}, 30).ok());
        QVERIFY(doc.writePdf(high, {}, 95).ok());
        QVERIFY(QFileInfo(low).size() < QFileInfo(high).size());
    }

    void nothingIsWrittenWithoutPages()
    {
        const QString file = m_dir.filePath(QStringLiteral("keep.pdf"));
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("earlier");
        }
        const Status s = PageDocument().writePdf(file);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("scan.pdf_write_failed"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("earlier"));
        // An abandoned writer leaves the earlier file as it was too.
        {
            PdfPageWriter writer(file);
            QVERIFY(writer.open().ok());
            QVERIFY(writer.addPage(paper(QImage::Format_Grayscale8, {100, 100}, 72)).ok());
        }
        f.seek(0);
        QCOMPARE(f.readAll(), QByteArray("earlier"));
        // A folder that does not exist: a clear error, not a crash.
        const Status bad = PageDocument().writePdf(QStringLiteral("/no/such/folder/x.pdf"));
        QVERIFY(!bad.ok());
    }

    void arrangingPages()
    {
        PageDocument doc;
        for (int i = 0; i < 4; ++i) {
            QImage page(10 + i, 20, QImage::Format_Grayscale8);
            page.fill(i * 60);
            doc.append(page);
        }
        doc.move(3, 0);
        doc.remove(1); // the first of the original pages
        QCOMPARE(doc.count(), 3);
        QCOMPARE(doc.page(0).width(), 13);
        QCOMPARE(doc.page(1).width(), 11);
        QImage rescan(50, 50, QImage::Format_Grayscale8);
        doc.replace(1, rescan);
        QCOMPARE(doc.page(1).width(), 50);
        doc.insert(0, rescan);
        QCOMPARE(doc.count(), 4);
        doc.clear();
        QVERIFY(doc.isEmpty());
    }

    void rotationKeepsFormatAndResolution_data()
    {
        QTest::addColumn<QImage::Format>("format");
        QTest::newRow("grey") << QImage::Format_Grayscale8;
        QTest::newRow("colour") << QImage::Format_RGB888;
        QTest::newRow("line-art") << QImage::Format_Mono;
    }
    void rotationKeepsFormatAndResolution()
    {
        QFETCH(QImage::Format, format);
        QImage page = paper(format, {200, 300}, 150);
        page.setDotsPerMeterY(qRound(300 / 0.0254)); // 150 × 300 dpi, as some scanners do
        PageDocument doc;
        doc.append(page);
        doc.rotate(0, 1);
        const QImage r = doc.page(0);
        QCOMPARE(r.format(), format);
        QCOMPARE(r.size(), QSize(300, 200));
        QCOMPARE(r.dotsPerMeterX(), page.dotsPerMeterY());
        QCOMPARE(r.dotsPerMeterY(), page.dotsPerMeterX());
        // Clockwise: the black block top-left moves top-right.
        QCOMPARE(qGray(r.pixel(r.width() - 5, 5)), 0);
        QCOMPARE(qGray(r.pixel(5, 5)), 255);
        doc.rotate(0, -1);
        QCOMPARE(doc.page(0).size(), page.size());
        QCOMPARE(qGray(doc.page(0).pixel(5, 5)), 0);
        QCOMPARE(PageDocument::rotated(page, 4).size(), page.size());
    }

    void thumbnails()
    {
        const QImage grey = paper(QImage::Format_Grayscale8, {2480, 3507}, 300);
        const QImage t = Thumbnail::make(grey, {200, 200});
        QCOMPARE(t.size(), QSize(141, 200));
        QCOMPARE(t.format(), QImage::Format_Grayscale8);
        QCOMPARE(qGray(t.pixel(5, 5)), 0);
        QCOMPARE(qGray(t.pixel(130, 5)), 255);

        // Line-art averages to grey: thin lines stay visible.
        QImage lines(1000, 1000, QImage::Format_Mono);
        lines.fill(1); // white
        for (int y = 0; y < 1000; y += 10)
            std::memset(lines.scanLine(y), 0, size_t(lines.bytesPerLine())); // black lines
        const QImage lt = Thumbnail::make(lines, {100, 100});
        QCOMPARE(lt.format(), QImage::Format_Grayscale8);
        const int g = qGray(lt.pixel(50, 50));
        QVERIFY2(g > 200 && g < 255, qPrintable(QString::number(g))); // 1 line in 10: light grey

        const QImage colour = paper(QImage::Format_RGB888, {1240, 1753}, 150);
        const QImage ct = Thumbnail::make(colour, {100, 100});
        QCOMPARE(ct.format(), QImage::Format_RGB888);
        QCOMPARE(ct.pixelColor(ct.width() * 5 / 8, ct.height() * 5 / 8), QColor(Qt::red));

        // A small image is scaled up to the box.
        QCOMPARE(Thumbnail::make(grey.scaled(50, 70), {200, 200}).size(),
                 QSize(50, 70).scaled(200, 200, Qt::KeepAspectRatio));
        QVERIFY(Thumbnail::make(QImage(), {10, 10}).isNull());
    }
};

QTEST_GUILESS_MAIN(TstPageDocument)
#include "tst_pagedocument.moc"
