#pragma once

#include <functional>

#include <QByteArray>
#include <QJsonValue>
#include <QNetworkAccessManager>
#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace motcua::test {

// An HTTP proxy of the test's own in front of a real motcua-server, on a loopback port the kernel
// chooses: it forwards each request as it came and hands every JSON answer to `rewrite` before
// the client sees it — a newer server's answers (fields the client does not know, a status added
// later) or another API version, without a second server build. It runs on the test's thread:
// wait for a client in another thread or process with QTest::qWaitFor, never with a blocking
// waitFor*, so that the proxy keeps serving.
class RewritingProxy : public QObject {
public:
    // `method`, `path` (without the query) and the parsed body, changed in place.
    using Rewrite =
        std::function<void(const QByteArray& method, const QString& path, QJsonValue& body)>;

    explicit RewritingProxy(const QUrl& target, QObject* parent = nullptr);

    QUrl url() const;
    void setRewrite(Rewrite rewrite) { m_rewrite = std::move(rewrite); }
    // Replaces the server's MotCua-Api-Version header on every answer (empty: passed as it is).
    void setApiVersion(const QByteArray& version) { m_apiVersion = version; }
    int rewritten() const { return m_rewritten; }
    // Answers 404 (a problem, as the server does for an unknown route) to every request whose
    // path is `path`, without asking the server: a server of an older API version.
    void setAbsent(const QString& path) { m_absent = path; }

    // What a newer server may send: one more field in every object, at every depth.
    static QJsonValue withFieldEverywhere(const QJsonValue& value);
    // Every object whose "code" is `code` gets `status` (a status this version does not know).
    static QJsonValue withStatus(const QJsonValue& value, const QString& code,
                                 const QString& status);

private:
    struct Connection;
    void readRequests(QTcpSocket* socket);
    void forward(QTcpSocket* socket, const QByteArray& head, const QByteArray& body);

    QUrl m_target;
    QTcpServer m_listener;
    QNetworkAccessManager m_network;
    Rewrite m_rewrite;
    QByteArray m_apiVersion;
    QString m_absent;
    int m_rewritten = 0;
};

} // namespace motcua::test
