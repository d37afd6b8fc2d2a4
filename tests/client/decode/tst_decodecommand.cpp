// `motcua decode FILE`, run in process through DecodeCommand::run: our receipt as PNG, JPEG,
// TIFF and PDF, a two-page PDF (each barcode with its own page number), what a script needs from
// the output (one line per barcode, tabs, escapes), and the exit statuses: 1 when nothing is
// found, 2 with a reason on stderr for a bad command line or a file that cannot be read.
#include "DecodeSamples.h"
#include "FormSamples.h"
#include "cli/DecodeCommand.h"
#include "core/barcode/Barcode.h"
#include "core/barcode/PageSource.h"
#include "forms/FormRenderer.h"

#include <QDataStream>
#include <QFile>
#include <QGuiApplication>
#include <QImageReader>
#include <QImageWriter>
#include <QTemporaryDir>
#include <QTextStream>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
namespace samples = motcua::test::forms;
namespace sample = motcua::test::decode;

namespace {

const QString kBase = QStringLiteral("https://dichvucong.example/tra-cuu?ma=");
const QString kCode = QString::fromUtf8(samples::kCode);
const QString kQrLine = QStringLiteral("1\tQRCode\t") + kBase + kCode;
const QString kBarsLine = QStringLiteral("1\tCode128\t") + kCode;

struct Run {
    int status = -1;
    QStringList lines; // stdout
    QString err;
};

Run decode(const QStringList& args)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    Run r;
    r.status = DecodeCommand::run(QStringList{QStringLiteral("motcua")} + args, o, e);
    o.flush();
    e.flush();
    r.lines = out.split(u'\n', Qt::SkipEmptyParts);
    r.err = err;
    return r;
}

// A multi-page TIFF as scanners write them (Qt writes only single-page ones): uncompressed 8-bit
// grey pages, little-endian, each page's pixels followed by its directory.
// `brokenPage` (0-based) points its pixels past the end of the file, as a truncated copy would.
bool writeTiff(const QString& path, const QList<QImage>& pages, int brokenPage = -1)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return false;
    QDataStream out(&f);
    out.setByteOrder(QDataStream::LittleEndian);
    out.writeRawData("II", 2);
    out << quint16(42);
    const qint64 firstDirectoryAt = f.pos();
    out << quint32(0); // patched below
    qint64 patchAt = firstDirectoryAt;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QImage grey = pages.at(i).convertToFormat(QImage::Format_Grayscale8);
        const quint32 pixelsAt = i == brokenPage ? quint32(1) << 30 : quint32(f.pos());
        for (int y = 0; y < grey.height(); ++y)
            out.writeRawData(reinterpret_cast<const char*>(grey.constScanLine(y)), grey.width());
        if (f.pos() % 2)
            out << quint8(0); // directories start on a word boundary
        const quint32 directoryAt = quint32(f.pos());
        f.seek(patchAt);
        out << directoryAt;
        f.seek(directoryAt);
        struct Entry {
            quint16 tag, type;
            quint32 value;
        };
        const quint16 kShort = 3, kLong = 4;
        const Entry entries[] = {
            {256, kLong, quint32(grey.width())},
            {257, kLong, quint32(grey.height())},
            {258, kShort, 8},
            {259, kShort, 1}, // no compression
            {262, kShort, 1}, // black is zero
            {273, kLong, pixelsAt},
            {277, kShort, 1},
            {278, kLong, quint32(grey.height())},
            {279, kLong, quint32(grey.width() * grey.height())},
        };
        out << quint16(std::size(entries));
        for (const Entry& e : entries) {
            out << e.tag << e.type << quint32(1);
            if (e.type == kShort)
                out << quint16(e.value) << quint16(0);
            else
                out << e.value;
        }
        patchAt = f.pos();
        out << quint32(0); // next directory: patched by the next page, or none
    }
    return out.status() == QDataStream::Ok;
}

} // namespace

