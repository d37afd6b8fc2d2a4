#pragma once

#include <QDateTime>
#include <QString>

namespace motcua::client {

// One file kept for a dossier component (a scanned paper as PDF, a photo) or, with component 0,
// for the dossier's result document: what the workstation knows of it, without its bytes.
struct AttachmentInfo {
    QString dossierCode;
    int componentId = 0; // 0: the result document
    QString sha256;      // lower-case hex of the bytes; the file's identity (server dedups by it)
    QString name;        // file name as given (for the clerk; no path)
    QString mime;        // application/pdf, image/png, image/jpeg, image/tiff
    qint64 size = 0;
    QDateTime createdAt;
    QString createdBy;     // username
    bool onServer = false; // acknowledged by the server (uploaded, or listed there)
    bool hasBytes = false; // the bytes are in the local store

    friend bool operator==(const AttachmentInfo&, const AttachmentInfo&) = default;
};

} // namespace motcua::client
