#include "core/barcode/Barcode.h"

#include <array>
#include <cstring>
#include <exception>
#include <string>
#include <utility>

#include <ZXing/BarcodeFormat.h>
#include <ZXing/BitMatrix.h>
#include <ZXing/CharacterSet.h>
#include <ZXing/DecodeHints.h>
#include <ZXing/ImageView.h>
#include <ZXing/MultiFormatWriter.h>
#include <ZXing/ReadBarcode.h>
#include <ZXing/Result.h>

namespace motcua::client {
namespace {

constexpr std::array<std::pair<BarcodeFormat, ZXing::BarcodeFormat>, 6> kFormats{{
    {BarcodeFormat::QrCode, ZXing::BarcodeFormat::QRCode},
    {BarcodeFormat::Code128, ZXing::BarcodeFormat::Code128},
    {BarcodeFormat::DataMatrix, ZXing::BarcodeFormat::DataMatrix},
    {BarcodeFormat::Pdf417, ZXing::BarcodeFormat::PDF417},
    {BarcodeFormat::Code39, ZXing::BarcodeFormat::Code39},
    {BarcodeFormat::Ean13, ZXing::BarcodeFormat::EAN13},
}};

BarcodeFormat fromZxing(ZXing::BarcodeFormat f)
{
    for (const auto& [ours, theirs] : kFormats) {
        if (theirs == f)
            return ours;
    }
    return f == ZXing::BarcodeFormat::None ? BarcodeFormat::None : BarcodeFormat::Other;
}

ZXing::BarcodeFormats toZxing(BarcodeFormats formats)
{
    ZXing::BarcodeFormats out;
    for (const auto& [ours, theirs] : kFormats) {
        if (formats.testFlag(ours))
            out |= theirs;
    }
    if (formats.testFlag(BarcodeFormat::Other))
        out = ZXing::BarcodeFormat::Any;
    return out;
}

// zxing 1.4 maps setEccLevel(0..8) onto L/M/Q/H as (level - 1) / 2; the odd levels are the ones
// that land unambiguously on each.
int zxingEccLevel(QrErrorCorrection e)
{
    switch (e) {
    case QrErrorCorrection::Low:
        return 1;
    case QrErrorCorrection::Medium:
        return 3;
    case QrErrorCorrection::Quartile:
        return 5;
    case QrErrorCorrection::High:
        return 7;
    }
    return 3;
}

// The symbol with `quietX` / `quietY` white modules around it. zxing 1.4 is asked for no margin
// and the quiet zone is added here: its writers disagree on what a margin means (Code 128 got 5
// modules when asked for 10).
QImage toImage(const ZXing::BitMatrix& m, int rows, int quietX, int quietY)
{
    QImage img(m.width() + 2 * quietX, rows + 2 * quietY, QImage::Format_Grayscale8);
    img.fill(255);
    for (int y = 0; y < rows; ++y) {
        uchar* line = img.scanLine(y + quietY) + quietX;
        const int my = qMin(y, m.height() - 1);
        for (int x = 0; x < m.width(); ++x)
            line[x] = m.get(x, my) ? 0 : 255;
    }
    return img;
}

// The symbol's own modules, without any margin zxing may have added anyway.
ZXing::BitMatrix trimmed(const ZXing::BitMatrix& m)
{
    int left = 0, top = 0, width = 0, height = 0;
    if (!m.findBoundingBox(left, top, width, height, 1))
        return m.copy();
    ZXing::BitMatrix out(width, height);
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            if (m.get(left + x, top + y))
                out.set(x, y);
        }
    }
    return out;
}

constexpr int kMaxLinearSymbols = 16;

DecodedBarcode toDecoded(const ZXing::Result& r)
{
    DecodedBarcode b;
    b.format = fromZxing(r.format());
    b.formatName = QString::fromLatin1(ZXing::ToString(r.format()));
    b.text = QString::fromStdString(r.text());
    const auto& p = r.position();
    b.position = QPolygon(
        {QPoint(p.topLeft().x, p.topLeft().y), QPoint(p.topRight().x, p.topRight().y),
         QPoint(p.bottomRight().x, p.bottomRight().y), QPoint(p.bottomLeft().x, p.bottomLeft().y)});
    return b;
}

