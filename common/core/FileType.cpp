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

} // namespace motcua
