#include "core/scan/PdfPageWriter.h"

#include <cstring>

#include <QBuffer>
#include <QDateTime>
#include <QImageWriter>
#include <QPainter>

namespace motcua::client {

namespace {

// Object numbers fixed in advance: the catalogue, the page tree and the document information
// are written last, when every page is known.
constexpr int kCatalog = 1;
constexpr int kPages = 2;
constexpr int kInfo = 3;

QByteArray number(double v)
{
    return QByteArray::number(v, 'f', 3);
}

// A PDF text string: UTF-16BE with its byte-order mark, as hex (any Vietnamese title).
QByteArray pdfText(const QString& text)
{
    QByteArray utf16("\xFE\xFF", 2);
    for (const QChar c : text) {
        utf16.append(char(c.unicode() >> 8));
        utf16.append(char(c.unicode() & 0xFF));
    }
    return '<' + utf16.toHex() + '>';
}

struct EncodedImage {
    QByteArray dictionary; // without /Length
    QByteArray data;
};

double dpiOf(int dotsPerMeter)
{
    // An image without a resolution is taken as 72 dpi: one pixel per point.
    return dotsPerMeter > 0 ? dotsPerMeter * 0.0254 : 72.0;
}

} // namespace

PdfPageWriter::PdfPageWriter(const QString& path)
    : m_path(path)
    , m_file(path)
{}

PdfPageWriter::~PdfPageWriter()
{
    // Not finished: QSaveFile drops the temporary file, the destination stays as it was.
    if (m_file.isOpen())
        m_file.cancelWriting();
}

Status PdfPageWriter::failure(const QString& message) const
{
    return Error{QStringLiteral("scan.pdf_write_failed"), message, m_path};
}

Status PdfPageWriter::open()
{
    if (!m_file.open(QIODevice::WriteOnly))
        return failure(m_file.errorString());
    m_offsets = QList<qint64>(kInfo + 1, 0);
    m_pageObjects.clear();
    m_position = 0;
    // The binary comment tells transfer tools that the file is not text.
    write(QByteArrayLiteral("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n"));
    return m_writeFailed ? failure(m_file.errorString()) : success();
}

int PdfPageWriter::newObject()
{
    m_offsets.append(0);
    return int(m_offsets.size() - 1);
}

void PdfPageWriter::beginObject(int number)
{
    m_offsets[number] = m_position;
    write(QByteArray::number(number) + " 0 obj\n");
}

void PdfPageWriter::write(const QByteArray& bytes)
{
    if (m_writeFailed)
        return;
    if (m_file.write(bytes) != bytes.size()) {
        m_writeFailed = true;
        return;
    }
    m_position += bytes.size();
}

Status PdfPageWriter::addPage(const QImage& page)
{
    if (!m_file.isOpen())
        return failure(QStringLiteral("not open"));
    if (page.isNull())
        return failure(QStringLiteral("empty page"));

    EncodedImage encoded;
    const QByteArray size = "/Width " + QByteArray::number(page.width()) + " /Height " +
                            QByteArray::number(page.height());
    if (page.format() == QImage::Format_Mono || page.format() == QImage::Format_MonoLSB) {
        const QImage mono = page.convertToFormat(QImage::Format_Mono);
        // PDF's 1-bit grey has 0 = black; Qt's bit is an index into the colour table.
        const QList<QRgb> table = mono.colorTable();
        const bool zeroIsWhite = table.size() == 2 && qGray(table[0]) > qGray(table[1]);
        const int rowBytes = (mono.width() + 7) / 8;
        QByteArray raw;
        raw.resize(qsizetype(rowBytes) * mono.height());
        for (int y = 0; y < mono.height(); ++y)
            std::memcpy(raw.data() + qsizetype(y) * rowBytes, mono.constScanLine(y),
                        size_t(rowBytes));
        // qCompress's zlib stream follows a 4-byte length of its own.
        encoded.data = qCompress(raw, 6).mid(4);
        encoded.dictionary = "/Type /XObject /Subtype /Image " + size +
                             " /ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /FlateDecode" +
                             (zeroIsWhite ? QByteArray(" /Decode [1 0]") : QByteArray());
    } else {
        QImage image = page;
        bool grey = page.format() == QImage::Format_Grayscale8 ||
                    page.format() == QImage::Format_Grayscale16 ||
                    (page.format() == QImage::Format_Indexed8 && page.isGrayscale());
        if (grey) {
            image = page.convertToFormat(QImage::Format_Grayscale8);
        } else if (page.hasAlphaChannel()) {
            QImage flat(page.size(), QImage::Format_RGB32);
            flat.fill(Qt::white);
            QPainter painter(&flat);
            painter.drawImage(0, 0, page);
            painter.end();
            image = flat;
        } else if (page.format() != QImage::Format_RGB888 &&
                   page.format() != QImage::Format_RGB32) {
            image = page.convertToFormat(QImage::Format_RGB888);
        }
        QBuffer buffer(&encoded.data);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setQuality(m_jpegQuality);
        if (!writer.write(image))
            return failure(QStringLiteral("JPEG: ") + writer.errorString());
        encoded.dictionary = "/Type /XObject /Subtype /Image " + size +
                             (grey ? " /ColorSpace /DeviceGray" : " /ColorSpace /DeviceRGB") +
                             " /BitsPerComponent 8 /Filter /DCTDecode";
    }

    // The page is the paper's size: pixels at the scan's resolution, in points.
    const double widthPt = page.width() * 72.0 / dpiOf(page.dotsPerMeterX());
    const double heightPt = page.height() * 72.0 / dpiOf(page.dotsPerMeterY());
    const int imageObject = newObject();
    const int contentObject = newObject();
    const int pageObject = newObject();

    beginObject(imageObject);
    write("<< " + encoded.dictionary + " /Length " + QByteArray::number(encoded.data.size()) +
          " >>\nstream\n");
    write(encoded.data);
    write("\nendstream\nendobj\n");

    const QByteArray content =
        "q " + number(widthPt) + " 0 0 " + number(heightPt) + " 0 0 cm /Im0 Do Q\n";
    beginObject(contentObject);
    write("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content +
          "endstream\nendobj\n");

    beginObject(pageObject);
    write("<< /Type /Page /Parent " + QByteArray::number(kPages) + " 0 R /MediaBox [0 0 " +
          number(widthPt) + ' ' + number(heightPt) + "] /Resources << /XObject << /Im0 " +
          QByteArray::number(imageObject) + " 0 R >> >> /Contents " +
          QByteArray::number(contentObject) + " 0 R >>\nendobj\n");
    m_pageObjects << pageObject;
    return m_writeFailed ? failure(m_file.errorString()) : success();
}

Status PdfPageWriter::finish()
{
    if (!m_file.isOpen())
        return failure(QStringLiteral("not open"));
    if (m_pageObjects.isEmpty()) {
        m_file.cancelWriting();
        return failure(QStringLiteral("no pages"));
    }
    QByteArray kids;
    for (const int page : std::as_const(m_pageObjects))
        kids += QByteArray::number(page) + " 0 R ";
    beginObject(kPages);
    write("<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " +
          QByteArray::number(m_pageObjects.size()) + " >>\nendobj\n");
    beginObject(kCatalog);
    write("<< /Type /Catalog /Pages " + QByteArray::number(kPages) + " 0 R >>\nendobj\n");
    beginObject(kInfo);
    const QByteArray now =
        QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMddHHmmss")).toLatin1();
    write("<< /Producer (MotCua) /CreationDate (D:" + now + "Z)" +
          (m_title.isEmpty() ? QByteArray() : " /Title " + pdfText(m_title)) + " >>\nendobj\n");

    const qint64 xref = m_position;
    QByteArray table = "xref\n0 " + QByteArray::number(m_offsets.size()) + "\n";
    table += "0000000000 65535 f \n"; // every entry exactly 20 bytes
    for (qsizetype i = 1; i < m_offsets.size(); ++i)
        table += QByteArray::number(m_offsets[i]).rightJustified(10, '0') + " 00000 n \n";
    write(table);
    write("trailer\n<< /Size " + QByteArray::number(m_offsets.size()) + " /Root " +
          QByteArray::number(kCatalog) + " 0 R /Info " + QByteArray::number(kInfo) +
          " 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n");
    if (m_writeFailed) {
        const QString why = m_file.errorString();
        m_file.cancelWriting();
        return failure(why);
    }
    if (!m_file.commit())
        return failure(m_file.errorString());
    return success();
}

} // namespace motcua::client
