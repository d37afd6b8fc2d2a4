#include "core/batch/ScanAttachment.h"

#include "core/VnTime.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

namespace motcua::client::scanattachment {

Expected<QByteArray> pdfBytes(const PageDocument& pages, const QString& title)
{
    if (pages.isEmpty())
        return Error{QStringLiteral("batch.no_pages"), QStringLiteral("no pages to save"), {}};
    // PdfPageWriter writes page by page to a file (a long batch never sits in memory twice);
    // a private temporary folder keeps the intermediate file away from other programs.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error{QStringLiteral("batch.temp_failed"), dir.errorString(), QDir::tempPath()};
    const QString path = dir.filePath(QStringLiteral("pages.pdf"));
    if (Status s = pages.writePdf(path, title); !s)
        return s.error();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error{QStringLiteral("batch.temp_failed"), f.errorString(), path};
    return f.readAll();
}

QString fileName(const QString& dossierCode, int componentId, const QDateTime& at)
{
    const QDateTime local = at.isValid() ? at : vntime::now();
    return QStringLiteral("scan-%1-%2-%3.pdf")
        .arg(dossierCode)
        .arg(componentId)
        .arg(vntime::civilDate(local).toString(QStringLiteral("yyyyMMdd")) + u'-' +
             vntime::civilTime(local).toString(QStringLiteral("HHmmss")));
}

} // namespace motcua::client::scanattachment
