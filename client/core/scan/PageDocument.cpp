#include "core/scan/PageDocument.h"

#include <QTransform>

namespace motcua::client {

Status PageDocument::writePdf(const QString& path, const QString& title, int jpegQuality) const
{
    PdfPageWriter writer(path);
    writer.setTitle(title);
    writer.setJpegQuality(jpegQuality);
    if (Status s = writer.open(); !s)
        return s;
    for (const QImage& page : m_pages) {
        if (Status s = writer.addPage(page); !s)
            return s;
    }
    return writer.finish();
}

QImage PageDocument::rotated(const QImage& page, int quarterTurns)
{
    const int turns = ((quarterTurns % 4) + 4) % 4;
    if (turns == 0 || page.isNull())
        return page;
    const bool mono =
        page.format() == QImage::Format_Mono || page.format() == QImage::Format_MonoLSB;
    // Qt turns 8-bit and wider images exactly; a 1-bit one would come back in another format.
    const QImage source = mono ? page.convertToFormat(QImage::Format_Grayscale8) : page;
    QImage out = source.transformed(QTransform().rotate(90.0 * turns));
    if (mono)
        out = out.convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    if (turns % 2 == 1) {
        out.setDotsPerMeterX(page.dotsPerMeterY());
        out.setDotsPerMeterY(page.dotsPerMeterX());
    } else {
        out.setDotsPerMeterX(page.dotsPerMeterX());
        out.setDotsPerMeterY(page.dotsPerMeterY());
    }
    return out;
}

} // namespace motcua::client
