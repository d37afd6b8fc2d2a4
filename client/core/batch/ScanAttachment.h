#pragma once

#include "core/Expected.h"
#include "core/scan/PageDocument.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace motcua::client {

// Scanned pages turned into one PDF (JPEG for colour and grey, 1 bit for line-art: PageDocument),
// to be handed to Workstation::attachDocument, which keeps it durably and queues its upload.
// Shared by the scan-into-dossier dialog and the batch save (BatchSaver); both call pdfBytes on a
// worker thread.
namespace scanattachment {

// The PDF's bytes. Errors: those of PdfPageWriter (scan.*), batch.no_pages.
Expected<QByteArray> pdfBytes(const PageDocument& pages, const QString& title = {});

// "scan-<code>-<component>-<yyyyMMdd-HHmmss>.pdf": readable in the server's list, no slashes.
QString fileName(const QString& dossierCode, int componentId, const QDateTime& at);

} // namespace scanattachment

} // namespace motcua::client
