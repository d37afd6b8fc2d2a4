#pragma once

#include <QImage>
#include <QList>
#include <QString>

namespace motcua::test::decode {

// A symbol from core/barcode (one pixel per module) drawn as a scanner or a camera would see it:
// `modulePixels` pixels per module (fractions allowed: then resampled smoothly, like a real
// capture), turned by `degrees`, its top-left corner at `at` on a white grey-scale canvas of
// `canvas` pixels. A linear symbol is drawn `barHeight` pixels high.
QImage place(const QImage& symbol, qreal modulePixels, const QSize& canvas, const QPoint& at,
             qreal degrees = 0, int barHeight = 0);

// One page of a test PDF: each symbol with its top-left corner in millimetres, drawn as vector
// rectangles of `moduleMm` millimetres (a linear symbol 12 mm high), like our printed forms.
struct PdfSymbol {
    QImage symbol;
    QPointF atMm;
    qreal moduleMm = 0.5;
};
using PdfPage = QList<PdfSymbol>;

// Writes an A4 PDF with one page per entry (an empty entry = a page of text only).
bool writePdf(const QString& path, const QList<PdfPage>& pages);

} // namespace motcua::test::decode
