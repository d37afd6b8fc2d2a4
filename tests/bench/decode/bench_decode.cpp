// Time to find the barcodes on a scanned page, in process, through our zxing wrapper: median of N
// runs after one warm-up, on A4 pages rasterised in process by poppler like `motcua decode` does:
//   qr-300        a 300-dpi grey page of text with one 30 mm QR code (the target: < 40 ms)
//   receipt-300   our receipt (Mẫu 01) at 300 dpi: its QR code and its Code 128
//   receipt-200   the same at 200 dpi, `motcua decode`'s resolution for PDFs
//   blank-300     a page of text with no barcode at all (the cost of being sure there is none)
// Each case is decoded with the default options (QR code and Code 128, the way the counter
// reads) and, for comparison, looking for QR codes only. With --dir the pages are kept there as
// PNG files, for the whole-process comparison with zbarimg (run-decode-bench.sh).
//   motcua-bench-decode [--runs N] [--dir DIR]
#include "FormSamples.h"
#include "core/barcode/Barcode.h"
#include "core/barcode/PageSource.h"
#include "forms/FormRenderer.h"

#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>
#include <QTemporaryDir>

using namespace motcua;
using namespace motcua::client;

namespace {

const QString kBase = QStringLiteral("https://dichvucong.example/tra-cuu?ma=");
const QString kCode = QString::fromUtf8(test::forms::kCode);

// An A4 page of text like a scanned paper, with (or without) one 30 mm QR code drawn as vector
// modules near the top right corner, as our forms print it.
bool writeTextPage(const QString& path, const QString& qrText)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QPainter p(&pdf);
    if (!p.isActive())
        return false;
    const qreal mm = pdf.resolution() / 25.4;
    QFont font(QStringLiteral("Noto Serif"));
    font.setPointSizeF(12);
    p.setFont(font);
    const QString line =
        QStringLiteral("Căn cứ Nghị định số 61/2018/NĐ-CP ngày 23 tháng 4 năm 2018 "
                       "của Chính phủ về thực hiện cơ chế một cửa, một cửa liên "
                       "thông trong giải quyết thủ tục hành chính.");
    for (int i = 0; i < 28; ++i)
        p.drawText(QRectF(0, (45 + i * 8) * mm, 170 * mm, 8 * mm), Qt::AlignLeft, line.left(90));
    p.drawText(QRectF(0, 5 * mm, 120 * mm, 10 * mm), Qt::AlignLeft,
               QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"));
    if (!qrText.isEmpty()) {
        const Expected<QImage> qr = barcode::encodeQr(qrText);
        if (!qr)
            return false;
        const qreal module = 30 * mm / qr->width();
        const QPointF origin(140 * mm, 0);
        QPainterPath path;
        for (int y = 0; y < qr->height(); ++y) {
            for (int x = 0; x < qr->width(); ++x) {
                if (qGray(qr->pixel(x, y)) < 128)
                    path.addRect(
                        QRectF(origin + QPointF(x * module, y * module), QSizeF(module, module)));
            }
        }
        p.fillPath(path.simplified(), Qt::black);
    }
    return p.end();
}

Expected<QImage> rasterise(const QString& pdf, int dpi)
{
    const Expected<PageSource> source = PageSource::open(pdf, dpi);
    if (!source)
        return source.error();
    return source->page(0);
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("runs"), QStringLiteral("Runs per case (default 15)."),
                   QStringLiteral("N"), QStringLiteral("15")});
    cli.addOption({QStringLiteral("dir"), QStringLiteral("Keep the pages here (PNG and PDF)."),
                   QStringLiteral("DIR")});
    cli.process(app);
    const int runs = qMax(1, cli.value(QStringLiteral("runs")).toInt());
    QTemporaryDir tmp;
    const QDir dir(cli.isSet(QStringLiteral("dir")) ? cli.value(QStringLiteral("dir"))
                                                    : tmp.path());
    QDir().mkpath(dir.path());

    const QString qrPdf = dir.filePath(QStringLiteral("qr.pdf"));
    const QString blankPdf = dir.filePath(QStringLiteral("blank.pdf"));
    const QString receiptPdf = dir.filePath(QStringLiteral("receipt.pdf"));
    FormSettings settings;
    settings.lookupUrlBase = kBase;
    if (!writeTextPage(qrPdf, kBase + kCode) || !writeTextPage(blankPdf, QString()) ||
        !FormRenderer(settings).renderPdf(test::forms::receipt(), receiptPdf)) {
        std::fprintf(stderr, "cannot write the pages in %s\n", qPrintable(dir.path()));
        return 1;
    }

    struct Case {
        const char* name;
        QString pdf;
        int dpi;
        QStringList expected; // "format:text", sorted
    };
    const QString qr = QStringLiteral("QRCode:") + kBase + kCode;
    const QString bars = QStringLiteral("Code128:") + kCode;
    const Case cases[] = {
        {"qr-300", qrPdf, 300, {qr}},
        {"receipt-300", receiptPdf, 300, {bars, qr}},
        {"receipt-200", receiptPdf, 200, {bars, qr}},
        {"blank-300", blankPdf, 300, {}},
    };
    DecodeOptions qrOnly;
    qrOnly.formats = BarcodeFormat::QrCode;

    std::printf("%-12s %-13s %8s %8s %8s  (ms, %d runs)\n", "page", "formats", "median", "min",
                "max", runs);
    int failures = 0;
    for (const Case& c : cases) {
        const Expected<QImage> page = rasterise(c.pdf, c.dpi);
        if (!page) {
            std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(page.error().describe()));
            ++failures;
            continue;
        }
        page->save(dir.filePath(QString::fromLatin1(c.name) + QStringLiteral(".png")));
        for (const bool onlyQr : {false, true}) {
            const DecodeOptions options = onlyQr ? qrOnly : DecodeOptions();
            QStringList expected = c.expected;
            if (onlyQr)
                expected.removeIf([](const QString& s) { return !s.startsWith(u"QRCode:"); });
            QList<double> ms;
            for (int i = 0; i <= runs; ++i) { // run 0: warm-up
                QElapsedTimer t;
                t.start();
                const QList<DecodedBarcode> found = barcode::decode(*page, options);
                if (i > 0)
                    ms.append(t.nsecsElapsed() / 1e6);
                QStringList got;
                for (const DecodedBarcode& b : found)
                    got << b.formatName + u':' + b.text;
                got.sort();
                if (got != expected) {
                    std::fprintf(stderr, "%s: found %s\n", c.name, qPrintable(got.join(u' ')));
                    ++failures;
                    break;
                }
            }
            if (ms.isEmpty())
                continue;
            std::printf("%-12s %-13s %8.1f %8.1f %8.1f\n", c.name,
                        onlyQr ? "QRCode" : "QRCode+C128", median(ms),
                        *std::min_element(ms.begin(), ms.end()),
                        *std::max_element(ms.begin(), ms.end()));
        }
    }
    return failures == 0 ? 0 : 1;
}
