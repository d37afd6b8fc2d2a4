#include "DecodeSamples.h"

#include <QPainter>
#include <QPainterPath>
#include <QPdfWriter>

namespace motcua::test::decode {

namespace {

bool dark(const QImage& symbol, int x, int y)
{
    return qGray(symbol.pixel(x, y)) < 128;
}

} // namespace

QImage place(const QImage& symbol, qreal modulePixels, const QSize& canvas, const QPoint& at,
             qreal degrees, int barHeight)
{
    const bool linear = symbol.height() == 1;
    const QSizeF size(symbol.width() * modulePixels,
                      linear ? barHeight : symbol.height() * modulePixels);
    QImage out(canvas, QImage::Format_RGB32);
    out.fill(Qt::white);
    QPainter p(&out);
    p.setRenderHint(QPainter::SmoothPixmapTransform);
    p.translate(at);
    p.rotate(degrees);
    p.drawImage(QRectF(QPointF(0, 0), size), symbol);
    p.end();
    return out.convertToFormat(QImage::Format_Grayscale8);
}

bool writePdf(const QString& path, const QList<PdfPage>& pages)
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageMargins(QMarginsF(0, 0, 0, 0));
    QPainter p(&pdf);
    if (!p.isActive())
        return false;
    const qreal mm = pdf.resolution() / 25.4;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        if (i > 0 && !pdf.newPage())
            return false;
        p.drawText(QRectF(20 * mm, 250 * mm, 170 * mm, 10 * mm), Qt::AlignLeft,
                   QStringLiteral("Trang %1 / %2").arg(i + 1).arg(pages.size()));
        for (const PdfSymbol& s : pages.at(i)) {
            const bool linear = s.symbol.height() == 1;
            const qreal module = s.moduleMm * mm;
            const qreal rowHeight = linear ? 12 * mm : module;
            QPainterPath path;
            for (int y = 0; y < s.symbol.height(); ++y) {
                for (int x = 0; x < s.symbol.width(); ++x) {
                    if (dark(s.symbol, x, y))
                        path.addRect(QRectF(s.atMm.x() * mm + x * module,
                                            s.atMm.y() * mm + y * rowHeight, module, rowHeight));
                }
            }
            p.fillPath(path.simplified(), Qt::black);
        }
    }
    return p.end();
}

} // namespace motcua::test::decode
