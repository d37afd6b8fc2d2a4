// A new workstation's first sync and the way changes reach a workstation afterwards, against a
// real motcua-server: the open and recent dossiers are taken, old closed ones only when a clerk
// asks for one, and a change made elsewhere arrives through the wait on the feed, long before
// the next periodic pull.

#include "ClientSamples.h"
#include "RewritingProxy.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "core/VnTime.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Demo-Pass-2026!");

} // namespace

class TstFirstSync : public QObject {
    Q_OBJECT

    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    QString m_oldOpen, m_oldClosed, m_today;

private slots:
    void initTestCase()
    {
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(m_server.start(demoServerArgs()), qPrintable(m_server.output()));
        // Two dossiers an offline counter took in 20 days ago (one withdrawn since), one today.
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        QVERIFY(reception.loggedIn());
        IntakeRequest old = birthRegistrationOf(QStringLiteral("Lê Thị Cũ"));
        old.receivedAt = QDateTime::currentDateTimeUtc().addDays(-20);
        m_oldOpen = reception.intake(old);
        old.receivedAt = old.receivedAt.addSecs(60);
        m_oldClosed = reception.intake(old);
        QVERIFY(!m_oldOpen.isEmpty() && !m_oldClosed.isEmpty());
        QCOMPARE(reception.act(m_oldClosed, WorkflowAction::Withdraw), 200);
        m_today = reception.intake(birthRegistrationOf(QStringLiteral("Phạm Văn Mới")));
        QVERIFY(!m_today.isEmpty());
    }

    void aNewWorkstationTakesOpenAndRecentDossiersOnly()
    {
        QTemporaryDir dir;
        Workstation ws(dir.path());
        SyncEngine::Options o = fastSyncOptions();
        o.recentDays = 10;
        o.snapshotPageSize = 1; // every page boundary crossed
        ws.setSyncOptions(o);
        QVERIFY(ws.open());
        // The snapshot's pages (newest first), then the feed from where it began.
        QVERIFY(logInSynced(ws, m_server.url(), QStringLiteral("demo-specialist"), kPassword, 0));
        QVERIFY(ws.store().dossierVersion(m_today).has_value());
        QVERIFY(ws.store().dossierVersion(m_oldOpen).has_value());
        QVERIFY(!ws.store().dossierVersion(m_oldClosed).has_value());

        // The clerk scans the old receipt: the dossier is asked of the server and stored.
        QSignalSpy fetched(&ws, &Workstation::dossierFetched);
        ws.fetchDossier(m_oldClosed);
        QVERIFY(fetched.wait(20000));
        QCOMPARE(fetched.first().at(0).toString(), m_oldClosed);
        QVERIFY(fetched.first().at(1).toBool());
        const auto closed = ws.store().dossier(m_oldClosed);
        QVERIFY(closed.has_value());
        QCOMPARE(closed->status, DossierStatus::Withdrawn);

        // A code the server does not have is answered too, as not found.
        fetched.clear();
        const QString unknown = m_today.left(m_today.size() - 4) + QStringLiteral("9999");
        ws.fetchDossier(unknown);
        QVERIFY(fetched.wait(20000));
        QCOMPARE(fetched.first().at(0).toString(), unknown);
        QVERIFY(!fetched.first().at(1).toBool());
    }

