// Who may call what, and see whose data: every route of the server × every role × the caller's own
// agency and another one, on a real motcua-server with the demo's two wards. A route the server
// serves without a row here fails the test, so a new route cannot slip in unreviewed.
#include "ApiClient.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include <memory>
#include <set>

#include <QJsonArray>
#include <QtTest>

using namespace motcua::test;

namespace {

const std::string kPassword = "Demo-Pass-2026!";
const std::string kBackend = MOTCUA_TEST_BACKEND;
const QString kFirstAgency = QStringLiteral("000.00.71.H36");  // Xuân Hương
const QString kSecondAgency = QStringLiteral("000.00.72.H36"); // Lang Biang

// The same four roles in each agency, then an anonymous caller.
const QStringList kFirst{"demo-admin", "demo-reception", "demo-specialist", "demo-leader"};
const QStringList kSecond{"demo-lb-admin", "demo-lb-reception", "demo-lb-specialist",
                          "demo-lb-leader"};

QJsonObject intakeBody(const char* procedure, const QJsonArray& components)
{
    return QJsonObject{
        {"procedureCode", procedure},
        {"channel", "direct"},
        {"applicantType", "citizen"},
        {"owner", QJsonObject{{"fullName", QStringLiteral("Nguyễn Thị Ánh")},
                              {"idNumber", "001190012345"},
                              {"phone", "0912 345 678"}}},
        {"components", components},
    };
}

QJsonObject birthRegistration() // 1.001193, a procedure of the first ward
{
    return intakeBody("1.001193", QJsonArray{QJsonObject{{"componentId", 1}, {"originals", 1}},
                                             QJsonObject{{"componentId", 2}, {"originals", 1}},
                                             QJsonObject{{"componentId", 4}, {"photocopies", 1}}});
}

QJsonObject religiousActivity() // 1.012592, a procedure of the second ward
{
    return intakeBody("1.012592", QJsonArray{QJsonObject{{"componentId", 1}, {"originals", 1}}});
}

// What a caller gets from a route: let through (an answer past authorisation: 2xx, or the 400 /
// 415 / 422 of a deliberately empty body), refused for the role (403), hidden (404: another
// agency's object, answered as if it did not exist), or asked to log in (401).
enum Outcome : char { Let = 'L', Refused = 'R', Hidden = 'H', Login = 'A' };

struct Row {
    const char* method;
    const char* pattern; // the route exactly as the server registers it
    const char* same;    // admin, reception, specialist, leader of the object's agency
    const char* other;   // the same four roles of the other agency
    bool isPublic;       // anonymous callers let through (else 401)
};

// Objects named in the paths belong to the first ward: dossier {code}, user demo-leader,
// procedure 1.001193 (version {n} 1), attachment and blank form {sha256}.
const QList<Row>& rows()
{
    static const QList<Row> all{
        {"GET", "/api/v1/health", "LLLL", "LLLL", true},
        {"GET", "/api/v1/openapi.json", "LLLL", "LLLL", true},
        {"POST", "/api/v1/auth/login", "LLLL", "LLLL", true},
        {"POST", "/api/v1/auth/refresh", "LLLL", "LLLL", true},
        {"POST", "/api/v1/auth/logout", "LLLL", "LLLL", true},
        {"GET", "/api/v1/auth/me", "LLLL", "LLLL", false},
        {"GET", "/api/v1/calendar", "LLLL", "LLLL", true},
        {"PUT", "/api/v1/calendar", "LRRR", "LRRR", false},
        {"GET", "/api/v1/agencies", "LLLL", "LLLL", false},
        {"GET", "/api/v1/fields", "LLLL", "LLLL", false},
        {"GET", "/api/v1/procedures", "LLLL", "LLLL", false},
        {"GET", "/api/v1/procedures/{code}", "LLLL", "HHHH", false},
        {"PUT", "/api/v1/procedures/{code}", "LRRR", "HRRR", false},
        {"POST", "/api/v1/procedures", "LRRR", "LRRR", false},
        {"GET", "/api/v1/procedure-versions", "LRRR", "LRRR", false},
        {"GET", "/api/v1/procedures/{code}/versions", "LLLL", "HHHH", false},
        {"GET", "/api/v1/procedures/{code}/versions/{n}", "LLLL", "HHHH", false},
        {"POST", "/api/v1/procedures/{code}/versions", "LRRR", "HRRR", false},
        {"PUT", "/api/v1/procedures/{code}/versions/{n}", "LRRR", "HRRR", false},
        {"POST", "/api/v1/procedures/{code}/versions/{n}/publish", "LRRR", "HRRR", false},
        {"POST", "/api/v1/catalogue/import", "LRRR", "LRRR", false},
        {"GET", "/api/v1/catalogue/export", "LRRR", "LRRR", false},
        {"POST", "/api/v1/catalogue/import-bundle", "LRRR", "LRRR", false},
        {"PUT", "/api/v1/procedures/{code}/versions/{n}/end", "LRRR", "HRRR", false},
        {"POST", "/api/v1/procedures/{code}/versions/{n}/correct", "LRRR", "HRRR", false},
        {"GET", "/api/v1/users", "LLLL", "LLLL", false},
        {"GET", "/api/v1/users/{username}", "LLLL", "HHHH", false},
        {"GET", "/api/v1/roles", "LLLL", "LLLL", false},
        {"POST", "/api/v1/users", "LRRR", "LRRR", false},
        {"PUT", "/api/v1/users/{username}", "LRRR", "HRRR", false},
        {"POST", "/api/v1/dossiers", "RLRR", "RLRR", false},
        {"GET", "/api/v1/dossiers", "LLLL", "LLLL", false},
        {"GET", "/api/v1/dossiers/{code}", "LLLL", "HHHH", false},
        {"POST", "/api/v1/dossiers/{code}/actions", "LLLL", "HHHH", false},
        {"POST", "/api/v1/dossiers/{code}/process", "LRRR", "HRRR", false},
        {"GET", "/api/v1/changes", "LLLL", "LLLL", false},
        {"GET", "/api/v1/changes/snapshot", "LLLL", "LLLL", false},
        {"POST", "/api/v1/code-blocks", "RLRR", "RLRR", false},
        {"GET", "/api/v1/audit/verify", "LRRR", "LRRR", false},
        {"POST", "/api/v1/dossiers/{code}/components/{componentId}/attachments", "RLLL", "RHHH",
         false},
        {"GET", "/api/v1/dossiers/{code}/attachments", "LLLL", "HHHH", false},
        {"GET", "/api/v1/dossiers/{code}/attachments/{sha256}", "LLLL", "HHHH", false},
        {"POST", "/api/v1/forms", "LRRR", "LRRR", false},
        {"GET", "/api/v1/forms/{sha256}", "LLLL", "LLLL", false}, // published: any agency's staff
        {"GET", "/api/v1/dossiers/{code}/notifications", "LLLL", "HHHH", false},
        {"GET", "/api/v1/notifications", "LRRR", "LRRR", false},
        {"GET", "/api/v1/notification-templates", "LLLL", "LLLL", false},
        {"GET", "/api/v1/notification-templates/{event}", "LLLL", "LLLL", false},
        {"PUT", "/api/v1/notification-templates/{event}", "LRRR", "LRRR", false},
        {"POST", "/api/v1/counter-outcomes", "RLRR", "RLRR", false},
        {"GET", "/api/v1/counter-outcomes", "LLRL", "LLRL", false},
        {"GET", "/api/v1/public/dossiers/{code}", "LLLL", "LLLL", true},
    };
    return all;
}

} // namespace

