#include "gui/process/DocumentPages.h"

#include <QBuffer>
#include <QImageReader>
#include <QList>
#include <QTransform>

#include <poppler-qt6.h>

namespace motcua::client {
namespace {

constexpr qreal kPointsPerInch = 72.0;

Error error(const char* code, const QString& message)
{
    return Error{QString::fromLatin1(code), message, {}};
}

// poppler reports every oddity of a PDF it still renders through its debug function; the view
// has nothing to add to them.
void quietPoppler(const QString&, const QVariant&) {}

} // namespace

struct DocumentPages::Impl {
    QByteArray bytes;
    std::unique_ptr<Poppler::Document> pdf;
    QList<QImage> images;
};

DocumentPages::DocumentPages(std::shared_ptr<Impl> impl)
    : d(std::move(impl))
{}

Expected<DocumentPages> DocumentPages::fromBytes(const QByteArray& bytes)
{
    auto impl = std::make_shared<Impl>();
    impl->bytes = bytes;
    if (bytes.startsWith("%PDF-")) {
        Poppler::setDebugErrorFunction(quietPoppler, QVariant());
        impl->pdf = Poppler::Document::loadFromData(impl->bytes);
        if (!impl->pdf)
            return error("view.damaged", QStringLiteral("not a readable PDF"));
        if (impl->pdf->isLocked())
            return error("view.pdf_locked", QStringLiteral("the PDF needs a password"));
        impl->pdf->setRenderHint(Poppler::Document::Antialiasing);
        impl->pdf->setRenderHint(Poppler::Document::TextAntialiasing);
        if (impl->pdf->numPages() <= 0)
            return error("view.damaged", QStringLiteral("the PDF has no pages"));
        return DocumentPages(std::move(impl));
    }
    QBuffer buffer(&impl->bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setDecideFormatFromContent(true);
    reader.setAutoTransform(true); // phone photos stored sideways with an EXIF orientation
    const int count = reader.format() == "tiff" ? qMax(1, reader.imageCount()) : 1;
    for (int i = 0; i < count; ++i) {
        if (i > 0 && !reader.jumpToNextImage())
            break;
        QImage image = reader.read();
        if (image.isNull())
            break;
        impl->images.append(std::move(image));
    }
    if (impl->images.isEmpty())
        return error("view.damaged", reader.errorString());
    return DocumentPages(std::move(impl));
}

bool DocumentPages::isPdf() const
{
    return d->pdf != nullptr;
}

int DocumentPages::pageCount() const
{
    return d->pdf ? d->pdf->numPages() : int(d->images.size());
}

QSizeF DocumentPages::pageSizePoints(int index) const
{
    if (index < 0 || index >= pageCount())
        return {};
    if (d->pdf) {
        const std::unique_ptr<Poppler::Page> page = d->pdf->page(index);
        return page ? page->pageSizeF() : QSizeF();
    }
    const QImage& image = d->images.at(index);
    // A scan says its resolution; an image that does not is taken as 150 dpi, a usual scan.
    const qreal dpi = image.dotsPerMeterX() > 0 && image.dotsPerMeterX() != 2835
                          ? image.dotsPerMeterX() * 0.0254
                          : 150.0;
    return QSizeF(image.width(), image.height()) * (kPointsPerInch / dpi);
}

Expected<QImage> DocumentPages::render(int index, qreal dotsPerInch, int quarterTurns) const
{
    if (index < 0 || index >= pageCount())
        return error("view.page_failed",
                     QStringLiteral("no page %1 of %2").arg(index + 1).arg(pageCount()));
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (d->pdf) {
        const std::unique_ptr<Poppler::Page> page = d->pdf->page(index);
        const auto rotation = static_cast<Poppler::Page::Rotation>(turns);
        QImage image = page
                           ? page->renderToImage(dotsPerInch, dotsPerInch, -1, -1, -1, -1, rotation)
                           : QImage();
        if (image.isNull())
            return error("view.page_failed",
                         QStringLiteral("page %1 cannot be rendered").arg(index + 1));
        return image;
    }
    const QSizeF points = pageSizePoints(index);
    const QSize target = (points * (dotsPerInch / kPointsPerInch)).toSize().expandedTo({1, 1});
    QImage image =
        d->images.at(index).scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    if (turns != 0)
        image = image.transformed(QTransform().rotate(90.0 * turns), Qt::SmoothTransformation);
    return image;
}

} // namespace motcua::client
