#pragma once

#include <functional>

#include <QObject>
#include <QString>

namespace motcua::client {

class ServerCalls;

// Uploads a paper's blank form (mẫu đơn) to the server (POST /forms) from a file the
// administrator chose, checked here first — its type by content, its size — so that a wrong file
// is refused at once with the reason. `done` receives the server's SHA-256 and the file name the
// counter will show; `status` says what happened in words for the page's status line.
class FormUploader : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const QString& sha256, const QString& name)>;
    static constexpr qint64 kMaxBytes = 10LL << 20; // the server's motcua.forms.maxBytes default

    FormUploader(ServerCalls* calls, QObject* parent);
    void upload(const QString& path, Done done);

signals:
    void status(const QString& text);

private:
    ServerCalls* m_calls;
};

} // namespace motcua::client
