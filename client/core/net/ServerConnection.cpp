#include "core/net/ServerConnection.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace motcua::client {

ServerConnection::ServerConnection(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ServerConnection::checkNow);
}

void ServerConnection::setServerUrl(const QUrl& url)
{
    m_url = url;
}

void ServerConnection::setInterval(int onlineMs, int offlineMs)
{
    m_onlineMs = onlineMs;
    m_offlineMs = offlineMs;
}

void ServerConnection::start()
{
    checkNow();
}

void ServerConnection::checkNow()
{
    if (m_inFlight)
        return;
    if (!m_url.isValid()) {
        setState(State::Offline);
        return;
    }
    QUrl url = m_url;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) +
                QStringLiteral("/api/v1/health"));
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    m_inFlight = true;
    QNetworkReply* reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_inFlight = false;
        const auto doc = QJsonDocument::fromJson(reply->readAll());
        const bool ok =
            reply->error() == QNetworkReply::NoError &&
            doc.object().value(QStringLiteral("status")).toString() == QStringLiteral("ok");
        if (ok)
            m_version = doc.object().value(QStringLiteral("version")).toString();
        setState(ok ? State::Online : State::Offline);
        m_timer.start(ok ? m_onlineMs : m_offlineMs);
    });
}

void ServerConnection::setState(State s)
{
    if (s == m_state)
        return;
    m_state = s;
    emit stateChanged(s);
}

} // namespace motcua::client
