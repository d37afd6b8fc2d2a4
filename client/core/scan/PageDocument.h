#pragma once

#include "core/Expected.h"
#include "core/scan/PdfPageWriter.h"

#include <QImage>
#include <QList>
#include <QString>

namespace motcua::client {

// The pages of one scanned paper (a dossier component) as the clerk arranges them before
// saving: add, reorder, rotate, delete, replace one by a rescan. Saved as one PDF.
class PageDocument {
public:
    int count() const { return int(m_pages.size()); }
    bool isEmpty() const { return m_pages.isEmpty(); }
    const QImage& page(int index) const { return m_pages.at(index); }
    const QList<QImage>& pages() const { return m_pages; }

    void append(const QImage& page) { m_pages.append(page); }
    void insert(int index, const QImage& page) { m_pages.insert(index, page); }
    void replace(int index, const QImage& page) { m_pages.replace(index, page); }
    void remove(int index) { m_pages.removeAt(index); }
    void move(int from, int to) { m_pages.move(from, to); }
    void clear() { m_pages.clear(); }
    // Clockwise by quarter turns (negative = anticlockwise).
    void rotate(int index, int quarterTurns)
    {
        m_pages[index] = rotated(m_pages[index], quarterTurns);
    }

    Status writePdf(const QString& path, const QString& title = {},
                    int jpegQuality = PdfPageWriter::kDefaultJpegQuality) const;

    // The page turned by quarter turns, keeping its format (line-art stays 1 bit) and swapping
    // its horizontal and vertical resolutions when it lies on its side.
    static QImage rotated(const QImage& page, int quarterTurns);

private:
    QList<QImage> m_pages;
};

} // namespace motcua::client
