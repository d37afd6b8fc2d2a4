#include "LossyProxy.h"

#include <QTcpSocket>

namespace motcua::test {

LossyProxy::LossyProxy(quint16 target)
    : m_target(target)
{
    m_listener.listen(QHostAddress::LocalHost, 0);
    connect(&m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* client = m_listener.nextPendingConnection())
            relay(client);
    });
}

QUrl LossyProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void LossyProxy::relay(QTcpSocket* client)
{
    auto* upstream = new QTcpSocket(client);
    auto* pending = new QByteArray;
    connect(client, &QObject::destroyed, [pending] { delete pending; });
    connect(upstream, &QTcpSocket::connected, upstream, [upstream, pending] {
        upstream->write(*pending);
        pending->clear();
    });
    connect(client, &QTcpSocket::readyRead, upstream, [client, upstream, pending] {
        if (upstream->state() == QAbstractSocket::ConnectedState)
            upstream->write(client->readAll());
        else
            pending->append(client->readAll());
    });
    connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream] {
        const QByteArray answer = upstream->readAll();
        if (loseAnswers) {
            ++lost;
            client->abort();
            client->deleteLater();
            return;
        }
        client->write(answer);
    });
    connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
    connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
    upstream->connectToHost(QHostAddress::LocalHost, m_target);
}

} // namespace motcua::test