// Whitens a found linear symbol so that the next pass looks for another one. zxing gives the
// scan lines it read, not the bars' full height: the area is widened across the bars by half
// the symbol's length, which covers any printable bar height.
void paintOut(QImage& grey, const QPolygon& position)
{
    QRect r = position.boundingRect();
    const int length = qMax(r.width(), r.height());
    if (r.width() >= r.height())
        r.adjust(-length / 20, -length / 2, length / 20, length / 2);
    else
        r.adjust(-length / 2, -length / 20, length / 2, length / 20);
    r = r.intersected(grey.rect());
    for (int y = r.top(); y <= r.bottom(); ++y)
        std::memset(grey.scanLine(y) + r.left(), 255, size_t(r.width()));
}

// zxing reads 8-bit luminance. Qt's conversion weighs the channels properly and keeps the
// padded stride, which is passed on (rows of a QImage are 4-byte aligned); no copy when the image
// is grey already.
QImage toGrey(const QImage& image)
{
    switch (image.format()) {
    case QImage::Format_Grayscale8:
        return image;
    case QImage::Format_Mono:
    case QImage::Format_MonoLSB:
        // 1 bit per pixel is what a scanner's line-art mode gives. Qt converts it through 32-bit
        // pixels, which took 40 to 180 ms on a 300-dpi page (more than reading it); expanded here
        // eight pixels at a time from a table, it takes a few.
        if (image.colorCount() == 2) {
            const bool msbFirst = image.format() == QImage::Format_Mono;
            const uchar level[2] = {uchar(qGray(image.color(0))), uchar(qGray(image.color(1)))};
            std::array<std::array<uchar, 8>, 256> table;
            for (int byte = 0; byte < 256; ++byte) {
                for (int bit = 0; bit < 8; ++bit)
                    table[byte][bit] = level[(byte >> (msbFirst ? 7 - bit : bit)) & 1];
            }
            QImage grey(image.size(), QImage::Format_Grayscale8);
            if (grey.isNull())
                return grey;
            const int whole = image.width() / 8;
            const int rest = image.width() % 8;
            for (int y = 0; y < image.height(); ++y) {
                const uchar* in = image.constScanLine(y);
                uchar* out = grey.scanLine(y);
                for (int i = 0; i < whole; ++i, out += 8)
                    std::memcpy(out, table[in[i]].data(), 8);
                if (rest > 0)
                    std::memcpy(out, table[in[whole]].data(), size_t(rest));
            }
            return grey;
        }
        break;
    default:
        break;
    }
    return image.convertToFormat(QImage::Format_Grayscale8);
}

ZXing::DecodeHints hintsFor(ZXing::BarcodeFormats formats, const DecodeOptions& options)
{
    ZXing::DecodeHints h;
    h.setFormats(formats).setTryHarder(options.tryHarder).setTryRotate(options.tryRotate);
    return h;
}

ZXing::ImageView viewOf(const QImage& grey)
{
    return ZXing::ImageView(grey.constBits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                            int(grey.bytesPerLine()));
}

// Every 2-D symbol on the 8-bit grey image, at most `limit`.
QList<DecodedBarcode> readMatrix(const QImage& grey, ZXing::BarcodeFormats formats,
                                 const DecodeOptions& options, int limit)
{
    QList<DecodedBarcode> out;
    try {
        ZXing::DecodeHints h = hintsFor(formats, options);
        h.setMaxNumberOfSymbols(uint8_t(limit));
        for (const ZXing::Result& r : ZXing::ReadBarcodes(viewOf(grey), h)) {
            if (r.isValid())
                out.append(toDecoded(r));
        }
    } catch (const std::exception&) {
        // zxing reports unreadable input by exception in a few corner cases; that is "nothing
        // (more) found", not a failure of the caller.
    }
    return out;
}

