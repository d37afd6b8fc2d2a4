#pragma once

#include <QByteArrayView>
#include <QString>

namespace motcua {

// The type of a document by its content (magic numbers), never by its name: what the server
// accepts as an attachment and what the workstation checks before queueing one, so that a renamed
// file is refused at once rather than after an upload. PDF, PNG, JPEG and TIFF only.
enum class FileType { Unknown, Pdf, Png, Jpeg, Tiff };

FileType sniffFileType(QByteArrayView head);
// "application/pdf", "image/png", "image/jpeg", "image/tiff"; empty for Unknown.
QString mimeTypeOf(FileType type);
inline QString sniffMimeType(QByteArrayView head)
{
    return mimeTypeOf(sniffFileType(head));
}

} // namespace motcua
