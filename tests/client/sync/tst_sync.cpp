#include "ClientSamples.h"
#include "LossyProxy.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "code/ReservedBlockPool.h"
#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/api/ApiClient.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Demo-Pass-2026!");

// Reserved blocks as large as the offline runs (20 intakes) need.
const int kReservedBlock = 20;

IntakeRequest intakeOf(int i)
{
    return birthRegistrationOf(QStringLiteral("Nguyễn Văn Thử %1").arg(i));
}

QSet<QString> toSet(const QStringList& l)
{
    return QSet<QString>(l.begin(), l.end());
}

} // namespace

class TstSync : public QObject {
    Q_OBJECT

    // Starts `server`, opens a workstation in `dir` and logs in online as `user`; waits for the
    // first sync (catalogue) and, for the receptionist, the first reserved block.
    bool loginOnline(ServerProcess& server, Workstation& ws, const QString& user = "demo-reception")
    {
        ws.setSyncOptions(fastSyncOptions(kReservedBlock));
        if (!ws.open())
            return false;
        // Until the first sync is over, not only the catalogue: a test that stops the server next
        // would otherwise cut it short on a slow machine (a sanitizer build), and the back-off
        // retries would then send queued work to the stopped server, which it did not ask for.
        return logInSynced(ws, server.url(), user, kPassword,
                           user == QLatin1String("demo-reception") ? kReservedBlock : 0);
    }