    // The workstation pulls only every hour here: the change arrives through the wait on the
    // feed (the old behaviour: at the next pull).
    void aChangeElsewhereArrivesWithoutWaitingForThePoll()
    {
        QTemporaryDir dir;
        Workstation ws(dir.path());
        SyncEngine::Options o = fastSyncOptions();
        o.watchSeconds = 25;
        o.watchedSyncIntervalMs = 3600 * 1000;
        ws.setSyncOptions(o);
        QVERIFY(ws.open());
        QVERIFY(logInSynced(ws, m_server.url(), QStringLiteral("demo-specialist"), kPassword, 0));
        QSignalSpy states(&ws, &Workstation::syncStateChanged);

        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        for (int round = 0; round < 3; ++round) {
            const QString code =
                reception.intake(birthRegistrationOf(QStringLiteral("Đỗ Thị Nhanh %1").arg(round)));
            QVERIFY(!code.isEmpty());
            QElapsedTimer shown;
            shown.start();
            QVERIFY2(
                QTest::qWaitFor([&] { return ws.store().dossierVersion(code).has_value(); }, 10000),
                "the change did not arrive through the wait on the feed");
            qInfo("round %d: shown after %lld ms", round, shown.elapsed());
        }
        // Each came as the answer to the wait itself, not through another pull.
        QVERIFY2(!states.contains(QVariantList{QStringLiteral("pulling")}),
                 "a whole cycle ran instead of taking the page the wait answered with");
    }

    // A server of API 1.1 has no snapshot: the new workstation reads the whole feed, as the
    // clients of those servers did, old and closed dossiers included.
    void aServerWithoutSnapshotIsReadFromTheWholeFeed()
    {
        RewritingProxy proxy(m_server.url());
        proxy.setAbsent(QStringLiteral("/api/v1/changes/snapshot"));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        ws.setSyncOptions(fastSyncOptions());
        QVERIFY(ws.open());
        QVERIFY(logInReady(ws, proxy.url(), QStringLiteral("demo-specialist"), kPassword, 0));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return ws.store().dossierVersion(m_today).has_value() &&
                       ws.store().dossierVersion(m_oldClosed).has_value();
            },
            20000));
        QVERIFY(ws.store().dossierVersion(m_oldOpen).has_value());
    }

    // A version an administrator publishes for tomorrow reaches the workstation with today's:
    // the counter offers today's until midnight, then tomorrow's without another sync.
    void aVersionForTomorrowIsKeptForItsDay()
    {
        const QString code = QStringLiteral("1.001193");
        StaffApi admin(m_server.url(), QStringLiteral("demo-admin"), kPassword);
        QVERIFY(admin.loggedIn());
        const ApiResult current = admin.api().get(QStringLiteral("/procedures/") + code);
        QVERIFY(current.ok());
        QJsonObject next = current.body.toObject();
        const int inForce = next.value(QStringLiteral("version")).toInt();
        next.insert(QStringLiteral("statutoryTime"),
                    QJsonObject{{"value", 2}, {"unit", "workingDays"}});
        const ApiResult draft = admin.api().post(
            QStringLiteral("/procedures/%1/versions").arg(code), QJsonDocument(next).toJson());
        QVERIFY2(draft.ok(), qPrintable(draft.problemDetail));
        const int number = draft.body.toObject().value(QStringLiteral("version")).toInt();
        const QDate today = vntime::civilDate(vntime::now()), tomorrow = today.addDays(1);
        const ApiResult published = admin.api().post(
            QStringLiteral("/procedures/%1/versions/%2/publish").arg(code).arg(number),
            QJsonDocument(QJsonObject{{"effectiveFrom", tomorrow.toString(Qt::ISODate)}}).toJson());
        QVERIFY2(published.ok(), qPrintable(published.problemDetail));

        QTemporaryDir dir;
        Workstation ws(dir.path());
        ws.setSyncOptions(fastSyncOptions());
        QVERIFY(ws.open());
        QVERIFY(logInSynced(ws, m_server.url(), QStringLiteral("demo-reception"), kPassword, 0));
        QCOMPARE(ws.store().procedure(code, today)->version, inForce);
        QCOMPARE(ws.store().procedure(code, tomorrow)->version, number);
        QCOMPARE(ws.store().procedure(code, tomorrow)->statutoryTime.value, 2);
        QCOMPARE(ws.store().procedure(code)->version, inForce); // "today" without a day
    }

    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }
};

QTEST_MAIN(TstFirstSync)
#include "tst_firstsync.moc"
