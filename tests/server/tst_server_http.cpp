#include "ServerProcess.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

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

Reply call(quint16 port, const std::string& method, const std::string& path, const std::string& body = {})
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
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.output()));
    }
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
            reasons.insert(v.toObject().value("date").toString(), v.toObject().value("reason").toString());
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

private:
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
};

QTEST_GUILESS_MAIN(TstServerHttp)
#include "tst_server_http.moc"
