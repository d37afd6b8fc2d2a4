#pragma once

#include <QHash>
#include <QImage>
#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>

class QTextDocument;

namespace motcua::client {

// Draws a barcode inside a QTextDocument as vector rectangles, one per run of dark modules, so it
// stays sharp at any printer resolution and in the PDF (an <img> would be resampled and blurred).
//
// Templates place barcodes with ordinary image tags, sized in CSS pixels (96 per inch):
//   <img src="barcode:qr" width="100" height="100">    the lookup QR code
//   <img src="barcode:code128" height="40">            the dossier code for barcode guns
// install() turns those into barcode objects. Sizes are honoured but never below what a 200-dpi
// scan of a printed copy can read: a QR code is at least 20 mm wide with modules of at least
// 0.5 mm; Code 128 bars are at least 0.25 mm (0.33 mm when no width is given) and 8 mm high.
class BarcodeTextObject : public QObject, public QTextObjectInterface {
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    static constexpr int kObjectType = QTextFormat::UserObject + 17;

    explicit BarcodeTextObject(QObject* parent = nullptr);

    // Registers the handler on `doc`'s layout and swaps every <img src="barcode:NAME"> for the
    // symbol `symbols[NAME]` (one module per pixel, as Barcode.h makes them). A tag whose symbol
    // is missing or null is removed, leaving no broken image. Returns the names it could not find.
    // `scale`: how much the document is shrunk when printed (the minimum sizes are kept on paper).
    static QStringList install(QTextDocument* doc, const QHash<QString, QImage>& symbols,
                               qreal scale = 1.0);

    QSizeF intrinsicSize(QTextDocument* doc, int posInDocument, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* doc, int posInDocument,
                    const QTextFormat& format) override;

private:
    qreal m_scale = 1.0;

    enum Property {
        SymbolProperty = QTextFormat::UserProperty + 17,
        WidthProperty,
        HeightProperty,
    };
};

} // namespace motcua::client
