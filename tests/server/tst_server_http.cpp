#include "ServerProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>

using namespace motcua::test;
using Poco::Net::HTTPRequest;
using Poco::Net::HTTPResponse;

namespace {

struct Reply {
    int status = 0;
    std::string contentType;
    std::string allow;
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
    r.json = QJsonDocument::fromJson(QByteArray::fromStdString(text)).object();
    return r;
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
