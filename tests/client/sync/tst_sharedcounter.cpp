// A shared counter: one workstation, clerks taking turns (File → Log out / switch user). The work
// a clerk queued while the server was down still reaches the server after the next clerk logs
// in, in the name of the clerk who did it.

#include "ClientSamples.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Shared-Counter-2026!");
const QString kSecondClerk = QStringLiteral("tst-reception2");
const int kReservedBlock = 5;

} // namespace

class TstSharedCounter : public QObject {
    Q_OBJECT

    bool startServer(ServerProcess& server)
    {
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        return server.start(demoServerArgs());
    }

    bool logOut(Workstation& ws)
    {
        QSignalSpy out(&ws, &Workstation::loggedOut);
        ws.logout();
        return out.wait(20000);
    }

    // A second receptionist of the demo agency, logged in once on `ws` (so that the
    // workstation knows her password for an offline login later), then logged out.
    bool addSecondClerk(ServerProcess& server, Workstation& ws)
    {
        StaffApi admin(server.url(), QStringLiteral("demo-admin"), kPassword);
        StaffApi reception(server.url(), QStringLiteral("demo-reception"), kPassword);
        User clerk;
        clerk.username = kSecondClerk;
        clerk.fullName = QStringLiteral("Hoàng Thị Ca Hai");
        clerk.roles = {Role::Receptionist};
        clerk.agencyId =
            reception.get(reception.intake(birthRegistrationOf(QStringLiteral("Người Mẫu"))))
                .agencyId;
        if (clerk.agencyId.isEmpty() || admin.createUser(clerk, kPassword) != 201)
            return false;
        const LoginAnswer in = logIn(ws, server.url(), kSecondClerk, kPassword);
        return in.answered && !in.offline && logOut(ws);
    }

    // While the server is down: one intake on this workstation; its code, empty on failure.
    QString intakeOffline(Workstation& ws, const QString& owner)
    {
        QSignalSpy done(&ws, &Workstation::intakeDone);
        ws.submitIntake(birthRegistrationOf(owner));
        if (!done.wait(20000) || !done.first().at(2).toBool())
            return {};
        return done.first().at(1).value<Dossier>().code;
    }

private slots:
    void initTestCase() { QVERIFY(QFile::exists(QStringLiteral(MOTCUA_SERVER_BIN))); }

    void workQueuedByTheLastClerkGoesOutInHerNameAfterTheSwitch()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        ws.setSyncOptions(fastSyncOptions(kReservedBlock));
        QVERIFY(ws.open());
        QVERIFY(addSecondClerk(server, ws));

        // Clerk A works online, then the server goes down and she receives one more dossier.
        QVERIFY(logInReady(ws, server.url(), QStringLiteral("demo-reception"), kPassword,
                           kReservedBlock));
        QCOMPARE(server.stop(), 0);
        const QString code = intakeOffline(ws, QStringLiteral("Trịnh Văn Chờ"));
        QVERIFY(!code.isEmpty());
        QCOMPARE(ws.pendingCount(), 1);

        // She logs out; B logs in (offline: the server is still down). A's intake is still
        // pending, visible in the count.
        QVERIFY(logOut(ws));
        const LoginAnswer b = logIn(ws, server.url(), kSecondClerk, kPassword);
        QVERIFY(b.answered);
        QVERIFY(b.offline);
        QCOMPARE(ws.pendingCount(), 1);

        // The server is back (on another port): A's intake reaches it in A's name.
        QVERIFY2(server.start(demoServerArgs()), qPrintable(server.output()));
        ws.setServerUrl(server.url());
        ws.syncNow();
        StaffApi admin(server.url(), QStringLiteral("demo-admin"), kPassword);
        QTRY_VERIFY_WITH_TIMEOUT(admin.dossier(code).has_value(), 30000);
        const Dossier received = *admin.dossier(code);
        QCOMPARE(received.owner.fullName, QStringLiteral("Trịnh Văn Chờ"));
        QVERIFY(!received.history.isEmpty());
        QCOMPARE(received.history.first().actor, QStringLiteral("demo-reception"));
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 20000);
        QCOMPARE(ws.currentUser()->username, kSecondClerk); // B's session all along
    }
};

QTEST_MAIN(TstSharedCounter)
#include "tst_sharedcounter.moc"