// Every linear symbol on the 8-bit grey image, at most `limit` and kMaxLinearSymbols.
//
// zxing 1.4 aborts (a failed assert in Result::operator==, kept in distribution builds) when
// asked for several linear symbols and one spans several scan lines. So linear symbols are read
// one at a time: read one, paint it out (on this function's own copy of the page), read again.
//
// Each pass tries zxing's own binarizer first (a threshold per scan line, from its histogram),
// then a fixed mid-grey threshold. The second one is what finds a Code 128 scanned at 150 dpi and
// a few degrees askew: its narrow bars are then barely two pixels wide and resampling greys them,
// so that no line's histogram has two clear peaks left, while the page as a whole is still black
// on white (the regression corpus in tests/client/decode has that case). It costs a pass more
// (about 2 ms on a 300-dpi page), and only when the first binarizer found nothing more.
QList<DecodedBarcode> readLinear(QImage grey, ZXing::BarcodeFormats formats,
                                 const DecodeOptions& options, int limit)
{
    QList<DecodedBarcode> out;
    try {
        ZXing::DecodeHints h = hintsFor(formats, options);
        // zxing would also read the page shrunk by 3 and by 9: that helps find a 2-D symbol in a
        // large noisy photo, but a linear one is read along pixel rows, where more pixels per bar
        // never hurt. Without it a pass costs 2-4 ms instead of 7-10 on a 300-dpi page.
        h.setMaxNumberOfSymbols(1).setTryDownscale(false);
        ZXing::DecodeHints fixed = h;
        fixed.setBinarizer(ZXing::Binarizer::FixedThreshold);
        for (int pass = 0; pass < qMin(limit, kMaxLinearSymbols); ++pass) {
            ZXing::Result r = ZXing::ReadBarcode(viewOf(grey), h);
            if (!r.isValid())
                r = ZXing::ReadBarcode(viewOf(grey), fixed);
            if (!r.isValid())
                break;
            DecodedBarcode b = toDecoded(r);
            paintOut(grey, b.position);
            out.append(std::move(b));
        }
    } catch (const std::exception&) {
        // As above: nothing more found.
    }
    return out;
}

Error encodeError(const char* what, const QString& detail)
{
    return {QStringLiteral("barcode.encode_failed"),
            QStringLiteral("%1: %2").arg(QLatin1String(what), detail),
            {}};
}

} // namespace

QString barcodeFormatName(BarcodeFormat format)
{
    for (const auto& [ours, theirs] : kFormats) {
        if (ours == format)
            return QString::fromLatin1(ZXing::ToString(theirs));
    }
    return format == BarcodeFormat::None ? QStringLiteral("None") : QStringLiteral("Other");
}

namespace barcode {

Expected<QImage> encodeQr(const QString& text, const QrOptions& options)
{
    if (text.isEmpty())
        return encodeError("QR code", QStringLiteral("empty text"));
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::QRCode);
        writer.setEncoding(ZXing::CharacterSet::UTF8)
            .setEccLevel(zxingEccLevel(options.errorCorrection))
            .setMargin(0);
        // 0 x 0 asks for the smallest matrix: exactly one pixel per module.
        const ZXing::BitMatrix m = writer.encode(text.toStdString(), 0, 0);
        const int quiet = qMax(0, options.quietZone);
        return toImage(m, m.height(), quiet, quiet);
    } catch (const std::exception& e) {
        return encodeError("QR code", QString::fromUtf8(e.what()));
    }
}

Expected<QImage> encodeCode128(const QString& text, const Code128Options& options)
{
    if (text.isEmpty())
        return encodeError("Code 128", QStringLiteral("empty text"));
    for (const QChar c : text) {
        if (c.unicode() < 32 || c.unicode() > 126)
            return encodeError("Code 128", QStringLiteral("not printable ASCII: %1").arg(text));
    }
    try {
        ZXing::MultiFormatWriter writer(ZXing::BarcodeFormat::Code128);
        writer.setMargin(0);
        const ZXing::BitMatrix m = trimmed(writer.encode(text.toStdString(), 0, 1));
        return toImage(m, 1, qMax(0, options.quietZone), 0);
    } catch (const std::exception& e) {
        return encodeError("Code 128", QString::fromUtf8(e.what()));
    }
}

QList<DecodedBarcode> decode(const QImage& image, const DecodeOptions& options)
{
    if (image.isNull())
        return {};
    const QImage grey = toGrey(image);
    const ZXing::BarcodeFormats wanted = toZxing(options.formats);
    const ZXing::BarcodeFormats matrix = wanted & ZXing::BarcodeFormat::MatrixCodes;
    const ZXing::BarcodeFormats linear = wanted & ZXing::BarcodeFormat::LinearCodes;
    const int limit = options.maxSymbols > 0 ? qMin(options.maxSymbols, 255) : 255;

    QList<DecodedBarcode> out;
    if (!matrix.empty())
        out = readMatrix(grey, matrix, options, limit);
    if (!linear.empty() && out.size() < limit)
        out += readLinear(grey, linear, options, limit - int(out.size()));
    return out;
}

} // namespace barcode

} // namespace motcua::client
