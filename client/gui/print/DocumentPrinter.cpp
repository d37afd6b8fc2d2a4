#include "gui/print/DocumentPrinter.h"

#include "gui/process/DocumentPages.h"

#include <algorithm>

#include <QPainter>
#include <QPrinter>

namespace motcua::client {

Status DocumentPrinter::print(const QByteArray& bytes, QPrinter& printer)
{
    auto pages = DocumentPages::fromBytes(bytes);
    if (!pages)
        return pages.error();
    const qreal dpi = std::min<qreal>(printer.resolution(), 300);
    QPainter painter;
    if (!painter.begin(&printer))
        return Error{QStringLiteral("print.failed"),
                     QStringLiteral("the printer could not start the job"),
                     {}};
    const QRectF area = printer.pageLayout().paintRectPixels(printer.resolution());
    const QRectF target(0, 0, area.width(), area.height()); // the painter starts at the margin
    for (int i = 0; i < pages->pageCount(); ++i) {
        if (i > 0 && !printer.newPage()) {
            painter.end();
            return Error{QStringLiteral("print.failed"),
                         QStringLiteral("the printer refused another page"),
                         {}};
        }
        const auto image = pages->render(i, dpi, 0);
        if (!image) {
            painter.end();
            return image.error();
        }
        const QSizeF size = QSizeF(image->size()).scaled(target.size(), Qt::KeepAspectRatio);
        const QRectF placed(target.x() + (target.width() - size.width()) / 2, target.y(),
                            size.width(), size.height());
        painter.setRenderHint(QPainter::SmoothPixmapTransform);
        painter.drawImage(placed, *image);
    }
    painter.end();
    return success();
}

} // namespace motcua::client
