#include "forms/BarcodeTextObject.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFragment>

namespace motcua::client {
namespace {

constexpr qreal kPxPerMm = 96.0 / 25.4; // layout unit: CSS pixel
constexpr QLatin1String kScheme("barcode:");

constexpr qreal kMinQrMm = 20.0;
constexpr qreal kDefaultQrMm = 24.0;
constexpr qreal kMinQrModuleMm = 0.5;
constexpr qreal kMinBarMm = 0.25;
constexpr qreal kDefaultBarMm = 0.33;
constexpr qreal kMinBarHeightMm = 8.0;
constexpr qreal kDefaultBarHeightMm = 10.0;

bool isLinear(const QImage& symbol)
{
    return symbol.height() == 1;
}

bool dark(const QImage& symbol, int x, int y)
{
    return qGray(symbol.pixel(x, y)) < 128;
}

} // namespace

BarcodeTextObject::BarcodeTextObject(QObject* parent)
    : QObject(parent)
{}

QStringList BarcodeTextObject::install(QTextDocument* doc, const QHash<QString, QImage>& symbols,
                                       qreal scale)
{
    struct Hit {
        int position;
        QString name;
        qreal width;
        qreal height;
    };
    QList<Hit> hits;
    for (QTextBlock b = doc->begin(); b != doc->end(); b = b.next()) {
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const QTextCharFormat cf = f.charFormat();
            if (!cf.isImageFormat())
                continue;
            const QTextImageFormat img = cf.toImageFormat();
            if (!img.name().startsWith(kScheme))
                continue;
            // A fragment of several identical images holds one object replacement per image.
            for (int i = 0; i < f.length(); ++i)
                hits.append(
                    {f.position() + i, img.name().mid(kScheme.size()), img.width(), img.height()});
        }
    }

    auto* handler = doc->findChild<BarcodeTextObject*>();
    if (!handler) {
        handler = new BarcodeTextObject(doc);
        doc->documentLayout()->registerHandler(kObjectType, handler);
    }
    handler->m_scale = scale > 0 ? scale : 1.0;

    QStringList unresolved;
    // Back to front, so removing an object does not shift the positions still to visit.
    for (auto h = hits.crbegin(); h != hits.crend(); ++h) {
        QTextCursor c(doc);
        c.setPosition(h->position);
        c.setPosition(h->position + 1, QTextCursor::KeepAnchor);
        const QImage symbol = symbols.value(h->name);
        if (symbol.isNull()) {
            if (!unresolved.contains(h->name))
                unresolved.append(h->name);
            c.removeSelectedText();
            continue;
        }
        QTextCharFormat f;
        f.setObjectType(kObjectType);
        f.setProperty(SymbolProperty, symbol);
        f.setProperty(WidthProperty, h->width);
        f.setProperty(HeightProperty, h->height);
        c.insertText(QString(QChar::ObjectReplacementCharacter), f);
    }
    return unresolved;
}

QSizeF BarcodeTextObject::intrinsicSize(QTextDocument*, int, const QTextFormat& format)
{
    const QImage symbol = format.property(SymbolProperty).value<QImage>();
    if (symbol.isNull())
        return {};
    const qreal w = format.doubleProperty(WidthProperty);
    const qreal h = format.doubleProperty(HeightProperty);
    // Layout units that print as one millimetre once the document is shrunk by m_scale: the
    // minimums are physical, the sizes a template asks for are scaled like the text around them.
    const qreal mm = kPxPerMm / m_scale;
    if (isLinear(symbol)) {
        const qreal modules = symbol.width();
        const qreal width =
            w > 0 ? qMax(w, modules * kMinBarMm * mm)
                  : qMax(modules * kDefaultBarMm * kPxPerMm, modules * kMinBarMm * mm);
        const qreal height = qMax(h > 0 ? h : kDefaultBarHeightMm * kPxPerMm, kMinBarHeightMm * mm);
        return {width, height};
    }
    const qreal asked = qMax(w, h) > 0 ? qMax(w, h) : kDefaultQrMm * kPxPerMm;
    const qreal side = std::max({asked, kMinQrMm * mm, symbol.width() * kMinQrModuleMm * mm});
    return {side, side};
}

void BarcodeTextObject::drawObject(QPainter* painter, const QRectF& rect, QTextDocument*, int,
                                   const QTextFormat& format)
{
    const QImage symbol = format.property(SymbolProperty).value<QImage>();
    if (symbol.isNull())
        return;
    const bool linear = isLinear(symbol);
    const qreal mw = rect.width() / symbol.width();
    const qreal mh = linear ? rect.height() : rect.height() / symbol.height();

    // One path, filled once: abutting rectangles filled one by one leave hairline seams in
    // anti-aliased viewers, which can break a scan.
    QPainterPath path;
    path.setFillRule(Qt::WindingFill);
    const int rows = linear ? 1 : symbol.height();
    for (int y = 0; y < rows; ++y) {
        int x = 0;
        while (x < symbol.width()) {
            if (!dark(symbol, x, y)) {
                ++x;
                continue;
            }
            const int start = x;
            while (x < symbol.width() && dark(symbol, x, y))
                ++x;
            path.addRect(
                QRectF(rect.left() + start * mw, rect.top() + y * mh, (x - start) * mw, mh));
        }
    }
    painter->save();
    painter->setPen(Qt::NoPen);
    painter->fillRect(rect, Qt::white); // the quiet zone, even on tinted paper backgrounds
    painter->fillPath(path, Qt::black);
    painter->restore();
}

} // namespace motcua::client
