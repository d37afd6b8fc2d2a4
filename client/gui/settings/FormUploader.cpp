#include "gui/settings/FormUploader.h"

#include "core/FileType.h"
#include "core/api/ProblemText.h"
#include "gui/settings/ServerCalls.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

namespace motcua::client {

FormUploader::FormUploader(ServerCalls* calls, QObject* parent)
    : QObject(parent)
    , m_calls(calls)
{}

void FormUploader::upload(const QString& path, Done done)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit status(tr("The file cannot be read: %1").arg(file.errorString()));
        return;
    }
    if (file.size() > kMaxBytes) {
        emit status(ProblemText::message(QStringLiteral("form.too_large")));
        return;
    }
    const QByteArray bytes = file.readAll();
    const QString mime = sniffFormMimeType(bytes);
    if (mime.isEmpty()) {
        emit status(ProblemText::message(QStringLiteral("form.unsupported_type")));
        return;
    }
    // The name the citizen sees on the counter's list; the server keeps it with the file.
    const QString name = QFileInfo(path).fileName().left(200);
    ApiClient::Request request;
    request.method = "POST";
    request.path = QStringLiteral("/forms");
    request.query.addQueryItem(QStringLiteral("name"), name);
    request.body = bytes;
    request.headers = {{"Content-Type", mime.toLatin1()}};
    request.timeoutMs = 120000; // 10 MiB over a slow district line
    emit status(tr("Uploading %1…").arg(name));
    m_calls->call(request, [this, done = std::move(done)](const ApiResult& r) {
        if (!r.ok()) {
            emit status(r.unreachable() ? ProblemText::message(QStringLiteral("network"))
                                        : ProblemText::message(r.problemCode));
            return;
        }
        const QJsonObject o = r.body.toObject();
        const QString sha = o.value(QStringLiteral("sha256")).toString();
        const QString kept = o.value(QStringLiteral("name")).toString();
        emit status(tr("%1 attached: apply the page to keep it.").arg(kept));
        done(sha, kept);
    });
}

} // namespace motcua::client