class TstDecodeCommand : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_receiptPdf;
    QImage m_receipt; // 200 dpi, grey

    QString path(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        FormSettings settings;
        settings.lookupUrlBase = kBase;
        m_receiptPdf = path(QStringLiteral("receipt.pdf"));
        QVERIFY(FormRenderer(settings).renderPdf(samples::receipt(), m_receiptPdf).ok());
        const Expected<PageSource> source = PageSource::open(m_receiptPdf);
        QVERIFY(source.ok());
        m_receipt = *source->page(0);
    }

    void receiptInEveryFormat_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("format"); // for QImageWriter; empty = the PDF itself
        QTest::newRow("PNG") << "receipt.png" << QByteArray("png");
        QTest::newRow("JPEG") << "receipt.jpg" << QByteArray("jpeg");
        QTest::newRow("TIFF") << "receipt.tif" << QByteArray("tiff");
        QTest::newRow("PDF") << "receipt.pdf" << QByteArray();
        // The kind is told from the content: a PNG named .pdf, a PDF named .png.
        QTest::newRow("PNG named .pdf") << "png-really.pdf" << QByteArray("png");
    }
    void receiptInEveryFormat()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, format);
        if (!format.isEmpty()) {
            if (!QImageWriter::supportedImageFormats().contains(format) ||
                !QImageReader::supportedImageFormats().contains(format))
                QFAIL(qPrintable(QStringLiteral("Qt cannot write or read %1 here (Debian package "
                                                "qt6-image-formats-plugins)")
                                     .arg(QString::fromLatin1(format))));
            QImageWriter writer(path(file), format);
            if (format == "jpeg") {
                writer.setQuality(85);
                // A colour photo-like file: the wrapper converts it to grey itself.
                QVERIFY(writer.write(m_receipt.convertToFormat(QImage::Format_RGB32)));
            } else {
                QVERIFY2(writer.write(m_receipt), qPrintable(writer.errorString()));
            }
        }
        const Run r = decode({path(file)});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.lines, QStringList({kQrLine, kBarsLine}));
        QVERIFY(r.err.isEmpty());
    }

    void pdfAsPng()
    {
        QFile::copy(m_receiptPdf, path(QStringLiteral("pdf-really.png")));
        const Run r = decode({path(QStringLiteral("pdf-really.png"))});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.lines, QStringList({kQrLine, kBarsLine}));
    }

    // Pages are counted from 1 and each barcode carries its own; a page without any is skipped.
    void pagesOfAPdf()
    {
        const Expected<QImage> first = barcode::encodeQr(QStringLiteral("Trang một: hồ sơ số 1"));
        const Expected<QImage> second = barcode::encodeQr(QStringLiteral("Trang ba: Nguyễn Ánh"));
        const Expected<QImage> bars = barcode::encodeCode128(QStringLiteral("HS-0003"));
        QVERIFY(first.ok() && second.ok() && bars.ok());
        const QString two = path(QStringLiteral("two-pages.pdf"));
        QVERIFY(sample::writePdf(
            two, {{{*first, {20, 20}}}, {{*second, {120, 30}}, {*bars, {20, 200}, 0.4}}}));
        Run r = decode({two});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.lines, QStringList({QStringLiteral("1\tQRCode\tTrang một: hồ sơ số 1"),
                                       QStringLiteral("2\tQRCode\tTrang ba: Nguyễn Ánh"),
                                       QStringLiteral("2\tCode128\tHS-0003")}));

        const QString three = path(QStringLiteral("three-pages.pdf"));
        QVERIFY(sample::writePdf(three, {{{*first, {20, 20}}}, {}, {{*bars, {20, 200}, 0.4}}}));
        r = decode({QStringLiteral("--dpi"), QStringLiteral("150"), three});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.lines, QStringList({QStringLiteral("1\tQRCode\tTrang một: hồ sơ số 1"),
                                       QStringLiteral("3\tCode128\tHS-0003")}));
    }

    // A scanner's multi-page TIFF: every page is read, in order.
    void pagesOfATiff()
    {
        if (!QImageReader::supportedImageFormats().contains("tiff"))
            QFAIL("Qt cannot read TIFF here (installer/dev.sh installs qt6-image-formats-plugins)");
        const Expected<QImage> qr = barcode::encodeQr(QStringLiteral("Trang hai"));
        const Expected<QImage> bars = barcode::encodeCode128(QStringLiteral("HS-0003"));
        QVERIFY(qr.ok() && bars.ok());
        QImage blank(500, 400, QImage::Format_Grayscale8);
        blank.fill(255);
        const QString tiff = path(QStringLiteral("three-pages.tif"));
        QVERIFY(
            writeTiff(tiff, {sample::place(*qr, 8, QSize(500, 400), QPoint(40, 40)), blank,
                             sample::place(*bars, 3, QSize(500, 400), QPoint(20, 100), 0, 120)}));
        const Run r = decode({tiff});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.lines, QStringList({QStringLiteral("1\tQRCode\tTrang hai"),
                                       QStringLiteral("3\tCode128\tHS-0003")}));
    }

    // A page that cannot be read is reported and the others are still read; the status says
    // that the file was not read completely.
    void aBrokenPage()
    {
        if (!QImageReader::supportedImageFormats().contains("tiff"))
            QFAIL("Qt cannot read TIFF here (installer/dev.sh installs qt6-image-formats-plugins)");
        const Expected<QImage> qr = barcode::encodeQr(QStringLiteral("Trang một"));
        QVERIFY(qr.ok());
        const QImage page = sample::place(*qr, 8, QSize(500, 400), QPoint(40, 40));
        const QString tiff = path(QStringLiteral("broken.tif"));
        QVERIFY(writeTiff(tiff, {page, page, page}, 1));
        const Run r = decode({tiff});
        QCOMPARE(r.status, 2);
        QCOMPARE(r.lines, QStringList({QStringLiteral("1\tQRCode\tTrang một"),
                                       QStringLiteral("3\tQRCode\tTrang một")}));
        QVERIFY2(r.err.contains(tiff + QStringLiteral(", page 2, cannot be read")),
                 qPrintable(r.err));
    }

    void formatsOption()
    {
        const QString png = path(QStringLiteral("receipt-formats.png"));
        QVERIFY(m_receipt.save(png));
        Run r = decode({QStringLiteral("--formats"), QStringLiteral("QRCode"), png});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.lines, QStringList({kQrLine}));
        r = decode({QStringLiteral("--formats"), QStringLiteral(" code128 "), png});
        QCOMPARE(r.lines, QStringList({kBarsLine}));
        r = decode({QStringLiteral("--formats=all"), png});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.lines, QStringList({kQrLine, kBarsLine}));
        // Only DataMatrix asked for: the receipt has none.
        r = decode({QStringLiteral("--formats"), QStringLiteral("DataMatrix"), png});
        QCOMPARE(r.status, 1);
        QVERIFY(r.lines.isEmpty());
    }

    // A QR code may hold any text; each barcode still takes exactly one line of three columns.
    void textIsEscapedToOneLine()
    {
        const QString text = QStringLiteral("dòng 1\ncột\tA\\B\r");
        const Expected<QImage> qr = barcode::encodeQr(text);
        QVERIFY(qr.ok());
        const QString png = path(QStringLiteral("escaped.png"));
        QVERIFY(sample::place(*qr, 6, QSize(600, 600), QPoint(50, 50)).save(png));
        const Run r = decode({png});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.lines, QStringList({QStringLiteral("1\tQRCode\tdòng 1\\ncột\\tA\\\\B\\r")}));
    }

    void nothingFound()
    {
        QImage blank(1654, 2339, QImage::Format_Grayscale8);
        blank.fill(255);
        const QString png = path(QStringLiteral("blank.png"));
        QVERIFY(blank.save(png));
        Run r = decode({png});
        QCOMPARE(r.status, 1);
        QVERIFY(r.lines.isEmpty());
        QVERIFY2(r.err.contains(png), qPrintable(r.err));

        const QString pdf = path(QStringLiteral("text-only.pdf"));
        QVERIFY(sample::writePdf(pdf, {{}, {}}));
        r = decode({pdf});
        QCOMPARE(r.status, 1);
        QVERIFY(r.lines.isEmpty());
    }

    void unreadableFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("content"); // written first unless empty
        QTest::addColumn<QString>("reason");
        QTest::newRow("missing") << "missing.png" << QByteArray() << "no such file";
        QTest::newRow("a folder") << "." << QByteArray() << "cannot be read";
        QTest::newRow("not an image")
            << "notes.png" << QByteArray("hồ sơ\n") << "neither a PDF nor a PNG";
        QTest::newRow("damaged PDF")
            << "damaged.pdf" << QByteArray("%PDF-1.7\n1 0 obj garbage\n") << "damaged";
        QTest::newRow("truncated PNG")
            << "truncated.png" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "damaged";
    }
    void unreadableFiles()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, content);
        QFETCH(QString, reason);
        const QString p = file == u"." ? m_dir.path() : path(file);
        if (!content.isEmpty()) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const Run r = decode({p});
        QCOMPARE(r.status, 2);
        QVERIFY(r.lines.isEmpty());
        QVERIFY2(r.err.startsWith(QStringLiteral("motcua decode: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
        QVERIFY2(r.err.contains(p), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one line
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("reason");
        const QString f = QStringLiteral("x.png");
        QTest::newRow("no file") << QStringList() << "which file?";
        QTest::newRow("two files") << QStringList{f, f} << "one file at a time";
        QTest::newRow("dpi too low") << QStringList{QStringLiteral("--dpi=10"), f} << "--dpi";
        QTest::newRow("dpi not a number")
            << QStringList{QStringLiteral("--dpi"), QStringLiteral("high"), f} << "--dpi";
        QTest::newRow("unknown format")
            << QStringList{QStringLiteral("--formats"), QStringLiteral("QRCode,Aztek"), f}
            << "--formats";
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--fast"), f} << "fast";
    }
    void badCommandLines()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, reason);
        const Run r = decode(args);
        QCOMPARE(r.status, 2);
        QVERIFY(r.lines.isEmpty());
        QVERIFY2(r.err.contains(reason), qPrintable(r.err));
    }

    void help()
    {
        const Run r = decode({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.lines.join(u'\n').contains(QStringLiteral("FILE")));
        QVERIFY(r.lines.join(u'\n').contains(QStringLiteral("--dpi")));
    }

    // The entry point client/main.cpp calls: the real stdout and stderr.
    void applicationEntryPoint()
    {
        auto* app = qobject_cast<QGuiApplication*>(QCoreApplication::instance());
        QVERIFY(app);
        QCOMPARE(DecodeCommand::run(
                     *app, {QStringLiteral("motcua"), path(QStringLiteral("nowhere.png"))}),
                 2);
    }
};

QTEST_MAIN(TstDecodeCommand)
#include "tst_decodecommand.moc"
