#include "core/barcode/PageSource.h"

#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QLoggingCategory>
#include <QVariant>

#include <poppler-qt6.h>

namespace motcua::client {

namespace {

Q_LOGGING_CATEGORY(lcDecode, "motcua.decode", QtWarningMsg)

Error error(const char* code, const QString& path, QString message)
{
    return Error{QString::fromLatin1(code), std::move(message), path};
}

// poppler reports every oddity of a PDF it still renders ("Syntax Error: ...") through qDebug;
// on a command line's stderr that would read like a failure. Kept for debugging instead:
// QT_LOGGING_RULES="motcua.decode.debug=true".
void popplerMessage(const QString& message, const QVariant&)
{
    qCDebug(lcDecode) << "poppler:" << message;
}

// PDF allows up to 1024 bytes of anything before its header.
bool isPdf(const QByteArray& head)
{
    return head.contains("%PDF-");
}

bool isTiff(const QByteArray& head)
{
    return head.startsWith(QByteArray("II*\0", 4)) || head.startsWith(QByteArray("MM\0*", 4));
}

} // namespace

struct PageSource::Impl {
    QString path;
    Kind kind = Kind::Image;
    int pageCount = 0;
    int dotsPerInch = kDefaultPdfDotsPerInch;
    std::unique_ptr<Poppler::Document> pdf;
};

PageSource::PageSource(std::shared_ptr<Impl> impl)
    : d(std::move(impl))
{}

PageSource::Kind PageSource::kind() const
{
    return d->kind;
}

int PageSource::pageCount() const
{
    return d->pageCount;
}

Expected<PageSource> PageSource::open(const QString& path, int pdfDotsPerInch)
{
    if (pdfDotsPerInch < kMinDotsPerInch || pdfDotsPerInch > kMaxDotsPerInch) {
        return error("decode.bad_resolution", path,
                     QStringLiteral("resolution %1 dpi is outside %2-%3")
                         .arg(pdfDotsPerInch)
                         .arg(kMinDotsPerInch)
                         .arg(kMaxDotsPerInch));
    }
    const QFileInfo info(path);
    if (!info.exists())
        return error("decode.file_not_found", path, QStringLiteral("no such file"));
    QFile file(path);
    if (info.isDir() || !file.open(QIODevice::ReadOnly))
        return error("decode.unreadable", path,
                     info.isDir() ? QStringLiteral("a folder, not a file") : file.errorString());
    const QByteArray head = file.read(1024);
    file.close();

    auto impl = std::make_shared<Impl>();
    impl->path = path;
    impl->dotsPerInch = pdfDotsPerInch;
    if (isPdf(head)) {
        Poppler::setDebugErrorFunction(popplerMessage, QVariant());
        impl->kind = Kind::Pdf;
        impl->pdf = Poppler::Document::load(path);
        if (!impl->pdf)
            return error("decode.damaged", path, QStringLiteral("not a readable PDF"));
        if (impl->pdf->isLocked())
            return error("decode.pdf_locked", path, QStringLiteral("the PDF needs a password"));
        // Anti-aliased like pdftoppm: the bars' edges land on grey pixels instead of being
        // rounded to whole ones, which keeps the narrow-to-wide ratio of thin Code 128 bars.
        impl->pdf->setRenderHint(Poppler::Document::Antialiasing);
        impl->pdf->setRenderHint(Poppler::Document::TextAntialiasing);
        impl->pageCount = impl->pdf->numPages();
        if (impl->pageCount <= 0)
            return error("decode.damaged", path, QStringLiteral("the PDF has no pages"));
        return PageSource(std::move(impl));
    }

    QImageReader reader(path);
    reader.setDecideFormatFromContent(true);
    if (!reader.canRead()) {
        if (isTiff(head) && !QImageReader::supportedImageFormats().contains("tiff"))
            return error("decode.tiff_unsupported", path,
                         QStringLiteral("TIFF images need Qt's TIFF plugin (Debian package "
                                        "qt6-image-formats-plugins)"));
        return error("decode.unsupported_format", path,
                     QStringLiteral("neither a PDF nor an image format this program reads"));
    }
    impl->kind = Kind::Image;
    // Only TIFF has pages; the frames of an animated GIF or WebP are not pages of a document.
    impl->pageCount = reader.format() == "tiff" ? qMax(1, reader.imageCount()) : 1;
    return PageSource(std::move(impl));
}

Expected<QImage> PageSource::page(int index) const
{
    if (index < 0 || index >= d->pageCount)
        return error("decode.page_failed", d->path,
                     QStringLiteral("no page %1 of %2").arg(index + 1).arg(d->pageCount));
    if (d->kind == Kind::Pdf) {
        const std::unique_ptr<Poppler::Page> page = d->pdf->page(index);
        QImage image = page ? page->renderToImage(d->dotsPerInch, d->dotsPerInch) : QImage();
        if (image.isNull())
            return error("decode.page_failed", d->path,
                         QStringLiteral("page %1 cannot be rasterised").arg(index + 1));
        return image.convertToFormat(QImage::Format_Grayscale8);
    }
    // A reader per page: TIFF pages are reached by jumping, which a used reader does not always
    // allow, and a fresh one costs nothing next to decoding the image.
    QImageReader reader(d->path);
    reader.setDecideFormatFromContent(true);
    // Phone photos of a receipt are stored sideways with an EXIF orientation.
    reader.setAutoTransform(true);
    if (index > 0 && !reader.jumpToImage(index))
        return error("decode.page_failed", d->path,
                     QStringLiteral("page %1 cannot be reached").arg(index + 1));
    QImage image = reader.read();
    if (image.isNull()) {
        const bool damaged = reader.error() == QImageReader::InvalidDataError ||
                             reader.error() == QImageReader::UnknownError;
        return error(d->pageCount > 1 ? "decode.page_failed"
                     : damaged        ? "decode.damaged"
                                      : "decode.unreadable",
                     d->path, reader.errorString());
    }
    return image;
}

} // namespace motcua::client
