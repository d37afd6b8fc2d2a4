#include "ApiClient.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include <atomic>
#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <thread>

#include <QJsonArray>
#include <QtTest>

using namespace motcua::test;

namespace {

const std::string kPassword = "Demo-Pass-2026!";
const std::string kBackend = MOTCUA_TEST_BACKEND;

QJsonObject intakeBody(int n)
{
    return QJsonObject{
        {"procedureCode", "1.001193"},
        {"channel", "direct"},
        {"applicantType", "citizen"},
        {"owner", QJsonObject{{"fullName", QStringLiteral("Công dân số %1").arg(n)},
                              {"idNumber", "001190012345"}}},
        {"components", QJsonArray{QJsonObject{{"componentId", 1}, {"originals", 1}},
                                  QJsonObject{{"componentId", 2}, {"originals", 1}},
                                  QJsonObject{{"componentId", 4}, {"photocopies", 1}}}},
    };
}

} // namespace

class TstDurability : public QObject {
    Q_OBJECT
private slots:
    void acknowledgedIntakesSurviveKill9UnderLoad()
    {
        std::unique_ptr<PgTestDatabase> pg;
        QStringList args{"--demo", "--set", "motcua.auth.argon2.memoryKiB=64", "--set",
                         "motcua.auth.argon2.iterations=1"};
        if (kBackend == "postgres") {
            pg = std::make_unique<PgTestDatabase>();
            QVERIFY2(!pg->connectionString().empty(), pg->error().c_str());
            args << "--database" << QString::fromStdString(pg->connectionString());
        }
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment("MOTCUA_DEMO_PASSWORD", QString::fromStdString(kPassword));
        QVERIFY2(server.start(args), qPrintable(server.output()));

        // Writers intake as fast as they can and remember every 201 they were given.
        std::mutex mutex;
        std::map<QString, QJsonObject> acknowledged;
        std::atomic<int> count{0};
        std::atomic<bool> stop{false};
        std::vector<std::thread> writers;
        const unsigned short port = server.port();
        for (int w = 0; w < 4; ++w) {
            writers.emplace_back([&, w] {
                try {
                    ApiClient c(port);
                    if (c.login("demo-reception", kPassword).status != 200)
                        return;
                    for (int i = 0; !stop; ++i) {
                        const auto r = c.post("/api/v1/dossiers", intakeBody(w * 100000 + i));
                        if (r.status != 201)
                            continue;
                        std::lock_guard lock(mutex);
                        acknowledged[r.object().value("code").toString()] = r.object();
                        ++count;
                    }
                } catch (const std::exception&) {
                    // The server was killed under us: requests in flight were never acknowledged.
                }
            });
        }
        QVERIFY(QTest::qWaitFor([&] { return count >= 80; }, 60000));
        server.kill(); // SIGKILL while the writers are mid-request
        stop = true;
        for (auto& t : writers)
            t.join();
        QVERIFY(acknowledged.size() >= 80);

        QVERIFY2(server.start(args), qPrintable(server.output()));
        ApiClient c(server.port());
        QCOMPARE(c.login("demo-admin", kPassword).status, 200);
        for (const auto& [code, body] : acknowledged) {
            const auto r = c.get("/api/v1/dossiers/" + code.toStdString());
            QVERIFY2(r.status == 200, qPrintable(code));
            QCOMPARE(r.object(), body);
        }
        const auto audit = c.get("/api/v1/audit/verify");
        QCOMPARE(audit.object().value("intact").toBool(), true);
        // Every acknowledged intake is in the change feed too (same transaction).
        std::set<QString> fed;
        for (const auto& ch :
             c.get("/api/v1/changes?since=0&limit=5000").object().value("changes").toArray())
            fed.insert(ch.toObject().value("key").toString());
        for (const auto& [code, body] : acknowledged)
            QVERIFY2(fed.count(code), qPrintable(code));
        QCOMPARE(server.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TstDurability)
#include "tst_durability.moc"