class TstAuthorisation : public QObject {
    Q_OBJECT

    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::unique_ptr<PgTestDatabase> m_pg;
    std::map<QString, std::unique_ptr<ApiClient>> m_clients; // logged in, one per user
    QString m_firstCode, m_secondCode, m_sha;

    ApiClient& as(const QString& user) { return *m_clients.at(user); }

    std::string path(const char* pattern) const
    {
        QString p = QString::fromLatin1(pattern);
        p.replace(QLatin1String("/procedures/{code}"), QLatin1String("/procedures/1.001193"));
        p.replace(QLatin1String("{code}"), m_firstCode);
        p.replace(QLatin1String("{username}"), QLatin1String("demo-leader"));
        p.replace(QLatin1String("{componentId}"), QLatin1String("1"));
        p.replace(QLatin1String("{n}"), QLatin1String("1"));
        p.replace(QLatin1String("{sha256}"), m_sha);
        p.replace(QLatin1String("{event}"), QLatin1String("accepted"));
        return p.toStdString();
    }

private slots:
    void initTestCase()
    {
        QStringList args{"--demo", "--set", "motcua.auth.argon2.memoryKiB=64", "--set",
                         "motcua.auth.argon2.iterations=1"};
        if (kBackend == "postgres") {
            m_pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(!m_pg->connectionString().empty(), m_pg->error().c_str());
            args << "--database" << QString::fromStdString(m_pg->connectionString());
        }
        m_server.setEnvironment("MOTCUA_DEMO_PASSWORD", QString::fromStdString(kPassword));
        QVERIFY2(m_server.start(args), qPrintable(m_server.output()));
        for (const QString& user : kFirst + kSecond) {
            auto c = std::make_unique<ApiClient>(m_server.port());
            QCOMPARE(c->login(user.toStdString(), kPassword).status, 200);
            m_clients[user] = std::move(c);
        }
        const auto first = as("demo-reception").post("/api/v1/dossiers", birthRegistration());
        QCOMPARE(first.status, 201);
        m_firstCode = first.object().value("code").toString();
        QVERIFY(m_firstCode.startsWith(kFirstAgency));
        const auto second = as("demo-lb-reception").post("/api/v1/dossiers", religiousActivity());
        QVERIFY2(second.status == 201, second.body.c_str());
        m_secondCode = second.object().value("code").toString();
        QVERIFY(m_secondCode.startsWith(kSecondAgency));
        const std::string pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n";
        const auto up = as("demo-reception")
                            .request("POST",
                                     "/api/v1/dossiers/" + m_firstCode.toStdString() +
                                         "/components/1/attachments?name=to-khai.pdf",
                                     pdf, {{"Content-Type", "application/pdf"}});
        QCOMPARE(up.status, 201);
        m_sha = up.object().value("sha256").toString();
        // The same bytes as a blank form: {sha256} names a form too.
        QCOMPARE(as("demo-admin")
                     .request("POST", "/api/v1/forms?name=to-khai.pdf", pdf,
                              {{"Content-Type", "application/pdf"}})
                     .status,
                 201);
        for (const auto& [clerk, procedure] :
             {std::pair{"demo-reception", "1.001193"}, std::pair{"demo-lb-reception", "1.012592"}})
            QCOMPARE(as(clerk)
                         .post("/api/v1/counter-outcomes",
                               QJsonObject{{"kind", "guide"}, {"procedureCode", procedure}})
                         .status,
                     201);
    }
    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void everyRouteHasARow()
    {
        ApiClient anonymous(m_server.port());
        const QJsonObject paths =
            anonymous.get("/api/v1/openapi.json").object().value("paths").toObject();
        QVERIFY(paths.size() > 20);
        std::set<QString> known;
        for (const Row& r : rows())
            known.insert(QString::fromLatin1(r.method) + u' ' + QString::fromLatin1(r.pattern));
        int operations = 0;
        for (auto it = paths.begin(); it != paths.end(); ++it) {
            for (const QString& method : it.value().toObject().keys()) {
                ++operations;
                const QString route = method.toUpper() + u' ' + it.key();
                QVERIFY2(known.count(route), qPrintable(route + " has no row in the matrix"));
            }
        }
        QCOMPARE(operations, int(known.size()));
    }