    // 20 intakes while the server is down; returns the codes printed on the receipts.
    QStringList intakeOffline(Workstation& ws, int count, QList<Dossier>* dossiers = nullptr)
    {
        QSignalSpy done(&ws, &Workstation::intakeDone);
        QSignalSpy failed(&ws, &Workstation::intakeFailed);
        QStringList codes;
        for (int i = 0; i < count; ++i) {
            const QString id = ws.submitIntake(intakeOf(i));
            if (!QTest::qWaitFor([&] { return done.size() + failed.size() > i; }, 20000))
                return {};
            if (!failed.isEmpty()) {
                qWarning() << "intake failed" << failed.first();
                return {};
            }
            const QList<QVariant> args = done.at(i);
            if (args.at(0).toString() != id || !args.at(2).toBool())
                return {};
            const auto d = args.at(1).value<Dossier>();
            codes << d.code;
            if (dossiers)
                dossiers->append(d);
        }
        return codes;
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(MOTCUA_SERVER_BIN))); }

    // The acceptance test.
    void offlineIntakesReachTheServerWithTheirCodes()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        const QSet<QString> before =
            toSet(StaffApi(server.url(), "demo-reception", kPassword).codes());
        QTemporaryDir dir;
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));
        QVERIFY(ws.isOnline());
        QCOMPARE(ws.reservedNumbersLeft(), 20);

        QCOMPARE(server.stop(), 0);
        QList<Dossier> offline;
        const QStringList codes = intakeOffline(ws, 20, &offline);
        QCOMPARE(codes.size(), 20);
        QCOMPARE(toSet(codes).size(), 20);
        QTRY_COMPARE(ws.pendingCount(), 20);
        QVERIFY(!ws.isOnline());
        for (const QString& code : codes) {
            QVERIFY(ws.store().isPending(code));
            QVERIFY(code.startsWith(QStringLiteral("000.00.71.H36-")));
        }
        QCOMPARE(ws.store().search(QStringLiteral("nguyen van thu 7"), 5).first().code,
                 codes.at(7));
        // The block is spent: the 21st intake is refused, never given an invented number.
        QSignalSpy failed(&ws, &Workstation::intakeFailed);
        const QString refused = ws.submitIntake(intakeOf(21));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).toString(), refused);
        QCOMPARE(failed.first().at(1).toString(), QStringLiteral("codes.no_reserved_numbers"));
        QVERIFY(!failed.first().at(2).toString().isEmpty());

        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        ws.setServerUrl(server.url());
        ws.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 60000);

        const QSet<QString> after =
            toSet(StaffApi(server.url(), "demo-reception", kPassword).codes());
        QCOMPARE(after - before, toSet(codes));
        QCOMPARE(after.size(), before.size() + 20);
        // The dossier built offline is the one the server stored.
        for (const Dossier& mine : std::as_const(offline)) {
            QVERIFY(!ws.store().isPending(mine.code));
            const auto stored = ws.store().dossier(mine.code);
            QVERIFY(stored);
            QCOMPARE(*stored, mine);
        }
        QTRY_VERIFY(ws.isOnline());
    }

    void aClientKilledWhilePushingLosesNothingAndDuplicatesNothing()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        const QSet<QString> before =
            toSet(StaffApi(server.url(), "demo-reception", kPassword).codes());
        QTemporaryDir dir;
        QStringList codes;
        {
            Workstation ws(dir.path());
            QVERIFY(loginOnline(server, ws));
            QCOMPARE(server.stop(), 0);
            codes = intakeOffline(ws, 20);
            QCOMPARE(codes.size(), 20);
        } // the workstation closes; the outbox stays on disk
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));

        auto runHelper = [&](const QStringList& extra, QProcess& p) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MOTCUA_HELPER_PASSWORD"), kPassword);
            p.setProcessEnvironment(env);
            p.setProgram(QStringLiteral(MOTCUA_SYNC_HELPER_BIN));
            p.setArguments(
                QStringList{dir.path(), server.url().toString(), QStringLiteral("demo-reception")} +
                extra);
            p.start();
            return p.waitForStarted(10000);
        };
        auto pending = [&] {
            auto s = LocalStore::open(dir.filePath(Workstation::storeFileName()));
            return s ? (*s)->pendingCount() : -1;
        };

        // 1. Killed by SIGKILL right after the server stored the 5th dossier, before the
        //    workstation saved the answer.
        {
            QProcess p;
            QVERIFY(runHelper({QStringLiteral("--crash-after-response"), QStringLiteral("5")}, p));
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).count(QStringLiteral("ack ")), 4);
            QCOMPARE(pending(), 16);
        }
        // 2. Killed from outside while it waits in the middle of its 3rd push (the 1st is the
        //    replay of the dossier the server already has).
        {
            QProcess p;
            QVERIFY(runHelper({QStringLiteral("--block-after-response"), QStringLiteral("3")}, p));
            QByteArray out;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    out += p.readAllStandardOutput();
                    return out.contains("sent ") || p.state() == QProcess::NotRunning;
                },
                60000));
            QVERIFY2(out.contains("sent "), out.constData());
            p.kill(); // SIGKILL
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            QCOMPARE(pending(), 14);
        }
        // 3. Runs to the end.
        {
            QProcess p;
            QVERIFY(runHelper({}, p));
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitStatus(), QProcess::NormalExit);
            const QString out = QString::fromUtf8(p.readAllStandardOutput());
            QVERIFY2(p.exitCode() == 0, qPrintable(out + p.readAllStandardError()));
            QVERIFY(out.contains(QStringLiteral("done")));
            QCOMPARE(pending(), 0);
        }
        const QSet<QString> after =
            toSet(StaffApi(server.url(), "demo-reception", kPassword).codes());
        QCOMPARE(after - before, toSet(codes));     // nothing lost
        QCOMPARE(after.size(), before.size() + 20); // nothing twice
        auto store = LocalStore::open(dir.filePath(Workstation::storeFileName()));
        QVERIFY(store);
        for (const QString& code : std::as_const(codes))
            QVERIFY(!(*store)->isPending(code));
    }

    void aConflictIsSurfacedWithBothVersionsAndNotOverwritten()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));

        // An online intake: the server numbers it.
        auto intakeOnline = [&](int i) {
            QSignalSpy done(&ws, &Workstation::intakeDone);
            ws.submitIntake(intakeOf(100 + i));
            if (!done.wait(20000) || done.first().at(2).toBool())
                return QString();
            return done.first().at(1).value<Dossier>().code;
        };
        const QString code = intakeOnline(1);
        QVERIFY(!code.isEmpty());
        QCOMPARE(ws.store().dossierVersion(code), 1);

        // The specialist moves it on (version 2) while the counter still shows version 1.
        StaffApi specialist(server.url(), "demo-specialist", kPassword);
        QCOMPARE(specialist.act(code, {{"action", "forward"}, {"version", 1}}).httpStatus, 200);

        // Offline, the clerk records the citizen's withdrawal on what they saw.
        QCOMPARE(server.stop(), 0);
        ActionCommand withdraw;
        withdraw.action = WorkflowAction::Withdraw;
        withdraw.version = 1;
        withdraw.comment = QStringLiteral("Công dân xin rút hồ sơ");
        QSignalSpy actionDone(&ws, &Workstation::actionDone);
        const QString request = ws.submitAction(code, withdraw);
        QVERIFY(actionDone.wait(20000));
        QCOMPARE(actionDone.first().at(0).toString(), request);
        QCOMPARE(actionDone.first().at(2).toBool(), true); // queued
        QCOMPARE(ws.store().dossier(code)->status, DossierStatus::Withdrawn);
        QVERIFY(ws.store().isPending(code));

        QSignalSpy conflicts(&ws, &Workstation::conflictDetected);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        ws.setServerUrl(server.url());
        ws.syncNow();
        QVERIFY(conflicts.wait(30000));
        QCOMPARE(conflicts.first().at(0).toString(), code);
        const auto mine = conflicts.first().at(1).value<Dossier>();
        const auto theirs = conflicts.first().at(2).value<Dossier>();
        QCOMPARE(mine.status, DossierStatus::Withdrawn);
        QCOMPARE(theirs.version, 2);
        QCOMPARE(theirs.currentStepId, QStringLiteral("approve"));
        // Nothing overwritten: the local copy is still the clerk's, the server's is unchanged.
        QCOMPARE(ws.store().dossier(code)->status, DossierStatus::Withdrawn);
        QVERIFY(ws.store().isPending(code));
        QCOMPARE(ws.pendingCount(), 1);
        StaffApi reception(server.url(), "demo-reception", kPassword);
        QCOMPARE(reception.dossier(code)->version, 2);
        QVERIFY(reception.dossier(code)->status != DossierStatus::Withdrawn);
        // Another sync leaves the parked item alone.
        QSignalSpy state(&ws, &Workstation::syncStateChanged);
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(state.contains(QVariantList{QStringLiteral("idle")}), 30000);
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(reception.dossier(code)->version, 2);

        // The clerk re-applies the withdrawal on the server's version.
        ws.resolveConflict(code, true);
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 30000);
        QCOMPARE(reception.dossier(code)->status, DossierStatus::Withdrawn);
        QCOMPARE(reception.dossier(code)->version, 3);
        QTRY_VERIFY(!ws.store().isPending(code));
        QCOMPARE(ws.store().dossier(code), reception.dossier(code));

        // Online, a stale action meets the conflict at once; the clerk discards theirs.
        const QString other = intakeOnline(2);
        QVERIFY(!other.isEmpty());
        StaffApi specialistAgain(server.url(), "demo-specialist",
                                 kPassword); // the server has a new port
        QCOMPARE(specialistAgain.act(other, {{"action", "forward"}, {"version", 1}}).httpStatus,
                 200);
        QSignalSpy actionFailed(&ws, &Workstation::actionFailed);
        ws.submitAction(other, withdraw);
        QVERIFY(actionFailed.wait(20000));
        QCOMPARE(actionFailed.first().at(1).toString(),
                 QStringLiteral("workflow.version_conflict"));
        QTRY_COMPARE(conflicts.size(), 2);
        QCOMPARE(ws.pendingCount(), 1);
        ws.resolveConflict(other, false);
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 30000);
        QTRY_VERIFY(!ws.store().isPending(other));
        QCOMPARE(ws.store().dossier(other), reception.dossier(other));
        QCOMPARE(reception.dossier(other)->version, 2);
    }

    void anIntakeWhoseAnswerWasLostIsNeverDuplicated()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        LossyProxy proxy(server.port());
        const QSet<QString> before =
            toSet(StaffApi(server.url(), "demo-reception", kPassword).codes());
        QTemporaryDir dir;
        Workstation ws(dir.path());
        ws.setSyncOptions(fastSyncOptions(kReservedBlock));
        QVERIFY(ws.open());
        QVERIFY(
            logIn(ws, proxy.url(), QStringLiteral("demo-reception"), kPassword, 30000).answered);
        QTRY_VERIFY_WITH_TIMEOUT(ws.reservedNumbersLeft() >= 20, 30000);

        // The server receives the intake and numbers it; the counter never hears back, so it
        // prints a receipt with a reserved number and queues the intake under the same key.
        QTRY_COMPARE_WITH_TIMEOUT(ws.syncState(), QStringLiteral("idle"), 30000);
        proxy.loseAnswers = true;
        QSignalSpy done(&ws, &Workstation::intakeDone);
        const QString request = ws.submitIntake(intakeOf(7));
        QVERIFY(done.wait(30000));
        QVERIFY(proxy.lost > 0);
        QCOMPARE(done.first().at(0).toString(), request);
        QCOMPARE(done.first().at(2).toBool(), true);
        const QString printed = done.first().at(1).value<Dossier>().code;
        QCOMPARE(ws.pendingCount(), 1);
        const QSet<QString> during =
            toSet(StaffApi(server.url(), "demo-reception", kPassword).codes());
        QCOMPARE(during.size(), before.size() + 1); // it did arrive
        QVERIFY(!during.contains(printed));

        // Back online: the queued intake is recognised (same key) and not made twice; the
        // counter learns the code the server gave.
        proxy.loseAnswers = false;
        QSignalSpy recoded(&ws, &Workstation::intakeRecoded);
        ws.syncNow();
        QVERIFY(recoded.wait(30000));
        QCOMPARE(recoded.first().at(0).toString(), request);
        QCOMPARE(recoded.first().at(1).toString(), printed);
        const QString given = recoded.first().at(2).value<Dossier>().code;
        QCOMPARE(toSet(StaffApi(server.url(), "demo-reception", kPassword).codes()), during);
        QVERIFY(during.contains(given));
        QTRY_COMPARE(ws.pendingCount(), 0);
        QVERIFY(!ws.store().dossier(printed));
        QVERIFY(ws.store().dossier(given));
        QVERIFY(!ws.store().isPending(given));

        // The same for an action: done on the server, answer lost, queued; its replay meets a
        // 409 that shows the clerk's own action — acknowledged, not reported as a conflict.
        QSignalSpy conflicts(&ws, &Workstation::conflictDetected);
        QSignalSpy actionDone(&ws, &Workstation::actionDone);
        ActionCommand withdraw;
        withdraw.action = WorkflowAction::Withdraw;
        withdraw.version = 1;
        withdraw.comment = QStringLiteral("Công dân xin rút hồ sơ");
        QTRY_COMPARE_WITH_TIMEOUT(ws.syncState(), QStringLiteral("idle"), 30000); // no request
        proxy.loseAnswers = true;                                                 // in flight
        ws.submitAction(given, withdraw);
        QVERIFY(actionDone.wait(30000));
        QCOMPARE(actionDone.first().at(2).toBool(), true); // queued
        proxy.loseAnswers = false;
        StaffApi reception(server.url(), "demo-reception", kPassword);
        QCOMPARE(reception.dossier(given)->version, 2); // it did arrive
        ws.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 30000);
        QCOMPARE(conflicts.size(), 0);
        QCOMPARE(reception.dossier(given)->version, 2);
        QCOMPARE(reception.dossier(given)->status, DossierStatus::Withdrawn);
        QTRY_VERIFY(!ws.store().isPending(given));
        QCOMPARE(ws.store().dossier(given), reception.dossier(given));
    }

    // A file attached to an intake whose answer was lost follows the dossier to the code the
    // server gave it (intakeRecoded), and reaches the server there.
    void anAttachmentFollowsARecodedIntake()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        LossyProxy proxy(server.port());
        QTemporaryDir dir;
        Workstation ws(dir.path());
        ws.setSyncOptions(fastSyncOptions(kReservedBlock));
        QVERIFY(ws.open());
        QVERIFY(
            logIn(ws, proxy.url(), QStringLiteral("demo-reception"), kPassword, 30000).answered);
        QTRY_VERIFY_WITH_TIMEOUT(ws.reservedNumbersLeft() >= 20, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(ws.syncState(), QStringLiteral("idle"), 30000);

        proxy.loseAnswers = true;
        QSignalSpy done(&ws, &Workstation::intakeDone);
        ws.submitIntake(intakeOf(8));
        QVERIFY(done.wait(30000));
        QCOMPARE(done.first().at(2).toBool(), true);
        const QString printed = done.first().at(1).value<Dossier>().code;
        const QByteArray pdf = QByteArray("%PDF-1.4\n% scanned paper\n%%EOF\n");
        QString error;
        QVERIFY2(!attachStored(ws, printed, 1, pdf, QStringLiteral("giay.pdf"), &error).isEmpty(),
                 qPrintable(error));
        QTRY_COMPARE(ws.pendingCount(), 2); // once the file is on disk (the writer thread)

        proxy.loseAnswers = false;
        QSignalSpy recoded(&ws, &Workstation::intakeRecoded);
        ws.syncNow();
        QVERIFY(recoded.wait(30000));
        const QString given = recoded.first().at(2).value<Dossier>().code;
        QVERIFY(given != printed);
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 30000);
        QVERIFY(ws.attachments(printed).isEmpty());
        const QList<AttachmentInfo> moved = ws.attachments(given);
        QCOMPARE(moved.size(), 1);
        QTRY_VERIFY(ws.attachments(given).first().onServer);
        StaffApi reception(server.url(), "demo-reception", kPassword);
        const ApiResult listed =
            reception.api().get(QStringLiteral("/dossiers/") + given + "/attachments");
        QVERIFY(listed.ok());
        QCOMPARE(listed.body.toArray().size(), 1);
        QCOMPARE(listed.body.toArray().first().toObject().value("sha256").toString(),
                 moved.first().sha256);
        const auto onServer = reception.dossier(given);
        QVERIFY(onServer);
        QVERIFY(onServer->components.first().digitised);
        QTRY_VERIFY(!ws.store().isPending(given));
        QCOMPARE(ws.store().dossier(given), onServer);
        QVERIFY(!ws.store().dossier(printed));
    }

    void aQueuedIntakeTheServerRefusesIsParkedNotRetriedForever()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        QTemporaryDir dir;
        {
            // Numbers the server never reserved (as if the state had been tampered with): the
            // server must refuse the dossier that uses one (intake.code_not_reserved).
            auto store = LocalStore::open(dir.filePath(Workstation::storeFileName()));
            QVERIFY(store);
            ReservedBlockPool pool;
            QVERIFY(pool.addBlock(CodeBlock{QStringLiteral("000.00.71.H36"),
                                            vntime::civilDate(vntime::now()), 9000, 20}));
            QVERIFY((*store)->saveCodePoolState(pool.saveState()));
        }
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));
        QCOMPARE(server.stop(), 0);
        const QStringList codes = intakeOffline(ws, 2);
        QCOMPARE(codes.size(), 2);
        QVERIFY(codes.first().endsWith(QStringLiteral("-9000")));

        QSignalSpy rejected(&ws, &Workstation::queuedItemRejected);
        QSignalSpy state(&ws, &Workstation::syncStateChanged);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        ws.setServerUrl(server.url());
        ws.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(rejected.size(), 2, 30000);
        QCOMPARE(rejected.first().at(1).toString(), codes.first());
        QCOMPARE(rejected.first().at(2).toString(), QStringLiteral("intake.code_not_reserved"));
        QCOMPARE(rejected.first().at(4).value<QJsonArray>().first()["field"].toString(),
                 QStringLiteral("code"));
        QTRY_VERIFY_WITH_TIMEOUT(state.contains(QVariantList{QStringLiteral("idle")}), 30000);
        // Parked: kept (the receipt was printed), counted, never sent again by itself.
        QCOMPARE(ws.pendingCount(), 2);
        for (const OutboxItem& i : ws.store().outbox()) {
            QCOMPARE(i.state, OutboxItem::kRejected);
            QCOMPARE(i.attempts, 0);
        }
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(state.count(QVariantList{QStringLiteral("idle")}) >= 2, 30000);
        QCOMPARE(rejected.size(), 2);
        // The clerk gives one up: it is gone here too (it never reached the server).
        ws.resolveConflict(codes.first(), false);
        QTRY_COMPARE(ws.pendingCount(), 1);
        QTRY_VERIFY(!ws.store().dossier(codes.first()));
        QVERIFY(ws.store().dossier(codes.last()));
    }

    void offlineLoginNeedsAnEarlierOnlineOneAndTheRightPassword()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));
        QVERIFY(!ws.offlineSession());
        QSignalSpy out(&ws, &Workstation::loggedOut);
        ws.logout();
        QVERIFY(out.wait(20000));
        QVERIFY(!ws.currentUser());

        QSignalSpy failed(&ws, &Workstation::loginFailed);
        QSignalSpy in(&ws, &Workstation::loggedIn);
        // The server answers 401: never an offline login then.
        ws.login(QStringLiteral("demo-reception"), QStringLiteral("wrong-password"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.takeFirst().at(0).toString(), QStringLiteral("auth.invalid_credentials"));

        QCOMPARE(server.stop(), 0);
        ws.login(QStringLiteral("demo-reception"), QStringLiteral("wrong-password"));
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.takeFirst().at(0).toString(), QStringLiteral("auth.invalid_credentials"));
        ws.login(QStringLiteral("demo-leader"), kPassword); // never logged in here
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.takeFirst().at(0).toString(), QStringLiteral("auth.offline_unknown_user"));
        QVERIFY(in.isEmpty());

        ws.login(QStringLiteral("demo-reception"), kPassword);
        QVERIFY(in.wait(20000));
        QCOMPARE(in.first().at(1).toBool(), true);
        QVERIFY(ws.offlineSession());
        QCOMPARE(ws.currentUser()->username, QStringLiteral("demo-reception"));

        // The server comes back: the session goes online by itself.
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        ws.setServerUrl(server.url());
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!ws.offlineSession(), 30000);
        QTRY_VERIFY(ws.isOnline());
    }

    void aUserTheServerDisabledIsRefusedOffline()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws, QStringLiteral("demo-specialist")));
        QSignalSpy out(&ws, &Workstation::loggedOut);
        ws.logout();
        QVERIFY(out.wait(20000));

        StaffApi admin(server.url(), "demo-admin", kPassword);
        ApiResult r = admin.api().get(QStringLiteral("/users/demo-specialist"));
        QVERIFY(r.ok());
        QJsonObject user = r.body.toObject();
        user["active"] = false;
        r = admin.api().call(
            {"PUT",
             QStringLiteral("/users/demo-specialist"),
             {},
             QJsonDocument(QJsonObject{{"user", user}}).toJson(QJsonDocument::Compact),
             {},
             true});
        QCOMPARE(r.httpStatus, 200);

        // Someone else's session syncs the users of the agency.
        QSignalSpy in(&ws, &Workstation::loggedIn);
        ws.login(QStringLiteral("demo-reception"), kPassword);
        QVERIFY(in.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(ws.store().user(QStringLiteral("demo-specialist")).has_value() &&
                                     !ws.store().user(QStringLiteral("demo-specialist"))->active,
                                 30000);
        ws.logout();
        QVERIFY(out.wait(20000));

        QCOMPARE(server.stop(), 0);
        QSignalSpy failed(&ws, &Workstation::loginFailed);
        ws.login(QStringLiteral("demo-specialist"), kPassword);
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.first().at(0).toString(), QStringLiteral("auth.account_disabled"));
    }

    void theApiClientRefreshesAnExpiredTokenOnce()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        StaffApi direct(server.url(), "demo-reception", kPassword);
        ApiClient& api = direct.api();
        const QString refresh = api.refreshToken();
        QVERIFY(!refresh.isEmpty());
        QSignalSpy tokens(&api, &ApiClient::tokensChanged);
        api.setTokens(QStringLiteral("expired"), refresh);
        // Two calls fail together; one refresh serves both (refresh tokens are single use).
        int answered = 0;
        QList<int> statuses;
        for (int i = 0; i < 2; ++i)
            api.send({"GET", QStringLiteral("/auth/me"), {}, {}, {}, true},
                     [&](const ApiResult& r) {
                         ++answered;
                         statuses << r.httpStatus;
                     });
        QTRY_COMPARE(answered, 2);
        QCOMPARE(statuses, (QList<int>{200, 200}));
        QCOMPARE(tokens.size(), 2); // ours, then the refresh's
        QVERIFY(api.accessToken() != QLatin1String("expired"));
        QVERIFY(api.refreshToken() != refresh);

        QSignalSpy lost(&api, &ApiClient::sessionLost);
        api.setTokens(QStringLiteral("expired"), refresh); // spent already
        const ApiResult r = api.get(QStringLiteral("/auth/me"));
        QCOMPARE(r.httpStatus, 401);
        QCOMPARE(lost.size(), 1);
        QVERIFY(!api.hasSession());

        QCOMPARE(server.stop(), 0);
        const ApiResult down = api.get(QStringLiteral("/health"));
        QVERIFY(down.networkError);
        QVERIFY(down.notDelivered);
        QVERIFY(down.unreachable());
    }
};

QTEST_GUILESS_MAIN(TstSync)
#include "tst_sync.moc"
