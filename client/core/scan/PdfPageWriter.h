#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSaveFile>
#include <QString>

namespace motcua::client {

// Writes scanned pages into one PDF, page by page, so that a long feeder batch never sits in
// memory twice: colour and grey pages as JPEG (DCTDecode; grey as one channel), line-art as
// 1-bit Flate. Each page is as large as the paper was: its pixels at its dots per metre.
//
// Why not QPdfWriter: Qt 6.4's PDF engine stores every image as 3-channel RGB (grey pages
// triple in size, line-art loses its single bit), and its JPEG quality is fixed. A PDF of
// images is a few objects; this writer is all it takes.
//
// The file is replaced only by finish() (QSaveFile): a scan that fails part-way never leaves a
// truncated PDF behind, nor damages an earlier one of the same name.
class PdfPageWriter {
public:
    static constexpr int kDefaultJpegQuality = 80;

    explicit PdfPageWriter(const QString& path);
    ~PdfPageWriter();
    PdfPageWriter(const PdfPageWriter&) = delete;
    PdfPageWriter& operator=(const PdfPageWriter&) = delete;

    void setJpegQuality(int quality) { m_jpegQuality = qBound(1, quality, 100); }
    void setTitle(const QString& title) { m_title = title; }

    Status open();
    // Grayscale8 and Indexed grey → grey JPEG; Mono → 1 bit; anything else → colour JPEG
    // (transparency flattened onto white).
    Status addPage(const QImage& page);
    // Writes the page tree and the cross-reference table, and puts the file in place. Refused
    // without pages (a PDF with no page is no document).
    Status finish();

    int pageCount() const { return int(m_pageObjects.size()); }
    QString path() const { return m_path; }

private:
    int newObject();
    void beginObject(int number);
    void write(const QByteArray& bytes);
    Status failure(const QString& message) const;

    QString m_path;
    QSaveFile m_file;
    QString m_title;
    int m_jpegQuality = kDefaultJpegQuality;
    QList<qint64> m_offsets; // by object number; 0 is the free-list head
    QList<int> m_pageObjects;
    qint64 m_position = 0;
    bool m_writeFailed = false;
};

} // namespace motcua::client
