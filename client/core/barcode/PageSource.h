#pragma once

#include "core/Expected.h"

#include <memory>

#include <QImage>
#include <QString>

namespace motcua::client {

// The pages of a file to read barcodes from: an image (PNG, JPEG, TIFF with every page of a
// multi-page TIFF, or any other format Qt reads) or a PDF, whose pages poppler rasterises in
// process, in 8-bit grey, at the resolution asked for. The kind is told from the content, not the
// file name. Pages are read one at a time when asked for, so that a long scanned PDF never sits
// in memory whole.
//
// Errors (Error.path = the file): decode.file_not_found, decode.unreadable (a folder, no
// permission, an I/O error), decode.unsupported_format, decode.tiff_unsupported (Qt's TIFF
// plugin, Debian package qt6-image-formats-plugins, is not installed), decode.damaged (an image
// or PDF that cannot be parsed), decode.pdf_locked (a password is needed), decode.bad_resolution,
// decode.page_failed (one page could not be read or rasterised; the others may be fine).
class PageSource {
public:
    enum class Kind { Image, Pdf };

    // Enough for the smallest symbols MotCua prints (a 0.33 mm Code 128 module is 2.6 pixels),
    // and twice as fast to rasterise and decode as 300 dpi.
    static constexpr int kDefaultPdfDotsPerInch = 200;
    static constexpr int kMinDotsPerInch = 50;
    static constexpr int kMaxDotsPerInch = 1200;

    static Expected<PageSource> open(const QString& path,
                                     int pdfDotsPerInch = kDefaultPdfDotsPerInch);

    Kind kind() const;
    int pageCount() const;
    // Page `index` (0-based): a PDF page rasterised on white paper in Format_Grayscale8; an image
    // as stored, turned upright by its EXIF orientation (barcode::decode converts any format).
    Expected<QImage> page(int index) const;

private:
    struct Impl;
    explicit PageSource(std::shared_ptr<Impl> impl);
    std::shared_ptr<Impl> d;
};

} // namespace motcua::client
