#include "RewritingProxy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QTcpSocket>

namespace motcua::test {

namespace {

// Hop-by-hop headers and those the proxy rewrites itself (the body may change length; the
// proxy's own network access decompresses).
bool ownHeader(const QByteArray& name)
{
    static const QList<QByteArray> own{"host",
                                       "connection",
                                       "keep-alive",
                                       "content-length",
                                       "transfer-encoding",
                                       "accept-encoding",
                                       "content-encoding"};
    return own.contains(name.toLower());
}

} // namespace

RewritingProxy::RewritingProxy(const QUrl& target, QObject* parent)
    : QObject(parent)
    , m_target(target)
{
    m_network.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_listener.listen(QHostAddress::LocalHost, 0);
    connect(&m_listener, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket* socket = m_listener.nextPendingConnection()) {
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { readRequests(socket); });
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        }
    });
}

QUrl RewritingProxy::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_listener.serverPort()));
}

void RewritingProxy::readRequests(QTcpSocket* socket)
{
    // One request at a time per connection (Qt's clients do not pipeline): the rest of the
    // bytes wait in the socket until the answer went out.
    if (socket->property("busy").toBool())
        return;
    QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
    const qsizetype headEnd = buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QByteArray head = buffer.left(headEnd);
    qsizetype length = 0;
    for (const QByteArray& line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-length")
            length = line.mid(colon + 1).trimmed().toLongLong();
    }
    if (buffer.size() < headEnd + 4 + length) {
        socket->setProperty("buffer", buffer);
        return;
    }
    const QByteArray body = buffer.mid(headEnd + 4, length);
    socket->setProperty("buffer", buffer.mid(headEnd + 4 + length));
    socket->setProperty("busy", true);
    forward(socket, head, body);
}

void RewritingProxy::forward(QTcpSocket* socket, const QByteArray& head, const QByteArray& body)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.first().trimmed().split(' ');
    const QByteArray method = requestLine.value(0);
    const QByteArray target = requestLine.value(1);
    QUrl url = m_target;
    const qsizetype q = target.indexOf('?');
    url.setPath(QString::fromUtf8(q < 0 ? target : target.left(q)));
    if (q >= 0)
        url.setQuery(QString::fromUtf8(target.mid(q + 1)));
    if (!m_absent.isEmpty() && url.path() == m_absent) {
        const QByteArray problem =
            R"({"type":"about:blank","title":"Not Found","status":404,"code":"not_found"})";
        socket->write("HTTP/1.1 404 Not Found\r\nContent-Type: application/problem+json\r\n"
                      "Content-Length: " +
                      QByteArray::number(problem.size()) + "\r\n\r\n" + problem);
        socket->setProperty("busy", false);
        if (socket->bytesAvailable() > 0 || !socket->property("buffer").toByteArray().isEmpty())
            readRequests(socket);
        return;
    }
    QNetworkRequest request(url);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || ownHeader(line.left(colon).trimmed()))
            continue;
        request.setRawHeader(line.left(colon).trimmed(), line.mid(colon + 1).trimmed());
    }
    QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
    QPointer<QTcpSocket> client(socket);
    connect(reply, &QNetworkReply::finished, this, [this, reply, client, method, url] {
        reply->deleteLater();
        if (!client)
            return;
        const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
        if (!status.isValid()) {
            client->abort(); // no answer upstream: none downstream either
            return;
        }
        QByteArray answer = reply->readAll();
        QByteArray headers;
        bool json = false;
        for (const auto& [name, value] : reply->rawHeaderPairs()) {
            if (ownHeader(name))
                continue;
            if (name.toLower() == "content-type" && value.contains("json"))
                json = true;
            if (name.toLower() == "motcua-api-version" && !m_apiVersion.isEmpty())
                continue;
            headers += name + ": " + value + "\r\n";
        }
        if (!m_apiVersion.isEmpty())
            headers += "MotCua-Api-Version: " + m_apiVersion + "\r\n";
        if (json && m_rewrite) {
            const QJsonDocument doc = QJsonDocument::fromJson(answer);
            if (!doc.isNull()) {
                QJsonValue value =
                    doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
                m_rewrite(method, url.path(), value);
                answer = value.isArray() ? QJsonDocument(value.toArray()).toJson()
                                         : QJsonDocument(value.toObject()).toJson();
                ++m_rewritten;
            }
        }
        const QByteArray reason =
            reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        client->write("HTTP/1.1 " + QByteArray::number(status.toInt()) + ' ' + reason + "\r\n" +
                      headers + "Content-Length: " + QByteArray::number(answer.size()) +
                      "\r\n\r\n" + answer);
        client->setProperty("busy", false);
        if (client->bytesAvailable() > 0 || !client->property("buffer").toByteArray().isEmpty())
            readRequests(client);
    });
}

QJsonValue RewritingProxy::withFieldEverywhere(const QJsonValue& value)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : value.toArray())
            out.append(withFieldEverywhere(e));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), withFieldEverywhere(it.value()));
    out.insert(QStringLiteral("addedByANewerServer"),
               QJsonObject{{QStringLiteral("note"), QStringLiteral("unknown to this client")}});
    return out;
}

QJsonValue RewritingProxy::withStatus(const QJsonValue& value, const QString& code,
                                      const QString& status)
{
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue& e : value.toArray())
            out.append(withStatus(e, code, status));
        return out;
    }
    if (!value.isObject())
        return value;
    QJsonObject out;
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), withStatus(it.value(), code, status));
    if (out.value(QStringLiteral("code")).toString() == code &&
        out.contains(QStringLiteral("status")))
        out.insert(QStringLiteral("status"), status);
    return out;
}

} // namespace motcua::test
