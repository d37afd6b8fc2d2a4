#include "ApiClient.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include <atomic>
#include <chrono>
#include <future>
#include <memory>
#include <set>
#include <thread>

#include <QJsonArray>
#include <QtTest>

using namespace motcua::test;

namespace {

const std::string kPassword = "Demo-Pass-2026!";

QJsonObject intakeBody(int n)
{
    return QJsonObject{
        {"procedureCode", "1.001193"},
        {"channel", "online"},
        {"applicantType", "citizen"},
        {"owner", QJsonObject{{"fullName", QStringLiteral("Người nộp %1").arg(n)},
                              {"idNumber", "001190012345"}}},
        {"components", QJsonArray{QJsonObject{{"componentId", 1}, {"originals", 1}},
                                  QJsonObject{{"componentId", 2}, {"originals", 1}},
                                  QJsonObject{{"componentId", 4}, {"photocopies", 1}}}},
    };
}

} // namespace

class TstChangeFeed : public QObject {
    Q_OBJECT
private slots:
    void aFollowerNeverSkipsAChangeWithTwoServersWriting()
    {
        PgTestDatabase pg;
        QVERIFY2(!pg.connectionString().empty(), pg.error().c_str());
        const QStringList common{"--database", QString::fromStdString(pg.connectionString()),
                                 "--set",      "motcua.auth.argon2.memoryKiB=64",
                                 "--set",      "motcua.auth.argon2.iterations=1",
                                 "--set",      "motcua.auth.secret=" + QString(64, u'a')};
        ServerProcess a{QStringLiteral(MOTCUA_SERVER_BIN)}, b{QStringLiteral(MOTCUA_SERVER_BIN)};
        a.setEnvironment("MOTCUA_DEMO_PASSWORD", QString::fromStdString(kPassword));
        QVERIFY2(a.start(QStringList{"--demo"} + common), qPrintable(a.output()));
        QVERIFY2(b.start(common), qPrintable(b.output()));

        std::atomic<bool> stop{false};
        std::atomic<int> written{0};
        std::atomic<bool> failed{false};
        std::vector<std::thread> writers;
        for (unsigned short port : {a.port(), a.port(), b.port(), b.port()}) {
            writers.emplace_back([&, port] {
                try {
                    ApiClient c(port);
                    if (c.login("demo-reception", kPassword).status != 200)
                        return;
                    for (int i = 0; !stop && i < 400; ++i) {
                        if (c.post("/api/v1/dossiers", intakeBody(i)).status == 201)
                            ++written;
                    }
                } catch (const std::exception& e) {
                    qWarning("writer failed: %s", e.what());
                    failed = true;
                }
            });
        }
        // The follower polls while the writers run, the way a client syncs.
        ApiClient follower(b.port());
        QCOMPARE(follower.login("demo-specialist", kPassword).status, 200);
        std::set<qint64> seen;
        qint64 since = 0;
        auto poll = [&] {
            const auto r =
                follower.get("/api/v1/changes?since=" + std::to_string(since) + "&limit=50");
            for (const auto& ch : r.object().value("changes").toArray()) {
                const qint64 seq = ch.toObject().value("seq").toInteger();
                QVERIFY2(seq > since, "the feed went backwards");
                seen.insert(seq);
                since = seq;
            }
        };
        while (written < 300 && !failed)
            poll();
        stop = true;
        for (auto& t : writers)
            t.join();
        for (int i = 0; i < 200; ++i)
            poll();

        // Everything committed, read in one go at the end...
        std::set<qint64> all;
        qint64 from = 0;
        for (;;) {
            const auto r =
                follower.get("/api/v1/changes?since=" + std::to_string(from) + "&limit=5000");
            const auto list = r.object().value("changes").toArray();
            if (list.isEmpty())
                break;
            for (const auto& ch : list)
                all.insert(ch.toObject().value("seq").toInteger());
            from = *all.rbegin();
        }
        // ...is exactly what the follower saw while it was being written.
        QCOMPARE(seen.size(), all.size());
        QVERIFY(seen == all);
        QVERIFY(!failed);
        QVERIFY(written >= 300);
        QCOMPARE(a.stop(), 0);
        QCOMPARE(b.stop(), 0);
    }

    // A workstation waiting on one server process hears of a write made through the other
    // (PostgreSQL NOTIFY, storage/PgChangeListener), not only at the end of its wait.
    void aWaitOnOneServerWakesForAWriteOnTheOther()
    {
        PgTestDatabase pg;
        QVERIFY2(!pg.connectionString().empty(), pg.error().c_str());
        const QStringList common{"--database", QString::fromStdString(pg.connectionString()),
                                 "--set",      "motcua.auth.argon2.memoryKiB=64",
                                 "--set",      "motcua.auth.argon2.iterations=1",
                                 "--set",      "motcua.auth.secret=" + QString(64, u'a')};
        ServerProcess a{QStringLiteral(MOTCUA_SERVER_BIN)}, b{QStringLiteral(MOTCUA_SERVER_BIN)};
        a.setEnvironment("MOTCUA_DEMO_PASSWORD", QString::fromStdString(kPassword));
        QVERIFY2(a.start(QStringList{"--demo"} + common), qPrintable(a.output()));
        QVERIFY2(b.start(common), qPrintable(b.output()));
        ApiClient writer(a.port()), follower(b.port());
        QCOMPARE(writer.login("demo-reception", kPassword).status, 200);
        QCOMPARE(follower.login("demo-specialist", kPassword).status, 200);
        const qint64 since =
            follower.get("/api/v1/changes?since=0&limit=5000").object().value("next").toInteger();
        auto waiting = std::async(std::launch::async, [&] {
            return follower.get("/api/v1/changes?wait=30&since=" + std::to_string(since));
        });
        const auto r = writer.post("/api/v1/dossiers", intakeBody(1));
        QCOMPARE(r.status, 201);
        const auto written = std::chrono::steady_clock::now();
        const auto woken = waiting.get();
        const QJsonArray changes = woken.object().value("changes").toArray();
        QVERIFY2(!changes.isEmpty(), woken.body.c_str());
        QCOMPARE(changes.first().toObject().value("key"), r.object().value("code"));
        QVERIFY2(std::chrono::steady_clock::now() - written < std::chrono::seconds(10),
                 "the other server's write did not wake the wait");
        QCOMPARE(a.stop(), 0);
        QCOMPARE(b.stop(), 0);
    }
};

QTEST_GUILESS_MAIN(TstChangeFeed)
#include "tst_changefeed.moc"
