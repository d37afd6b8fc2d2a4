#pragma once

#include "core/Expected.h"

#include <QFlags>
#include <QImage>
#include <QList>
#include <QPolygon>
#include <QString>

namespace motcua::client {

// Barcode symbologies MotCua writes or reads. The values are our own (not zxing's), so a zxing
// upgrade never changes what callers see.
enum class BarcodeFormat : unsigned {
    None = 0,
    QrCode = 1u << 0,     // receipts (lookup URL), the chip-based citizen ID card (CCCD)
    Code128 = 1u << 1,    // the dossier code for barcode guns, separator sheets
    DataMatrix = 1u << 2, // some scanners' separator sheets
    Pdf417 = 1u << 3,
    Code39 = 1u << 4,
    Ean13 = 1u << 5,
    Other = 1u << 30, // decoded, but a symbology we have no name for
};
Q_DECLARE_FLAGS(BarcodeFormats, BarcodeFormat)
Q_DECLARE_OPERATORS_FOR_FLAGS(BarcodeFormats)

// "QRCode", "Code128", ... (zxing's spelling, stable for logs and tests).
QString barcodeFormatName(BarcodeFormat format);

// QR error correction: Low 7 %, Medium 15 %, Quartile 25 %, High 30 % of the symbol restorable.
enum class QrErrorCorrection { Low, Medium, Quartile, High };

struct QrOptions {
    QrErrorCorrection errorCorrection = QrErrorCorrection::Medium;
    int quietZone = 4; // modules of white around the symbol (ISO/IEC 18004 asks for 4)
};

struct Code128Options {
    int quietZone = 10; // modules of white left and right (ISO/IEC 15417 asks for 10)
};

struct DecodeOptions {
    BarcodeFormats formats = BarcodeFormat::QrCode | BarcodeFormat::Code128;
    bool tryHarder = true; // slower, finds small or damaged symbols on full pages
    bool tryRotate = true; // also looks at the image turned by 90°
    int maxSymbols = 0;    // 0 = every symbol on the image
};

struct DecodedBarcode {
    BarcodeFormat format = BarcodeFormat::None;
    QString formatName; // zxing's name, also for formats we call Other
    QString text;       // UTF-8 content decoded to Unicode
    QPolygon position;  // corners in image pixels: top-left, top-right, bottom-right, bottom-left
};

// Encoding and decoding through zxing-cpp. Images are one module per pixel (Format_Grayscale8,
// 0 = dark, 255 = light, quiet zone included) so that callers can scale them by an integer or
// draw each module as a vector rectangle; never let a painter smooth-scale them.
namespace barcode {

// A QR code of `text` encoded as UTF-8 (Vietnamese stays intact). Fails when the text does not fit
// in the largest QR version.
Expected<QImage> encodeQr(const QString& text, const QrOptions& options = {});

// A Code 128 symbol, one pixel high (stretch it vertically). Code 128 carries ASCII only: any
// other character is an error (dossier codes are ASCII by construction).
Expected<QImage> encodeCode128(const QString& text, const Code128Options& options = {});

// Every barcode found on the image: 2-D symbols first, then linear ones (at most 16 of those,
// read one at a time: see Barcode.cpp). Any QImage format is accepted: it is converted to 8-bit
// grey first (no copy when it already is; 1-bit line-art quickly). Runs for about 25 ms on a
// 300-dpi page (tests/bench/decode): keep it off the GUI thread.
QList<DecodedBarcode> decode(const QImage& image, const DecodeOptions& options = {});

} // namespace barcode

} // namespace motcua::client
