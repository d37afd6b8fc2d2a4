#include "core/batch/PageInspector.h"

#include "core/barcode/Barcode.h"

namespace motcua::client::pageinspector {
namespace {

constexpr int kDecodeWidth = 1275; // an A4 page at ~150 dpi
// A page of text has a few per cent of dark pixels, a line of handwriting about 0.1 %; a blank
// back side of a duplex scan (dust, the feeder's shadow at the edge) almost none.
constexpr double kBlankDarkShare = 0.0005;
constexpr int kDarkLevel = 128;

} // namespace

bool looksBlank(const QImage& page)
{
    if (page.isNull())
        return true;
    // Dark pixels counted at (about) the decoding resolution, every other pixel of every other
    // line: thin text stays dark there, where a smoothed thumbnail would turn it light grey.
    QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    if (gray.width() > kDecodeWidth * 3 / 2)
        gray = gray.scaledToWidth(kDecodeWidth, Qt::FastTransformation);
    const int marginX = gray.width() / 20;
    const int marginY = gray.height() / 20;
    qint64 dark = 0;
    qint64 total = 0;
    for (int y = marginY; y < gray.height() - marginY; y += 2) {
        const uchar* line = gray.constScanLine(y);
        for (int x = marginX; x < gray.width() - marginX; x += 2) {
            ++total;
            if (line[x] < kDarkLevel)
                ++dark;
        }
    }
    return total == 0 || double(dark) / double(total) < kBlankDarkShare;
}

PageInspection inspect(const QImage& page)
{
    PageInspection out;
    if (page.isNull()) {
        out.blank = true;
        return out;
    }
    QImage gray = page.convertToFormat(QImage::Format_Grayscale8);
    if (gray.width() > kDecodeWidth * 3 / 2)
        gray = gray.scaledToWidth(kDecodeWidth, Qt::SmoothTransformation);
    DecodeOptions options;
    options.formats = BarcodeFormat::QrCode;
    for (const DecodedBarcode& b : barcode::decode(gray, options)) {
        if (!SeparatorCode::hasPrefix(b.text))
            continue; // the page's own barcode (a receipt, a citizen card): content
        const auto code = SeparatorCode::parse(b.text);
        if (code) {
            if (!out.separators.contains(*code))
                out.separators.append(*code);
        } else if (out.damagedSeparator.isEmpty()) {
            out.damagedSeparator = QStringLiteral("%1 (%2)").arg(b.text, code.error().message);
        }
    }
    out.blank = !out.isSeparator() && looksBlank(gray);
    return out;
}

} // namespace motcua::client::pageinspector
