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

// The type of a blank form (mẫu đơn) by its content: what sniffMimeType() accepts, and the
// word-processor files forms are published in, to be filled in on a computer — Word (.docx,
// "application/vnd.openxmlformats-officedocument.wordprocessingml.document"; the old .doc,
// "application/msword") and OpenDocument text ("application/vnd.oasis.opendocument.text").
// Needs the whole file: a .docx is told by the names in its ZIP directory. Empty otherwise.
QString sniffFormMimeType(QByteArrayView bytes);
// Whether the workstation can print a form of that type itself (PDF and images).
bool isPrintableForm(const QString& mime);

} // namespace motcua
