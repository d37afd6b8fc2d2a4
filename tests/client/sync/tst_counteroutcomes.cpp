// Guidance and refusals at the counter (not dossiers) reach the server through the outbox:
// exactly once, online or after being offline, and one the server refuses for good is kept here
// with why and no longer waits to be sent. A real motcua-server on a free port.

#include "ClientSamples.h"
#include "LossyProxy.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "core/VnTime.h"
#include "core/api/ApiClient.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Demo-Pass-2026!");
const int kReservedBlock = 20;

IntakeRequest intakeOf(int i)
{
    return birthRegistrationOf(QStringLiteral("Nguyễn Văn Thử %1").arg(i));
}

} // namespace

class TstCounterOutcomes : public QObject {
    Q_OBJECT

    // Opens a workstation in `dir` and logs the receptionist in online, until the first sync is
    // over (a test that stops the server next must not cut it short).
    bool loginOnline(ServerProcess& server, Workstation& ws)
    {
        ws.setSyncOptions(fastSyncOptions(kReservedBlock));
        if (!ws.open())
            return false;
        return logInSynced(ws, server.url(), QStringLiteral("demo-reception"), kPassword,
                           kReservedBlock);
    }

private slots:
    // Guidance and refusals at the counter count in the server's statistics: one recorded online
    // reaches the server at once (the sync period here is an hour); one recorded offline reaches
    // it after the reconnection exactly once, even when the answer to its first push is lost.
    void counterOutcomesReachTheServerExactlyOnce()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));
        QTRY_COMPARE_WITH_TIMEOUT(ws.syncState(), QStringLiteral("idle"), 30000);
        const QDate today = vntime::civilDate(vntime::now());
        auto onServer = [&](const QUrl& url) {
            StaffApi reception(url, "demo-reception", kPassword);
            const ApiResult r = reception.api().get(QStringLiteral("/counter-outcomes"),
                                                    QUrlQuery{{"from", today.toString(Qt::ISODate)},
                                                              {"to", today.toString(Qt::ISODate)}});
            return r.ok() ? r.body.toArray() : QJsonArray{QJsonValue(r.httpStatus)};
        };
        QCOMPARE(onServer(server.url()), QJsonArray());
        const QString procedure = intakeOf(0).procedureCode;
        QSignalSpy recorded(&ws, &Workstation::counterOutcomeRecorded);
        QSignalSpy sent(&ws, &Workstation::counterOutcomeSent);

        const QString guided = ws.recordCounterOutcome(
            QStringLiteral("guide"),
            QJsonObject{{"procedureCode", procedure},
                        {"applicant", QStringLiteral("Trần Thị Hướng")},
                        {"idNumber", QStringLiteral("001204000123")},
                        {"reason", QStringLiteral("Thiếu giấy chứng sinh")},
                        {"papers", QJsonArray{QJsonObject{{"name", QStringLiteral("Giấy chứng "
                                                                                  "sinh")},
                                                          {"note", QString()}}}}});
        QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 20000);
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().at(0).toString(), guided);
        QCOMPARE(sent.first().at(0).toString(), guided);
        QCOMPARE(ws.pendingCount(), 0);
        QJsonArray stored = onServer(server.url());
        QCOMPARE(stored.size(), 1);
        const QJsonObject first = stored.first().toObject();
        QCOMPARE(first.value("kind").toString(), QStringLiteral("guide"));
        QCOMPARE(first.value("clerk").toString(), QStringLiteral("demo-reception"));
        QCOMPARE(first.value("applicant").toString(), QStringLiteral("Trần Thị Hướng"));
        QCOMPARE(first.value("details").toObject().value("reason").toString(),
                 QStringLiteral("Thiếu giấy chứng sinh"));
        QCOMPARE(first.value("details").toObject().value("papers").toArray().size(), 1);
        // The citizen's ID number is not the server's business here, nor kept on the workstation.
        QVERIFY(!QJsonDocument(first).toJson().contains("001204000123"));
        auto local = ws.store().counterOutcomes(today, today);
        QCOMPARE(local.size(), 1);
        QVERIFY(local.first().sent());
        QCOMPARE(local.first().serverId, first.value("id").toInteger());
        QVERIFY(!local.first().details.contains("idNumber"));

        // Offline: kept and queued; nothing reaches the server.
        QCOMPARE(server.stop(), 0);
        const QString refused = ws.recordCounterOutcome(
            QStringLiteral("refuse"),
            QJsonObject{{"procedureCode", procedure},
                        {"applicant", QStringLiteral("Lò Văn Pẩng")},
                        {"reason", QStringLiteral("Thuộc thẩm quyền cấp tỉnh")}});
        QTRY_COMPARE(recorded.size(), 2);
        QCOMPARE(recorded.last().at(0).toString(), refused);
        QTRY_COMPARE(ws.pendingCount(), 1);
        local = ws.store().counterOutcomes(today, today);
        QCOMPARE(local.size(), 2);
        QVERIFY(!local.last().sent());
        QCOMPARE(local.last().kind, QStringLiteral("refuse"));

        // Back, through a link that loses the answer to the first push: the resend under the
        // same Idempotency-Key gets the first record back, not a second one.
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        LossyProxy proxy(server.port());
        proxy.loseAnswers = true;
        ws.setServerUrl(proxy.url());
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(proxy.lost > 0, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(onServer(server.url()).size(), 2, 30000); // it did arrive
        proxy.loseAnswers = false;
        ws.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 60000);
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.last().at(0).toString(), refused);
        stored = onServer(server.url());
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.last().toObject().value("kind").toString(), QStringLiteral("refuse"));
        QCOMPARE(stored.last().toObject().value("applicant").toString(),
                 QStringLiteral("Lò Văn Pẩng"));
        local = ws.store().counterOutcomes(today, today);
        QVERIFY(local.last().sent());
        QCOMPARE(local.last().serverId, stored.last().toObject().value("id").toInteger());
        // Another cycle sends nothing more.
        QSignalSpy cycles(&ws, &Workstation::syncStateChanged);
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!cycles.isEmpty() && ws.syncState() == QLatin1String("idle"),
                                 30000);
        QCOMPARE(onServer(server.url()).size(), 2);
    }

    // An outcome the server refuses for good (recorded 40 days ago on a counter offline since,
    // older than the server takes) stays on the workstation with why, is not sent again, and
    // no longer counts as waiting to be sent.
    void aCounterOutcomeTheServerRefusesIsKeptAndNoLongerWaits()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));
        QSignalSpy rejected(&ws, &Workstation::queuedItemRejected);
        const QDateTime at = vntime::now().addDays(-40);
        const QString id = ws.recordCounterOutcome(
            QStringLiteral("guide"),
            QJsonObject{{"procedureCode", intakeOf(0).procedureCode},
                        {"applicant", QStringLiteral("Hà Văn Muộn")},
                        {"at", vntime::toVietnam(at).toString(Qt::ISODate)}});
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 1, 20000);
        QCOMPARE(rejected.first().at(0).toString(), id);
        QCOMPARE(rejected.first().at(2).toString(), QStringLiteral("counter.bad_at"));
        QTRY_COMPARE(ws.pendingCount(), 0);
        const QDate day = vntime::civilDate(at);
        const auto local = ws.store().counterOutcomes(day, day);
        QCOMPARE(local.size(), 1);
        QVERIFY(!local.first().sent());
        QVERIFY(local.first().refusedByServer());
    }
};

QTEST_MAIN(TstCounterOutcomes)
#include "tst_counteroutcomes.moc"
