#include "gui/settings/ServerCalls.h"

#include "core/sync/Workstation.h"

namespace motcua::client {

ServerCalls::ServerCalls(Workstation* workstation, QObject* parent)
    : QObject(parent)
    , m_ws(workstation)
{
    connect(m_ws, &Workstation::serverCallDone, this, &ServerCalls::answered);
}

void ServerCalls::call(const ApiClient::Request& request, Done done)
{
    m_pending.insert(m_ws->callServer(request), std::move(done));
    emit changed();
}

void ServerCalls::call(const QByteArray& method, const QString& path, const QByteArray& body,
                       Done done)
{
    ApiClient::Request r;
    r.method = method;
    r.path = path;
    r.body = body;
    call(r, std::move(done));
}

void ServerCalls::answered(const QString& id, const ApiResult& result)
{
    const auto it = m_pending.find(id);
    if (it == m_pending.end())
        return; // another page's call
    const Done done = *it;
    m_pending.erase(it);
    done(result);
    emit changed();
}

} // namespace motcua::client
