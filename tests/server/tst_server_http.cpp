#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtTest>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/StreamSocket.h>
#include <Poco/StreamCopier.h>

using namespace motcua::test;
using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;

namespace {

struct Reply {
    int status = 0;
    std::string contentType;
    std::string allow;
    QString apiVersion;
    QJsonObject json;
};

Reply call(quint16 port, const std::string& method, const std::string& path,
           const std::string& body = {})
{
    Poco::Net::HTTPClientSession session("127.0.0.1", port);
    HTTPRequest request(method, path, HTTPRequest::HTTP_1_1);
    if (!body.empty()) {
        request.setContentType("application/json");
        request.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    session.sendRequest(request) << body;
    HTTPResponse response;
    std::istream& in = session.receiveResponse(response);
    std::string text;
    Poco::StreamCopier::copyToString(in, text);
    Reply r;
    r.status = response.getStatus();
    r.contentType = response.getContentType();
    r.allow = response.get("Allow", "");
    r.apiVersion = QString::fromStdString(response.get("MotCua-Api-Version", ""));
    r.json = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
    return r;
}

// Writes the request line, the headers and then the whole body before reading anything, as
// Python's http.client does; returns the status line the server answered with ("" if the
// connection was reset before an answer could be read).
std::string writeFirstThenRead(quint16 port, const std::string& method, const std::string& path,
                               std::size_t bodyBytes)
{
    Poco::Net::StreamSocket socket(Poco::Net::SocketAddress("127.0.0.1", port));
    const std::string head =
        method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" +
        "Content-Type: application/octet-stream\r\nContent-Length: " + std::to_string(bodyBytes) +
        "\r\n\r\n";
    try {
        socket.sendBytes(head.data(), int(head.size()));
        const std::string chunk(1 << 16, 'x');
        for (std::size_t sent = 0; sent < bodyBytes; sent += chunk.size())
            socket.sendBytes(chunk.data(), int(std::min(chunk.size(), bodyBytes - sent)));
        std::string answer;
        char buffer[4096];
        int n = 0;
        while (answer.find("\r\n") == std::string::npos &&
               (n = socket.receiveBytes(buffer, sizeof buffer)) > 0)
            answer.append(buffer, std::size_t(n));
        return answer.substr(0, answer.find("\r\n"));
    } catch (const Poco::Exception& e) {
        qWarning("%s", e.displayText().c_str());
        return {};
    }
}

} // namespace

class TstServerHttp : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY2(m_server.start(), qPrintable(m_server.output())); }
    void cleanupTestCase()
    {
        // SIGTERM is a graceful stop: exit code 0 and a closing log line.
        QCOMPARE(m_server.stop(), 0);
        QVERIFY(m_server.output().contains(QStringLiteral("stopped")));
    }

    void healthAnswers()
    {
        const Reply r = call(m_server.port(), "GET", "/api/v1/health");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("status").toString(), QStringLiteral("ok"));
        QCOMPARE(r.json.value("apiVersion").toString(), r.apiVersion);
        QVERIFY(r.apiVersion.startsWith("1.")); // /api/v1
    }

    // A refused body is still arriving when the answer is ready: the answer must reach a client
    // that only reads after it has written everything (no "connection reset by peer").
    void aClientThatWritesFirstReadsTheRefusal_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        QTest::newRow("64 MiB to a 1 MiB limit") << "POST"
                                                 << "/api/v1/auth/login" << 413;
        QTest::newRow("64 MiB without a token") << "POST"
                                                << "/api/v1/dossiers" << 401;
        QTest::newRow("64 MiB to no route") << "PUT"
                                            << "/api/v1/nowhere" << 404;
    }
    void aClientThatWritesFirstReadsTheRefusal()
    {
        QFETCH(QString, method);
        QFETCH(QString, path);
        QFETCH(int, status);
        const std::string line = writeFirstThenRead(m_server.port(), method.toStdString(),
                                                    path.toStdString(), 64u << 20);
        QCOMPARE(QString::fromStdString(line), QStringLiteral("HTTP/1.1 %1").arg(status) +
                                                   (status == 413   ? " Request Entity Too Large"
                                                    : status == 401 ? " Unauthorized"
                                                                    : " Not Found"));
        QCOMPARE(call(m_server.port(), "GET", "/api/v1/health").status, 200);
    }

    void theLogKeepsNoSecretAndNoCitizensData()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(server.start({"--demo", "--set", "motcua.auth.argon2.memoryKiB=64", "--set",
                               "motcua.auth.argon2.iterations=1"}),
                 qPrintable(server.output()));
        // The generated demo password is printed once on standard output, never in a log line
        // (log lines start with their time).
        const QRegularExpression shown("password, shown only this once: (\\S+)");
        const auto m = shown.match(server.output());
        QVERIFY2(m.hasMatch(), qPrintable(server.output()));
        const QString password = m.captured(1);
        QCOMPARE(server.output().count(password), 1);
        for (const QString& line : server.output().split(u'\n')) {
            if (line.contains(password))
                QVERIFY2(!QRegularExpression("^\\d{4}-\\d\\d-\\d\\d ").match(line).hasMatch(),
                         qPrintable(line));
        }
        const Reply login =
            call(server.port(), "POST", "/api/v1/auth/login",
                 R"({"username":"demo-reception","password":")" + password.toStdString() + R"("})");
        QCOMPARE(login.status, 200);
        Poco::Net::HTTPClientSession session("127.0.0.1", server.port());
        HTTPRequest search("GET", "/api/v1/dossiers?q=0912345678&page=1", HTTPRequest::HTTP_1_1);
        search.set("Authorization",
                   "Bearer " + login.json.value("accessToken").toString().toStdString());
        session.sendRequest(search);
        HTTPResponse response;
        session.receiveResponse(response).ignore(1 << 20);
        QCOMPARE(int(response.getStatus()), 200);
        QTRY_VERIFY2(server.output().contains("GET /api/v1/dossiers?q=***&page=1 200"),
                     qPrintable(server.output().right(500)));
        QVERIFY(!server.output().contains("0912345678"));
        QCOMPARE(server.stop(), 0);
    }

    void behindAProxyTheLimitsKeyOnTheForwardedClient()
    {
        auto lookups = [](quint16 port, const char* forwardedFor) {
            Poco::Net::HTTPClientSession session("127.0.0.1", port);
            HTTPRequest r("GET", "/api/v1/public/dossiers/000.00.71.H36-261122-0001",
                          HTTPRequest::HTTP_1_1);
            r.set("X-Forwarded-For", forwardedFor);
            session.sendRequest(r);
            HTTPResponse response;
            session.receiveResponse(response).ignore(1 << 20);
            return int(response.getStatus());
        };
        ServerProcess proxied{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(proxied.start({"--set", "motcua.public.lookupsPerMinute=2", "--set",
                                "motcua.server.trustedProxies=127.0.0.1"}),
                 qPrintable(proxied.output()));
        QCOMPARE(lookups(proxied.port(), "203.0.113.1"), 404);
        QCOMPARE(lookups(proxied.port(), "203.0.113.1"), 404);
        QCOMPARE(lookups(proxied.port(), "203.0.113.1"), 429);
        QCOMPARE(lookups(proxied.port(), "203.0.113.2"), 404);              // another citizen
        QCOMPARE(lookups(proxied.port(), "203.0.113.1, 203.0.113.2"), 404); // forged left part
        QCOMPARE(proxied.stop(), 0);

        // Without a trusted proxy the header is anyone's to write and changes nothing.
        ServerProcess direct{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(direct.start({"--set", "motcua.public.lookupsPerMinute=2"}),
                 qPrintable(direct.output()));
        QCOMPARE(lookups(direct.port(), "203.0.113.1"), 404);
        QCOMPARE(lookups(direct.port(), "203.0.113.2"), 404);
        QCOMPARE(lookups(direct.port(), "203.0.113.3"), 429);
        QCOMPARE(direct.stop(), 0);

        ServerProcess misconfigured{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY(!misconfigured.start({"--set", "motcua.server.trustedProxies=proxy.local"}, 10000));
        QVERIFY(misconfigured.output().contains("trustedProxies"));
    }

    void unknownRouteIsAProblem404()
    {
        const Reply r = call(m_server.port(), "GET", "/api/v1/nothing-here");
        QCOMPARE(r.status, 404);
        QVERIFY(r.contentType.rfind("application/problem+json", 0) == 0);
        QCOMPARE(r.json.value("code").toString(), QStringLiteral("not_found"));
        QCOMPARE(r.json.value("status").toInt(), 404);
    }

    void wrongMethodIs405WithAllow()
    {
        const Reply r = call(m_server.port(), "DELETE", "/api/v1/calendar");
        QCOMPARE(r.status, 405);
        QCOMPARE(r.allow, std::string("GET, PUT"));
        QCOMPARE(r.json.value("code").toString(), QStringLiteral("method_not_allowed"));
    }

    void calendarListsEveryNonWorkingDayOfTheYear()
    {
        const Reply r = call(m_server.port(), "GET", "/api/v1/calendar?year=2026");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("year").toInt(), 2026);
        QCOMPARE(r.json.value("cutoff").toString(), QStringLiteral("15:00"));
        const QJsonArray days = r.json.value("nonWorkingDays").toArray();
        QMap<QString, QString> reasons;
        for (const auto& v : days)
            reasons.insert(v.toObject().value("date").toString(),
                           v.toObject().value("reason").toString());
        QCOMPARE(reasons.value("2026-01-01"), QStringLiteral("holiday.newYear"));
        QCOMPARE(reasons.value("2026-02-17"), QStringLiteral("holiday.tet")); // mùng 1 Tết Bính Ngọ
        QCOMPARE(reasons.value("2026-04-26"), QStringLiteral("holiday.hungKings"));
        QCOMPARE(reasons.value("2026-11-22"), QStringLiteral("weekend"));
        QVERIFY(!reasons.contains("2026-11-23")); // an ordinary Monday
        QVERIFY(days.size() >= 104 + 11);
    }

    void calendarRefusesYearsItDoesNotCover()
    {
        const Reply r = call(m_server.port(), "GET", "/api/v1/calendar?year=2200");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json.value("code").toString(), QStringLiteral("bad_query"));
        QCOMPARE(r.json.value("field").toString(), QStringLiteral("year"));
        QCOMPARE(call(m_server.port(), "GET", "/api/v1/calendar?year=20x6").status, 400);
    }

    void bootstrapAdminNeedsAStrongPasswordFromTheEnvironment()
    {
        // A password in the shell that runs the tests must not leak into the servers they start:
        // each test says what its server gets.
        qputenv("MOTCUA_ADMIN_PASSWORD", "Shell-Pass-2026!");
        const auto cleanup = qScopeGuard([] { qunsetenv("MOTCUA_ADMIN_PASSWORD"); });
        ServerProcess noPassword{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY(!noPassword.start({"--bootstrap-admin", "root-admin"}, 10000));
        QVERIFY(noPassword.output().contains("MOTCUA_ADMIN_PASSWORD"));

        ServerProcess weak{QStringLiteral(MOTCUA_SERVER_BIN)};
        weak.setEnvironment("MOTCUA_ADMIN_PASSWORD", "12345");
        QVERIFY(!weak.start({"--bootstrap-admin", "root-admin"}, 10000));

        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment("MOTCUA_ADMIN_PASSWORD", "Quan-Tri-2026!");
        QVERIFY2(server.start({"--bootstrap-admin", "root-admin"}), qPrintable(server.output()));
        const Reply r = call(server.port(), "POST", "/api/v1/auth/login",
                             R"({"username":"root-admin","password":"Quan-Tri-2026!"})");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value("user").toObject().value("roles").toArray().at(0).toString(),
                 QStringLiteral("administrator"));
        QCOMPARE(server.stop(), 0);
    }

    void settingsComeFromAPropertiesFile()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("motcua-server.properties"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("# a deployment's settings\nmotcua.server.maxBodyBytes = 64\n");
        file.close();
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(server.start({"--config", file.fileName()}), qPrintable(server.output()));
        const Reply r = call(server.port(), "POST", "/api/v1/auth/login", std::string(100, ' '));
        QCOMPARE(r.status, 413);
        QCOMPARE(server.stop(), 0);
    }

    void servesTlsWhenACertificateIsConfigured()
    {
        QTemporaryDir dir;
        const QString cert = dir.filePath("cert.pem"), key = dir.filePath("key.pem");
        QProcess openssl;
        openssl.start("openssl", {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                                  "-subj", "/CN=127.0.0.1", "-addext",
                                  "subjectAltName=IP:127.0.0.1", "-keyout", key, "-out", cert});
        QVERIFY(openssl.waitForFinished(60000));
        QCOMPARE(openssl.exitCode(), 0);
        ServerProcess tlsServer{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(tlsServer.start({"--set", "motcua.server.tls.certificate=" + cert, "--set",
                                  "motcua.server.tls.privateKey=" + key}),
                 qPrintable(tlsServer.output()));

        Poco::Net::initializeSSL();
        // The client trusts exactly this certificate and checks it.
        Poco::Net::Context::Ptr ctx =
            new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, cert.toStdString(),
                                   Poco::Net::Context::VERIFY_STRICT);
        Poco::Net::HTTPSClientSession https("127.0.0.1", tlsServer.port(), ctx);
        HTTPRequest request("GET", "/api/v1/health", HTTPRequest::HTTP_1_1);
        https.sendRequest(request);
        HTTPResponse response;
        std::string body;
        Poco::StreamCopier::copyToString(https.receiveResponse(response), body);
        QCOMPARE(int(response.getStatus()), 200);
        QVERIFY(body.find("\"ok\"") != std::string::npos);
        // Plain HTTP on the TLS port gets no answer.
        bool plainWorked = true;
        try {
            call(tlsServer.port(), "GET", "/api/v1/health");
        } catch (const std::exception&) {
            plainWorked = false;
        }
        QVERIFY(!plainWorked);
        QCOMPARE(tlsServer.stop(), 0);
        QVERIFY(tlsServer.output().contains("listening on https://"));
    }

private:
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
};

QTEST_GUILESS_MAIN(TstServerHttp)
#include "tst_server_http.moc"
