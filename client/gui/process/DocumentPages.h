#pragma once

#include "core/Expected.h"

#include <memory>

#include <QByteArray>
#include <QImage>
#include <QSizeF>
#include <QString>

namespace motcua::client {

// The pages of one attachment held in memory (a scanned PDF, a photo, a multi-page TIFF), for the
// page viewer: PDF pages are rasterised by poppler-qt6 at the resolution the viewer's zoom needs,
// images are decoded once. The kind is told from the content, not the name.
//
// Errors (Error.code): view.damaged (not a readable PDF or image), view.pdf_locked,
// view.page_failed.
class DocumentPages {
public:
    static Expected<DocumentPages> fromBytes(const QByteArray& bytes);

    bool isPdf() const;
    int pageCount() const;
    // The page's size in points (1/72 inch), upright, for zoom and fit computations.
    QSizeF pageSizePoints(int index) const;
    // Page `index` at `dotsPerInch`, turned by `quarterTurns` clockwise (0–3).
    Expected<QImage> render(int index, qreal dotsPerInch, int quarterTurns) const;

private:
    struct Impl;
    explicit DocumentPages(std::shared_ptr<Impl> impl);
    std::shared_ptr<Impl> d;
};

} // namespace motcua::client
