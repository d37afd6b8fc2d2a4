#pragma once

#include "core/api/ApiClient.h"

#include <functional>

#include <QHash>
#include <QObject>

namespace motcua::client {

class Workstation;

// The server calls of one settings page: each sent through the workstation's session (never
// blocking the window) with what to do with its answer; `changed` after one is sent and after one
// is answered, so the page enables its controls by isBusy(). Answers to other pages' calls are
// not ours and are left alone.
class ServerCalls : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(const ApiResult&)>;
    ServerCalls(Workstation* workstation, QObject* parent);

    void call(const ApiClient::Request& request, Done done);
    void call(const QByteArray& method, const QString& path, const QByteArray& body, Done done);
    bool isBusy() const { return !m_pending.isEmpty(); }

signals:
    void changed();

private:
    void answered(const QString& id, const ApiResult& result);

    Workstation* m_ws;
    QHash<QString, Done> m_pending;
};

} // namespace motcua::client