    void roleByRouteByAgency_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<int>("expected");
        for (const Row& r : rows()) {
            for (int i = 0; i < 4; ++i) {
                QTest::addRow("%s %s as %s", r.method, r.pattern, qPrintable(kFirst[i]))
                    << kFirst[i] << r.method << r.pattern << int(r.same[i]);
                QTest::addRow("%s %s as %s", r.method, r.pattern, qPrintable(kSecond[i]))
                    << kSecond[i] << r.method << r.pattern << int(r.other[i]);
            }
            QTest::addRow("%s %s anonymously", r.method, r.pattern)
                << QString() << r.method << r.pattern << int(r.isPublic ? Let : Login);
        }
    }
    void roleByRouteByAgency()
    {
        QFETCH(QString, user);
        QFETCH(QString, method);
        QFETCH(QString, pattern);
        QFETCH(int, expected);
        ApiClient anonymous(m_server.port());
        ApiClient& c = user.isEmpty() ? anonymous : as(user);
        // An empty object: a caller let through fails validation (400/415/422) instead of
        // changing anything; a refused one never gets that far.
        const auto r =
            c.request(method.toStdString(), path(qPrintable(pattern)), method == "GET" ? "" : "{}");
        switch (expected) {
        case Let:
            QVERIFY2(r.status != 401 && r.status != 403 && r.status != 404 && r.status < 500,
                     (std::to_string(r.status) + " " + r.body).c_str());
            break;
        case Refused:
            QCOMPARE(r.status, 403);
            QCOMPARE(r.code(), QStringLiteral("auth.forbidden"));
            break;
        case Hidden:
            QCOMPARE(r.status, 404);
            break;
        case Login:
            QCOMPARE(r.status, 401);
            break;
        default:
            QFAIL("bad expectation");
        }
    }

    // A hidden object is answered exactly as one that does not exist: its code tells nothing.
    void anotherAgencysDossierLooksLikeNoDossier()
    {
        QString missing = m_firstCode;
        missing.chop(4);
        missing += QStringLiteral("9999");
        for (const char* suffix : {"", "/attachments", "/notifications"}) {
            const auto hidden =
                as("demo-lb-leader").get("/api/v1/dossiers/" + m_firstCode.toStdString() + suffix);
            const auto absent =
                as("demo-lb-leader").get("/api/v1/dossiers/" + missing.toStdString() + suffix);
            QCOMPARE(hidden.status, 404);
            QCOMPARE(absent.status, 404);
            QCOMPARE(hidden.code(), absent.code());
        }
    }

    // The lists carry nothing of the other agency: not its dossiers' codes, users, procedures
    // or notifications — while the caller's own agency's data is there (so the check is not
    // vacuous).
    void listsCarryOnlyTheCallersAgency_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("own");     // must appear
        QTest::addColumn<QString>("foreign"); // must not
        const QStringList lists{"/api/v1/changes?since=0&limit=5000",
                                "/api/v1/changes?since=0&limit=5000&include=dossiers",
                                "/api/v1/changes/snapshot?recentDays=3650",
                                "/api/v1/dossiers",
                                "/api/v1/users",
                                "/api/v1/procedures",
                                "/api/v1/notifications?pageSize=500",
                                "/api/v1/counter-outcomes"};
        for (const QString& path : lists) {
            for (const QString& user :
                 {QStringLiteral("demo-admin"), QStringLiteral("demo-leader")})
                QTest::addRow("%s as %s", qPrintable(path), qPrintable(user))
                    << user << path << kFirstAgency << kSecondAgency;
            for (const QString& user :
                 {QStringLiteral("demo-lb-admin"), QStringLiteral("demo-lb-reception")})
                QTest::addRow("%s as %s", qPrintable(path), qPrintable(user))
                    << user << path << kSecondAgency << kFirstAgency;
        }
    }
    void listsCarryOnlyTheCallersAgency()
    {
        QFETCH(QString, user);
        QFETCH(QString, path);
        QFETCH(QString, own);
        QFETCH(QString, foreign);
        const auto r = as(user).get(path.toStdString());
        if (path.startsWith("/api/v1/notifications") && !user.endsWith("admin")) {
            QCOMPARE(r.status, 403);
            return;
        }
        QCOMPARE(r.status, 200);
        const QString body = QString::fromStdString(r.body);
        QVERIFY2(!body.contains(foreign), qPrintable(path + " shows " + foreign + " to " + user));
        QVERIFY2(body.contains(own), qPrintable(path + " hides " + own + " from " + user));
    }

    void theFeedNamesOwnDossiersOnly()
    {
        auto codes = [&](const QString& user) {
            QSet<QString> out;
            const auto r = as(user).get("/api/v1/changes?since=0&limit=5000");
            for (const QJsonValue& c : r.object().value("changes").toArray()) {
                if (c.toObject().value("entity").toString() == QLatin1String("dossier"))
                    out.insert(c.toObject().value("key").toString());
            }
            return out;
        };
        QVERIFY(codes("demo-specialist").contains(m_firstCode));
        QVERIFY(!codes("demo-specialist").contains(m_secondCode));
        QVERIFY(codes("demo-lb-specialist").contains(m_secondCode));
        QVERIFY(!codes("demo-lb-specialist").contains(m_firstCode));
        // Paging through a feed whose other rows are another agency's still reaches its end.
        qint64 since = 0;
        int pages = 0;
        QSet<QString> paged;
        for (;;) {
            const auto r = as("demo-lb-specialist")
                               .get("/api/v1/changes?limit=2&since=" + std::to_string(since));
            const QJsonArray list = r.object().value("changes").toArray();
            for (const QJsonValue& c : list)
                paged.insert(c.toObject().value("key").toString());
            const qint64 next = r.object().value("next").toInteger();
            QVERIFY(next >= since);
            ++pages;
            if (list.size() < 2)
                break;
            since = next;
            QVERIFY(pages < 1000);
        }
        QVERIFY(paged.contains(m_secondCode));
        QVERIFY(!paged.contains(m_firstCode));
    }

    void contactDetailsAreForAdministratorsAndOneself()
    {
        QJsonObject user{{"username", "demo-clerk-2"},
                         {"fullName", QStringLiteral("Phan Thị Nhung")},
                         {"roles", QJsonArray{"receptionist"}},
                         {"agencyId", kFirstAgency},
                         {"unit", QStringLiteral("Bộ phận Một cửa")},
                         {"phone", "0912345678"},
                         {"email", "nhung@example.invalid"}};
        const auto created =
            as("demo-admin")
                .post("/api/v1/users",
                      QJsonObject{{"user", user}, {"password", "Clerk-Pass-2026!"}});
        QCOMPARE(created.status, 201);
        auto entry = [&](const QString& viewer) {
            for (const QJsonValue& u : as(viewer).get("/api/v1/users").json.toArray()) {
                if (u.toObject().value("username") == QLatin1String("demo-clerk-2"))
                    return u.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(entry("demo-admin").value("phone").toString(), QStringLiteral("0912345678"));
        QCOMPARE(entry("demo-admin").value("email").toString(),
                 QStringLiteral("nhung@example.invalid"));
        const QJsonObject seenByColleague = entry("demo-reception");
        QCOMPARE(seenByColleague.value("fullName").toString(), QStringLiteral("Phan Thị Nhung"));
        QCOMPARE(seenByColleague.value("unit").toString(), QStringLiteral("Bộ phận Một cửa"));
        QVERIFY(!seenByColleague.contains("phone"));
        QVERIFY(!seenByColleague.contains("email"));
        QVERIFY(entry("demo-lb-admin").isEmpty());
        const auto one = as("demo-specialist").get("/api/v1/users/demo-clerk-2").object();
        QVERIFY(!one.contains("phone"));
        ApiClient self(m_server.port());
        QCOMPARE(self.login("demo-clerk-2", "Clerk-Pass-2026!").status, 200);
        QCOMPARE(self.get("/api/v1/users/demo-clerk-2").object().value("phone").toString(),
                 QStringLiteral("0912345678"));
    }

    void administratorsManageTheirOwnAgencyOnly()
    {
        QJsonObject user{{"username", "demo-intruder"},
                         {"fullName", QStringLiteral("Người lạ")},
                         {"roles", QJsonArray{"receptionist"}},
                         {"agencyId", kFirstAgency}};
        const auto foreign =
            as("demo-lb-admin")
                .post("/api/v1/users",
                      QJsonObject{{"user", user}, {"password", "Intruder-Pass-2026!"}});
        QCOMPARE(foreign.status, 422);
        QCOMPARE(foreign.code(), QStringLiteral("users.foreign_agency"));
        user.remove("agencyId");
        const auto none =
            as("demo-admin")
                .post("/api/v1/users",
                      QJsonObject{{"user", user}, {"password", "Intruder-Pass-2026!"}});
        QCOMPARE(none.code(), QStringLiteral("users.agency_required"));

        // A procedure: not readable, not writable, not stealable by the other ward's admin.
        const QJsonObject proc = as("demo-admin").get("/api/v1/procedures/1.001193").object();
        QCOMPARE(as("demo-lb-admin").put("/api/v1/procedures/1.001193", proc).status, 404);
        QJsonObject moved = proc;
        moved.insert("agencyId", kSecondAgency);
        const auto take = as("demo-admin").put("/api/v1/procedures/1.001193", moved);
        QCOMPARE(take.status, 422);
        QCOMPARE(take.code(), QStringLiteral("catalogue.foreign_agency"));
        QCOMPARE(as("demo-admin").get("/api/v1/procedures/1.001193").object().value("agencyId"),
                 QJsonValue(kFirstAgency));
    }

    void aCounterReceivesItsOwnAgencysProceduresOnly()
    {
        const auto r = as("demo-lb-reception").post("/api/v1/dossiers", birthRegistration());
        QCOMPARE(r.status, 422);
        QCOMPARE(r.code(), QStringLiteral("intake.unknown_procedure"));
        const auto block =
            as("demo-lb-reception").post("/api/v1/code-blocks", QJsonObject{{"count", 2}});
        QCOMPARE(block.status, 201);
        QCOMPARE(block.object().value("agencyId").toString(), kSecondAgency);
    }

    void actionsOnAnotherAgencysDossierAreHidden()
    {
        const auto d = as("demo-reception").get("/api/v1/dossiers/" + m_firstCode.toStdString());
        const QJsonObject cmd{
            {"action", "forward"}, {"version", d.object().value("version")}, {"comment", "x"}};
        const auto r = as("demo-lb-leader")
                           .post("/api/v1/dossiers/" + m_firstCode.toStdString() + "/actions", cmd);
        QCOMPARE(r.status, 404);
        QCOMPARE(as("demo-reception")
                     .get("/api/v1/dossiers/" + m_firstCode.toStdString())
                     .object()
                     .value("version"),
                 d.object().value("version"));
    }
};

QTEST_GUILESS_MAIN(TstAuthorisation)
#include "tst_authorisation.moc"
