// The change feed as a new workstation and a waiting one use it: the long poll (wait=) that
// answers as soon as a change the caller may see commits, the dossiers carried with a page
// (include=dossiers), and the first-sync snapshot (open and recent dossiers, keyset pages).

#include "ApiClient.h"
#include "PgTestDatabase.h"
#include "ServerProcess.h"

#include <chrono>
#include <future>
#include <memory>
#include <set>

#include <QDateTime>
#include <QJsonArray>
#include <QTimeZone>
#include <QtTest>

using namespace motcua::test;
using Clock = std::chrono::steady_clock;

namespace {

const std::string kPassword = "Demo-Pass-2026!";
const std::string kBackend = MOTCUA_TEST_BACKEND;

QJsonObject birthRegistration(const QDateTime& receivedAt = {})
{
    QJsonObject o{
        {"procedureCode", "1.001193"}, // of the first ward, 000.00.71.H36
        {"channel", "direct"},
        {"applicantType", "citizen"},
        {"owner",
         QJsonObject{{"fullName", QStringLiteral("Trần Văn Bình")}, {"idNumber", "001190012345"}}},
        {"components", QJsonArray{QJsonObject{{"componentId", 1}, {"originals", 1}},
                                  QJsonObject{{"componentId", 2}, {"originals", 1}},
                                  QJsonObject{{"componentId", 4}, {"photocopies", 1}}}},
    };
    if (receivedAt.isValid())
        o.insert("receivedAt", receivedAt.toString(Qt::ISODateWithMs));
    return o;
}

qint64 feedEnd(ApiClient& c)
{
    qint64 since = 0;
    for (;;) {
        const auto r = c.get("/api/v1/changes?limit=5000&since=" + std::to_string(since));
        const qint64 next = r.object().value("next").toInteger();
        if (r.object().value("changes").toArray().isEmpty() || next == since)
            return next;
        since = next;
    }
}

double secondsSince(Clock::time_point t)
{
    return std::chrono::duration<double>(Clock::now() - t).count();
}

} // namespace

class TstFeedWait : public QObject {
    Q_OBJECT

