#include "core/FileType.h"

namespace motcua {

FileType sniffFileType(QByteArrayView b)
{
    if (b.startsWith("%PDF-"))
        return FileType::Pdf;
    if (b.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)))
        return FileType::Png;
    if (b.startsWith(QByteArrayView("\xFF\xD8\xFF", 3)))
        return FileType::Jpeg;
    if (b.startsWith(QByteArrayView("II*\0", 4)) || b.startsWith(QByteArrayView("MM\0*", 4)))
        return FileType::Tiff;
    return FileType::Unknown;
}

QString mimeTypeOf(FileType type)
{
    switch (type) {
    case FileType::Pdf:
        return QStringLiteral("application/pdf");
    case FileType::Png:
        return QStringLiteral("image/png");
    case FileType::Jpeg:
        return QStringLiteral("image/jpeg");
    case FileType::Tiff:
        return QStringLiteral("image/tiff");
    case FileType::Unknown:
        break;
    }
    return {};
}

QString sniffFormMimeType(QByteArrayView b)
{
    if (QString mime = sniffMimeType(b); !mime.isEmpty())
        return mime;
    if (b.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)))
        return QStringLiteral("application/msword");
    if (!b.startsWith(QByteArrayView("PK\x03\x04", 4)))
        return {};
    // OpenDocument: the first entry is "mimetype", stored uncompressed, holding the type.
    constexpr QByteArrayView odt("mimetypeapplication/vnd.oasis.opendocument.text");
    if (b.size() >= 30 + odt.size() && b.sliced(30, odt.size()) == odt)
        return QStringLiteral("application/vnd.oasis.opendocument.text");
    // Office Open XML: a ZIP with [Content_Types].xml and the main part word/document.xml.
    if (b.contains(QByteArrayView("[Content_Types].xml")) &&
        b.contains(QByteArrayView("word/document.xml")))
        return QStringLiteral(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    return {};
}

bool isPrintableForm(const QString& mime)
{
    return mime == QLatin1String("application/pdf") || mime.startsWith(QLatin1String("image/"));
}

} // namespace motcua
