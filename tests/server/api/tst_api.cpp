#include "ApiClient.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include <atomic>
#include <memory>
#include <thread>

#include <QJsonArray>
#include <QtTest>

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/SQLite/Connector.h>
#include <Poco/Data/Session.h>

using namespace motcua::test;

namespace {

const std::string kPassword = "Demo-Pass-2026!";
const std::string kBackend = MOTCUA_TEST_BACKEND;

QJsonObject intakeBody(const QString& name = QStringLiteral("Nguyễn Thị Ánh"))
{
    return QJsonObject{
        {"procedureCode", "1.001193"},
        {"channel", "direct"},
        {"applicantType", "citizen"},
        {"owner", QJsonObject{{"fullName", name},
                              {"idNumber", "001190012345"},
                              {"phone", "0912 345 678"},
                              {"address", "Số 1 Trần Phú, Đà Lạt"}}},
        {"components", QJsonArray{QJsonObject{{"componentId", 1}, {"originals", 1}},
                                  QJsonObject{{"componentId", 2}, {"originals", 1}},
                                  QJsonObject{{"componentId", 4}, {"photocopies", 1}}}},
    };
}

} // namespace

class TstApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStringList args{"--demo",
                         "--set",
                         "motcua.auth.argon2.memoryKiB=64",
                         "--set",
                         "motcua.auth.argon2.iterations=1",
                         "--set",
                         "motcua.server.maxBodyBytes=65536",
                         "--set",
                         "motcua.attachments.maxBytes=200000"};
        if (kBackend == "postgres") {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(!m_pg->connectionString().empty(), m_pg->error().c_str());
            args << "--database" << QString::fromStdString(m_pg->connectionString());
        }
        m_server.setEnvironment("MOTCUA_DEMO_PASSWORD", QString::fromStdString(kPassword));
        QVERIFY2(m_server.start(args), qPrintable(m_server.output()));
    }
    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void loginGivesTokensAndTheUser()
    {
        ApiClient c(m_server.port());
        const auto r = c.login("demo-reception", kPassword);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.object().value("accessToken").toString().isEmpty());
        QVERIFY(!r.object().value("refreshToken").toString().isEmpty());
        QCOMPARE(r.object().value("user").toObject().value("roles").toArray().at(0).toString(),
                 QStringLiteral("receptionist"));
        QCOMPARE(c.get("/api/v1/auth/me").object().value("username").toString(),
                 QStringLiteral("demo-reception"));
    }

    void badCredentialsAndMissingTokens()
    {
        ApiClient c(m_server.port());
        auto wrong = c.login("demo-leader", "not-the-password");
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.code(), QStringLiteral("auth.invalid_credentials"));
        auto unknown = c.login("nobody-here", "whatever-pass");
        QCOMPARE(unknown.code(),
                 QStringLiteral("auth.invalid_credentials")); // no account enumeration
        c.setToken("");
        const auto anonymous = c.get("/api/v1/procedures");
        QCOMPARE(anonymous.code(), QStringLiteral("auth.required"));
        QCOMPARE(anonymous.headers.count("www-authenticate"), std::size_t(1)); // RFC 9110
        QCOMPARE(QString::fromStdString(anonymous.headers.at("WWW-Authenticate")),
                 QStringLiteral("Bearer realm=\"motcua\""));
        c.setToken("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bm90LWEtc2lnbmF0dXJl");
        QCOMPARE(c.get("/api/v1/procedures").status, 401);
    }

    void refreshRotatesAndLogoutRevokes()
    {
        ApiClient c(m_server.port());
        const auto r = c.login("demo-specialist", kPassword);
        const QString refresh = r.object().value("refreshToken").toString();
        const auto next = c.post("/api/v1/auth/refresh", QJsonObject{{"refreshToken", refresh}});
        QCOMPARE(next.status, 200);
        QVERIFY(next.object().value("refreshToken").toString() != refresh);
        // The old token was consumed by the rotation.
        QCOMPARE(c.post("/api/v1/auth/refresh", QJsonObject{{"refreshToken", refresh}}).code(),
                 QStringLiteral("auth.refresh_invalid"));
        const QString current = next.object().value("refreshToken").toString();
        QCOMPARE(c.post("/api/v1/auth/logout", QJsonObject{{"refreshToken", current}}).status, 200);
        QCOMPARE(c.post("/api/v1/auth/refresh", QJsonObject{{"refreshToken", current}}).status,
                 401);
    }

    // Who may call which route, in which agency: tst_authorisation.

    void guidanceAndRefusalsAreRecordedOnTheServer()
    {
        ApiClient c(m_server.port());
        c.login("demo-reception", kPassword);
        const QJsonObject guide{
            {"kind", "guide"},
            {"procedureCode", "1.001193"},
            {"applicant", QStringLiteral("Trần Văn Bình")},
            {"details", QJsonObject{{"missing", QJsonArray{QStringLiteral("Giấy chứng sinh")}}}}};
        const auto first = c.post("/api/v1/counter-outcomes", guide, {{"Idempotency-Key", "g-1"}});
        QCOMPARE(first.status, 201);
        QCOMPARE(first.object().value("clerk").toString(), QStringLiteral("demo-reception"));
        QCOMPARE(first.object().value("agencyId").toString(), QStringLiteral("000.00.71.H36"));
        // An outbox resending it after a lost answer gets the same record, not a second one.
        const auto again = c.post("/api/v1/counter-outcomes", guide, {{"Idempotency-Key", "g-1"}});
        QCOMPARE(again.status, 201);
        QCOMPARE(again.object().value("id"), first.object().value("id"));
        // Recorded offline yesterday: kept with the time it happened.
        const QString yesterday =
            QDateTime::currentDateTimeUtc().addDays(-1).toOffsetFromUtc(7 * 3600).toString(
                Qt::ISODate);
        const auto refuse = c.post(
            "/api/v1/counter-outcomes",
            QJsonObject{{"kind", "refuse"}, {"procedureCode", "1.000894"}, {"at", yesterday}},
            {{"Idempotency-Key", "r-1"}});
        QCOMPARE(refuse.status, 201);
        const auto bad = c.post("/api/v1/counter-outcomes",
                                QJsonObject{{"kind", "welcome"}, {"procedureCode", "1.001193"}});
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.code(), QStringLiteral("counter.bad_kind"));
        QCOMPARE(c.post("/api/v1/counter-outcomes", QJsonObject{{"kind", "guide"}}).code(),
                 QStringLiteral("codec.missing_field"));
        QCOMPARE(
            c.post("/api/v1/counter-outcomes", QJsonObject{{"kind", "guide"},
                                                           {"procedureCode", "1.001193"},
                                                           {"at", "2020-01-01T08:00:00+07:00"}})
                .code(),
            QStringLiteral("counter.bad_at"));

        ApiClient leader(m_server.port());
        leader.login("demo-leader", kPassword);
        const QJsonArray today = leader.get("/api/v1/counter-outcomes?kind=guide").json.toArray();
        QCOMPARE(today.size(), 1);
        QCOMPARE(today.at(0).toObject().value("applicant").toString(),
                 QStringLiteral("Trần Văn Bình"));
        const std::string range =
            "/api/v1/counter-outcomes?from=" +
            QDate::currentDate().addDays(-3).toString(Qt::ISODate).toStdString() +
            "&to=" + QDate::currentDate().addDays(3).toString(Qt::ISODate).toStdString();
        QCOMPARE(leader.get(range).json.toArray().size(), 2);
        QCOMPARE(leader.get("/api/v1/counter-outcomes?from=2026-02-30").status, 400);
    }

    void intakeIsIdempotentWithAKey()
    {
        ApiClient c(m_server.port());
        c.login("demo-reception", kPassword);
        const auto first =
            c.post("/api/v1/dossiers", intakeBody(), {{"Idempotency-Key", "intake-42"}});
        QCOMPARE(first.status, 201);
        const QString code = first.object().value("code").toString();
        QVERIFY2(QRegularExpression("^000\\.00\\.71\\.H36-\\d{6}-\\d{4}$").match(code).hasMatch(),
                 qPrintable(code));
        QCOMPARE(first.object().value("status").toString(), QStringLiteral("accepted"));
        QVERIFY(!first.object().value("appointmentAt").toString().isEmpty());
        QCOMPARE(first.object().value("version").toInt(), 1);
        QCOMPARE(first.object().value("owner").toObject().value("phone").toString(),
                 QStringLiteral("0912345678"));

        const auto retry =
            c.post("/api/v1/dossiers", intakeBody(), {{"Idempotency-Key", "intake-42"}});
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.object().value("code").toString(), code);
        const auto reused = c.post("/api/v1/dossiers", intakeBody(QStringLiteral("Trần Văn Bình")),
                                   {{"Idempotency-Key", "intake-42"}});
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.code(), QStringLiteral("idempotency.key_reused"));
        const auto other = c.post("/api/v1/dossiers", intakeBody());
        QCOMPARE(other.status, 201);
        QVERIFY(other.object().value("code").toString() != code);
    }

    void intakeReportsEveryProblemAtOnce()
    {
        ApiClient c(m_server.port());
        c.login("demo-reception", kPassword);
        QJsonObject body = intakeBody();
        body["owner"] = QJsonObject{{"fullName", ""}, {"idNumber", "12345"}};
        body["components"] = QJsonArray{QJsonObject{{"componentId", 99}, {"originals", 1}}};
        const auto r = c.post("/api/v1/dossiers", body);
        QCOMPARE(r.status, 422);
        QStringList fields;
        for (const auto& e : r.object().value("errors").toArray())
            fields << e.toObject().value("field").toString();
        QVERIFY2(fields.contains("owner.fullName") && fields.contains("owner.idNumber") &&
                     fields.contains("components[0].componentId") &&
                     fields.count("components") == 3,
                 qPrintable(fields.join(',')));
    }

    void badInputIsAPreciseClientError()
    {
        ApiClient c(m_server.port());
        c.login("demo-reception", kPassword);
        auto r = c.request("POST", "/api/v1/dossiers", "{\"procedureCode\": ");
        QCOMPARE(r.status, 400);
        QCOMPARE(r.code(), QStringLiteral("codec.invalid_json"));
        QVERIFY(r.contentType.rfind("application/problem+json", 0) == 0);
        QJsonObject body = intakeBody();
        body["colour"] = "red";
        r = c.post("/api/v1/dossiers", body);
        QCOMPARE(r.code(), QStringLiteral("codec.unknown_field"));
        QCOMPARE(r.object().value("field").toString(), QStringLiteral("colour"));
        body = intakeBody();
        body["channel"] = 2;
        r = c.post("/api/v1/dossiers", body);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.object().value("field").toString(), QStringLiteral("channel"));
        r = c.request("POST", "/api/v1/dossiers", std::string(70000, ' '));
        QCOMPARE(r.status, 413);
        QCOMPARE(r.code(), QStringLiteral("body_too_large"));
        QCOMPARE(c.get("/api/v1/nowhere").status, 404);
        r = c.request("DELETE", "/api/v1/dossiers");
        QCOMPARE(r.status, 405);
        QCOMPARE(QString::fromStdString(r.headers["Allow"]), QStringLiteral("POST, GET"));
    }

    void workflowOverHttpWithConflicts()
    {
        ApiClient reception(m_server.port()), specialist(m_server.port()), leader(m_server.port());
        reception.login("demo-reception", kPassword);
        specialist.login("demo-specialist", kPassword);
        leader.login("demo-leader", kPassword);
        const QString code =
            reception.post("/api/v1/dossiers", intakeBody()).object().value("code").toString();
        const std::string actions = "/api/v1/dossiers/" + code.toStdString() + "/actions";

        auto r = leader.post(actions, QJsonObject{{"action", "approve"}, {"version", 1}});
        QCOMPARE(r.status, 403);
        QCOMPARE(r.code(), QStringLiteral("workflow.wrong_unit"));
        r = specialist.post(
            actions, QJsonObject{{"action", "forward"}, {"version", 1}, {"comment", "Hợp lệ"}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("currentStepId").toString(), QStringLiteral("approve"));
        QCOMPARE(r.object().value("version").toInt(), 2);
        // A second officer acting on what they saw at version 1 gets the current state back.
        r = specialist.post(actions, QJsonObject{{"action", "forward"}, {"version", 1}});
        QCOMPARE(r.status, 409);
        QCOMPARE(r.object().value("current").toObject().value("version").toInt(), 2);
        r = leader.post(actions, QJsonObject{{"action", "approve"}, {"version", 2}});
        QCOMPARE(r.status, 200);
        r = reception.post(actions, QJsonObject{{"action", "markResultReady"}, {"version", 3}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("status").toString(), QStringLiteral("finished"));

        ApiClient anonymous(m_server.port());
        const auto pub = anonymous.get("/api/v1/public/dossiers/" + code.toStdString());
        QCOMPARE(pub.status, 200);
        QCOMPARE(pub.object().value("resultReady").toBool(), true);
        for (const char* key :
             {"owner", "submitter", "phone", "idNumber", "email", "address", "history"})
            QVERIFY2(!pub.body.empty() && pub.body.find(key) == std::string::npos, key);
        QVERIFY(pub.body.find("0912345678") == std::string::npos);
        QVERIFY(pub.body.find("001190012345") == std::string::npos);
    }

    void searchIsAccentInsensitive()
    {
        ApiClient c(m_server.port());
        c.login("demo-reception", kPassword);
        const QString code =
            c.post("/api/v1/dossiers", intakeBody(QStringLiteral("Đặng Thị Xuân Quỳnh")))
                .object()
                .value("code")
                .toString();
        auto r = c.get("/api/v1/dossiers?q=dang%20thi%20xuan%20quynh");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("total").toInt(), 1);
        QCOMPARE(r.object().value("items").toArray().at(0).toObject().value("code").toString(),
                 code);
        QCOMPARE(c.get("/api/v1/dossiers?q=" + code.toStdString()).object().value("total").toInt(),
                 1);
        // Short words (under a trigram) still narrow the search.
        QCOMPARE(c.get("/api/v1/dossiers?q=xuan%20qu").object().value("total").toInt(), 1);
        QCOMPARE(c.get("/api/v1/dossiers?q=xuan%20qz").object().value("total").toInt(), 0);
        QVERIFY(c.get("/api/v1/dossiers?q=0912345678").object().value("total").toInt() >= 1);
        QCOMPARE(c.get("/api/v1/dossiers?status=bogus").status, 400);
    }

    void changeFeedIsInCommitOrderAndComplete()
    {
        ApiClient c(m_server.port());
        c.login("demo-reception", kPassword);
        const qint64 before =
            c.get("/api/v1/changes?since=0&limit=5000").object().value("next").toInteger();
        const QString code =
            c.post("/api/v1/dossiers", intakeBody()).object().value("code").toString();
        const auto r = c.get("/api/v1/changes?since=" + std::to_string(before));
        const QJsonArray changes = r.object().value("changes").toArray();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).toObject().value("key").toString(), code);
        QCOMPARE(changes.at(0).toObject().value("entity").toString(), QStringLiteral("dossier"));
        QVERIFY(changes.at(0).toObject().value("seq").toInteger() > before);
    }

    void calendarIsPublicAndAdministered()
    {
        ApiClient c(m_server.port());
        const auto r = c.get("/api/v1/calendar?year=2026");
        QCOMPARE(r.status, 200);
        QJsonObject settings = r.object();
        settings.remove("year");
        settings.remove("version");
        settings.remove("nonWorkingDays");
        QJsonArray overrides{QJsonObject{{"date", "2026-12-31"},
                                         {"working", false},
                                         {"reason", "Nghỉ theo quyết định của UBND tỉnh"}}};
        settings["overrides"] = overrides;
        c.login("demo-admin", kPassword);
        QCOMPARE(c.put("/api/v1/calendar", settings).status, 200);
        bool found = false;
        for (const auto& d :
             c.get("/api/v1/calendar?year=2026").object().value("nonWorkingDays").toArray())
            found = found || (d.toObject().value("date").toString() == "2026-12-31" &&
                              d.toObject().value("reason").toString() == "override");
        QVERIFY(found);
        settings["cutoff"] = "25:00";
        QCOMPARE(c.put("/api/v1/calendar", settings).status, 400);
    }

    void codeBlocksNeverOverlapWithIntake()
    {
        ApiClient c(m_server.port());
        c.login("demo-reception", kPassword);
        const auto block = c.post("/api/v1/code-blocks", QJsonObject{{"count", 3}});
        QCOMPARE(block.status, 201);
        const QString firstCode = block.object().value("firstCode").toString();
        const QString online =
            c.post("/api/v1/dossiers", intakeBody()).object().value("code").toString();
        QVERIFY(online > block.object().value("lastCode").toString());
        // An offline counter later sends the dossier with the code it printed.
        QJsonObject offline = intakeBody();
        offline["code"] = firstCode;
        auto r = c.post("/api/v1/dossiers", offline);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value("code").toString(), firstCode);
        QCOMPARE(c.post("/api/v1/dossiers", offline).status, 409); // a code is used once
        // Receiving an offline dossier takes no number from the day's counter.
        const QString nextOnline =
            c.post("/api/v1/dossiers", intakeBody()).object().value("code").toString();
        QCOMPARE(nextOnline.right(4).toInt(), online.right(4).toInt() + 1);
        offline["code"] = online.left(online.size() - 4) + "9999";
        QCOMPARE(c.post("/api/v1/dossiers", offline).code(),
                 QStringLiteral("intake.code_not_reserved"));
    }

    void attachmentsAreSniffedStoredAndMarkTheComponent()
    {
        ApiClient c(m_server.port());
        c.login("demo-reception", kPassword);
        const QString code =
            c.post("/api/v1/dossiers", intakeBody()).object().value("code").toString();
        const std::string base = "/api/v1/dossiers/" + code.toStdString();
        std::string pdf = "%PDF-1.4\n% MotCua test\n";
        for (int i = 0; i < 1000; ++i)
            pdf += "stream of page bytes " + std::to_string(i) + "\n";
        pdf += std::string("\0\xff\x01 binary", 10);
        // A component number with trailing garbage is not component 1.
        const auto garbage = c.request("POST", base + "/components/1abc/attachments?name=x.pdf",
                                       pdf, {{"Content-Type", "application/octet-stream"}});
        QCOMPARE(garbage.status, 400);
        QCOMPARE(garbage.code(), QStringLiteral("attachment.bad_component"));
        auto r = c.request("POST", base + "/components/2/attachments?name=giay-chung-sinh.pdf", pdf,
                           {{"Content-Type", "application/octet-stream"}});
        QCOMPARE(r.status, 201);
        const QString sha = r.object().value("sha256").toString();
        QCOMPARE(sha.size(), 64);
        QCOMPARE(r.object().value("mime").toString(), QStringLiteral("application/pdf"));
        QCOMPARE(r.object().value("dossierVersion").toInt(), 2);
        const auto d = c.get(base).object();
        QCOMPARE(d.value("components").toArray().at(1).toObject().value("digitised").toBool(),
                 true);
        QCOMPARE(d.value("components").toArray().at(0).toObject().value("digitised").toBool(),
                 false);
        const auto download = c.get(base + "/attachments/" + sha.toStdString());
        QCOMPARE(download.status, 200);
        QVERIFY(download.body == pdf);
        QCOMPARE(QString::fromStdString(download.contentType), QStringLiteral("application/pdf"));
        QCOMPARE(c.get(base + "/attachments").json.toArray().size(), 1);
        // A text file named .pdf is refused by its content; too big is 413; no such component 404.
        QCOMPARE(
            c.request("POST", base + "/components/2/attachments?name=x.pdf", "hello, not a pdf")
                .status,
            415);
        QCOMPARE(c.request("POST", base + "/components/2/attachments?name=big.pdf",
                           "%PDF-" + std::string(250000, 'x'))
                     .status,
                 413);
        QCOMPARE(c.request("POST", base + "/components/77/attachments?name=x.pdf", pdf).code(),
                 QStringLiteral("attachment.unknown_component"));
        ApiClient admin(m_server.port());
        admin.login("demo-specialist", kPassword);
        QCOMPARE(admin.get(base + "/attachments/" + std::string(64, 'a')).status, 404);
    }

    void openApiDocumentsEveryRoute()
    {
        ApiClient c(m_server.port());
        const auto r = c.get("/api/v1/openapi.json");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("openapi").toString(), QStringLiteral("3.0.3"));
        const QJsonObject paths = r.object().value("paths").toObject();
        const QJsonObject components = r.object().value("components").toObject();
        // The query parameters each route reads (ctx.query / queryInt in its controller).
        const std::map<QString, QStringList> queries{
            {"get /api/v1/calendar", {"year"}},
            {"get /api/v1/procedures", {"q"}},
            {"get /api/v1/dossiers",
             {"q", "status", "field", "assignee", "from", "to", "page", "pageSize"}},
            {"get /api/v1/changes", {"since", "limit", "wait", "include"}},
            {"get /api/v1/changes/snapshot", {"recentDays", "limit", "after"}},
            {"get /api/v1/notifications", {"state", "dossier", "page", "pageSize"}},
            {"get /api/v1/counter-outcomes", {"from", "to", "kind", "limit", "agency"}},
            {"post /api/v1/dossiers/{code}/components/{componentId}/attachments", {"name"}},
        };
        int operations = 0;
        for (auto p = paths.begin(); p != paths.end(); ++p) {
            const QJsonObject item = p.value().toObject();
            for (auto op = item.begin(); op != item.end(); ++op) {
                ++operations;
                const QString name = op.key() + u' ' + p.key();
                const QJsonObject o = op.value().toObject();
                QVERIFY2(!o.value("summary").toString().isEmpty(),
                         qPrintable(name + " has no summary"));
                QSet<QString> path, query;
                for (const auto& param : o.value("parameters").toArray()) {
                    const QJsonObject pa = param.toObject();
                    QVERIFY2(pa.value("schema").isObject(), qPrintable(name));
                    (pa.value("in") == "path" ? path : query) << pa.value("name").toString();
                }
                static const QRegularExpression variable("\\{(\\w+)\\}");
                for (const auto& m : variable.globalMatch(p.key()))
                    QVERIFY2(path.contains(m.captured(1)),
                             qPrintable(name + ": no parameter " + m.captured(1)));
                const auto expected = queries.find(name);
                for (const QString& q :
                     expected == queries.end() ? QStringList{} : expected->second)
                    QVERIFY2(query.contains(q), qPrintable(name + ": no query parameter " + q));
                // Every POST and PUT reads a body; no GET does.
                QCOMPARE(o.contains("requestBody"), op.key() != "get");
                const QJsonObject responses = o.value("responses").toObject();
                QVERIFY2(!responses.contains("default"), qPrintable(name));
                QStringList successes; // one success answer, with its body described
                for (const QString& status : responses.keys()) {
                    if (status.startsWith(u'2'))
                        successes << status;
                }
                QCOMPARE(successes.size(), 1);
                QVERIFY2(responses.value(successes.front()).toObject().value("content").isObject(),
                         qPrintable(name + ": no body of the success answer"));
                QStringList problems{"400", "500"};
                if (!o.value("security").toArray().isEmpty())
                    problems << "401";
                if (!path.isEmpty())
                    problems << "404";
                if (o.contains("requestBody"))
                    problems << "413";
                for (const QString& status : problems)
                    QVERIFY2(responses.value(status).toObject().value("$ref").toString().startsWith(
                                 "#/components/responses/"),
                             qPrintable(name + ": no " + status + " problem"));
            }
        }
        QVERIFY2(operations >= 36, qPrintable(QString::number(operations)));
        QVERIFY(paths.contains("/api/v1/dossiers/{code}/actions"));
        const QJsonObject schemas = components.value("schemas").toObject();
        const QJsonObject intake = schemas.value("IntakeRequest").toObject();
        QCOMPARE(intake.value("additionalProperties").toBool(true), false);
        QVERIFY(intake.value("required").toArray().contains("procedureCode"));
        QCOMPARE(intake.value("properties")
                     .toObject()
                     .value("channel")
                     .toObject()
                     .value("enum")
                     .toArray()
                     .size(),
                 3);
        // Answers stay open to fields a later minor version adds; requests are closed.
        for (const char* answer : {"Dossier", "User", "Procedure", "Tokens", "Problem"})
            QVERIFY2(!schemas.value(answer).toObject().contains("additionalProperties"), answer);
        QCOMPARE(schemas.value("UserInput").toObject().value("additionalProperties").toBool(true),
                 false);
        QVERIFY(components.value("responses")
                    .toObject()
                    .value("TooManyRequests")
                    .toObject()
                    .value("headers")
                    .toObject()
                    .contains("Retry-After"));
    }

    void auditChainVerifies()
    {
        ApiClient c(m_server.port());
        c.login("demo-admin", kPassword);
        const auto r = c.get("/api/v1/audit/verify");
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("intact").toBool(), true);
        QVERIFY(r.object().value("checked").toInt() > 40);
    }

    void concurrentAuthenticatedRequestsAreAllServed()
    {
        ApiClient clerk(m_server.port());
        clerk.login("demo-reception", kPassword);
        const std::string code = clerk.post("/api/v1/dossiers", intakeBody())
                                     .object()
                                     .value("code")
                                     .toString()
                                     .toStdString();
        std::atomic<int> ok{0}, bad{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 6; ++t) {
            threads.emplace_back([&] {
                try {
                    ApiClient c(m_server.port());
                    if (c.login("demo-specialist", kPassword).status != 200)
                        return void(++bad);
                    for (int i = 0; i < 150; ++i)
                        (c.get("/api/v1/dossiers/" + code).status == 200 ? ok : bad)++;
                } catch (const std::exception&) {
                    ++bad;
                }
            });
        }
        for (auto& t : threads)
            t.join();
        QCOMPARE(bad.load(), 0);
        QCOMPARE(ok.load(), 900);
    }

    // Last: it breaks the chain on purpose.
    void tamperingWithTheAuditLogIsDetected()
    {
        std::unique_ptr<Poco::Data::Session> db;
        if (kBackend == "postgres") {
            Poco::Data::PostgreSQL::Connector::registerConnector();
            db = std::make_unique<Poco::Data::Session>("PostgreSQL", m_pg->connectionString());
        } else {
            Poco::Data::SQLite::Connector::registerConnector();
            db = std::make_unique<Poco::Data::Session>(
                "SQLite", (m_server.dataDir() + "/motcua.db").toStdString());
        }
        *db << "UPDATE audit_log SET actor = 'mallory' WHERE seq = 7", Poco::Data::Keywords::now;
        ApiClient c(m_server.port());
        c.login("demo-admin", kPassword);
        const auto r = c.get("/api/v1/audit/verify");
        QCOMPARE(r.object().value("intact").toBool(true), false);
        QCOMPARE(r.object().value("firstBrokenSeq").toInt(), 7);
    }

private:
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<PgTestDatabase> m_pg;
};

QTEST_GUILESS_MAIN(TstApi)
#include "tst_api.moc"