    std::unique_ptr<PgTestDatabase> m_pg;
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};

    QString intake(ApiClient& reception, const QDateTime& receivedAt = {})
    {
        const auto r = reception.post("/api/v1/dossiers", birthRegistration(receivedAt));
        if (r.status != 201)
            qWarning("intake: %d %s", r.status, r.body.c_str());
        return r.object().value("code").toString();
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
    }

    // A workstation waiting on the feed hears of a dossier taken in at another counter well
    // before its wait runs out (the old behaviour: only at its next poll).
    void aWaitingPollAnswersWhenAChangeCommits()
    {
        ApiClient reception(m_server.port()), follower(m_server.port());
        QCOMPARE(reception.login("demo-reception", kPassword).status, 200);
        QCOMPARE(follower.login("demo-specialist", kPassword).status, 200);
        const qint64 since = feedEnd(follower);
        auto waiting = std::async(std::launch::async, [&] {
            return follower.get("/api/v1/changes?wait=30&since=" + std::to_string(since));
        });
        const QString code = intake(reception);
        QVERIFY(!code.isEmpty());
        const auto written = Clock::now();
        const auto r = waiting.get();
        QCOMPARE(r.status, 200);
        const QJsonArray changes = r.object().value("changes").toArray();
        QVERIFY2(!changes.isEmpty(), r.body.c_str());
        QCOMPARE(changes.first().toObject().value("key").toString(), code);
        QVERIFY2(secondsSince(written) < 10, "the waiting poll was not woken by the commit");
    }

    // Nothing to see: the poll is held for the time asked, and another agency's writes meanwhile
    // neither show in it nor end it with an empty answer early.
    void anotherAgencysChangeNeitherShowsNorEndsTheWait()
    {
        ApiClient reception(m_server.port()), other(m_server.port());
        QCOMPARE(reception.login("demo-reception", kPassword).status, 200);
        QCOMPARE(other.login("demo-lb-specialist", kPassword).status, 200);
        const qint64 since = feedEnd(other);
        const auto started = Clock::now();
        auto waiting = std::async(std::launch::async, [&] {
            return other.get("/api/v1/changes?wait=2&since=" + std::to_string(since));
        });
        QVERIFY(!intake(reception).isEmpty());
        const auto r = waiting.get();
        QCOMPARE(r.status, 200);
        QVERIFY2(r.object().value("changes").toArray().isEmpty(), r.body.c_str());
        QVERIFY(r.object().value("next").toInteger() >= since);
        QVERIFY2(secondsSince(started) >= 1.9, "an empty answer before the wait ran out");
    }

    void badFeedQueriesAreRefused()
    {
        ApiClient c(m_server.port());
        QCOMPARE(c.login("demo-specialist", kPassword).status, 200);
        for (const char* q : {"wait=61", "wait=-1", "include=users", "wait=x"}) {
            const auto r = c.get(std::string("/api/v1/changes?since=0&") + q);
            QVERIFY2(r.status == 400, q);
        }
        for (const char* q :
             {"after=abc", "after=12", "after=~x", "after=12x~a", "limit=0", "recentDays=4000"}) {
            const auto r = c.get(std::string("/api/v1/changes/snapshot?") + q);
            QVERIFY2(r.status == 400, q);
        }
    }

    // A page of the feed carries its dossiers' current documents: no GET per changed dossier.
    void aPageCarriesItsDossiers()
    {
        ApiClient reception(m_server.port()), follower(m_server.port());
        QCOMPARE(reception.login("demo-reception", kPassword).status, 200);
        QCOMPARE(follower.login("demo-specialist", kPassword).status, 200);
        const qint64 since = feedEnd(follower);
        const QString a = intake(reception), b = intake(reception);
        const auto acted = reception.post(
            "/api/v1/dossiers/" + a.toStdString() + "/actions",
            QJsonObject{{"action", "comment"}, {"version", 1}, {"comment", "Đã kiểm tra"}});
        QCOMPARE(acted.status, 200);
        const auto r =
            follower.get("/api/v1/changes?include=dossiers&since=" + std::to_string(since));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value("changes").toArray().size(), 3);
        std::map<QString, qint64> versions;
        for (const QJsonValue& d : r.object().value("dossiers").toArray())
            versions[d.toObject().value("code").toString()] =
                d.toObject().value("version").toInteger();
        QCOMPARE(versions.size(), std::size_t(2)); // a is there once, at its newest version
        QCOMPARE(versions[a], acted.object().value("version").toInteger());
        QCOMPARE(versions[b], qint64(1));
        // Exactly what GET /dossiers/{code} answers.
        const auto one = follower.get("/api/v1/dossiers/" + a.toStdString());
        for (const QJsonValue& d : r.object().value("dossiers").toArray()) {
            if (d.toObject().value("code").toString() == a)
                QCOMPARE(d.toObject(), one.object());
        }
    }

    // The snapshot: every open dossier whatever its age, closed ones only when recent, newest
    // first, each once across keyset pages, and the feed position taken before the pages.
    void theSnapshotTakesOpenAndRecentDossiersNewestFirst()
    {
        ApiClient reception(m_server.port()), follower(m_server.port());
        QCOMPARE(reception.login("demo-reception", kPassword).status, 200);
        QCOMPARE(follower.login("demo-specialist", kPassword).status, 200);
        // Taken in 20 days ago by an offline counter: one still open, one withdrawn since.
        const QDateTime old = QDateTime::currentDateTimeUtc().addDays(-20);
        const QString oldOpen = intake(reception, old);
        const QString oldClosed = intake(reception, old.addSecs(60));
        QVERIFY(!oldOpen.isEmpty() && !oldClosed.isEmpty());
        QCOMPARE(reception
                     .post("/api/v1/dossiers/" + oldClosed.toStdString() + "/actions",
                           QJsonObject{{"action", "withdraw"}, {"version", 1}})
                     .status,
                 200);
        const QString today = intake(reception);
        const qint64 end = feedEnd(follower);

        auto take = [&](int recentDays, int limit, qint64* since) {
            QStringList codes;
            std::string after;
            for (int pages = 0; pages < 1000; ++pages) {
                const auto r = follower.get(
                    "/api/v1/changes/snapshot?recentDays=" + std::to_string(recentDays) +
                    "&limit=" + std::to_string(limit) + (after.empty() ? "" : "&after=" + after));
                if (r.status != 200) {
                    qWarning("snapshot: %s", r.body.c_str());
                    return QStringList{};
                }
                if (pages == 0 && since)
                    *since = r.object().value("since").toInteger();
                for (const QJsonValue& d : r.object().value("dossiers").toArray())
                    codes << d.toObject().value("code").toString();
                if (!r.object().contains("next"))
                    return codes;
                after = QUrl::toPercentEncoding(r.object().value("next").toString()).toStdString();
            }
            return codes;
        };
        qint64 since = -1;
        const QStringList recent = take(10, 1, &since);
        QVERIFY(recent.contains(today));
        QVERIFY(recent.contains(oldOpen));
        QVERIFY(!recent.contains(oldClosed));
        QVERIFY(recent.indexOf(today) < recent.indexOf(oldOpen)); // newest first
        QCOMPARE(QSet<QString>(recent.begin(), recent.end()).size(), recent.size());
        QCOMPARE(since, end);
        // Pages of one and of many give the same list.
        QCOMPARE(take(10, 2000, nullptr), recent);
        // A window reaching back far enough takes the closed one too.
        QVERIFY(take(30, 7, nullptr).contains(oldClosed));
        // Nothing of the other agency.
        for (const QString& code : recent)
            QVERIFY(code.startsWith(QStringLiteral("000.00.71.H36")));
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_GUILESS_MAIN(TstFeedWait)
#include "tst_feedwait.moc"
