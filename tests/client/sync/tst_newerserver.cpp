// A workstation whose server is newer than it: answers carrying fields it does not know, a
// dossier in a status added later, another API version. Everything runs the real client code
// against a real motcua-server, through a proxy of the test's own that rewrites the answers.

#include "ClientSamples.h"
#include "RewritingProxy.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "gui/main/MainWindow.h"
#include "gui/main/UpdateBanner.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
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

const QString kPassword = QStringLiteral("Newer-Server-2026!");
const int kReservedBlock = 5;

QByteArray pngOf(const QColor& colour)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(colour);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

// The feed's sequence number of the first change of `code` (as the server numbers it).
qint64 firstChangeOf(StaffApi& api, const QString& code)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("since"), QStringLiteral("0"));
    q.addQueryItem(QStringLiteral("limit"), QStringLiteral("5000"));
    const auto r = api.api().get(QStringLiteral("/changes"), q);
    for (const QJsonValue& v : r.body.toObject().value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        if (c.value(QStringLiteral("entity")).toString() == QLatin1String("dossier") &&
            c.value(QStringLiteral("key")).toString() == code)
            return c.value(QStringLiteral("seq")).toInteger();
    }
    return -1;
}

} // namespace

class TstNewerServer : public QObject {
    Q_OBJECT

    bool startServer(ServerProcess& server)
    {
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        return server.start(demoServerArgs());
    }

    // Runs `motcua print` as a clerk would, through `server`; the proxy serves meanwhile.
    int print(const QUrl& server, const QString& code, const QString& output, QString* err)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MOTCUA_USER"), QStringLiteral("demo-reception"));
        env.insert(QStringLiteral("MOTCUA_PASSWORD"), kPassword);
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MOTCUA_CLIENT_BIN),
                {QStringLiteral("print"), QStringLiteral("--form"), QStringLiteral("receipt"),
                 QStringLiteral("--dossier"), code, QStringLiteral("--output"), output,
                 QStringLiteral("--server"), server.toString(), QStringLiteral("--lang"),
                 QStringLiteral("en"), QStringLiteral("--data-dir"),
                 m_dir.path() + QStringLiteral("/print")});
        // Not waitForFinished: the proxy answering the child lives on this thread's event loop.
        if (!QTest::qWaitFor([&] { return p.state() == QProcess::NotRunning; }, 60000))
            return -1;
        *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(MOTCUA_SERVER_BIN)));
        QVERIFY(QFile::exists(QStringLiteral(MOTCUA_CLIENT_BIN)));
    }

    void aWorkstationWorksWithAnswersCarryingFieldsItDoesNotKnow()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        RewritingProxy proxy(server.url());
        proxy.setRewrite([](const QByteArray&, const QString&, QJsonValue& body) {
            body = RewritingProxy::withFieldEverywhere(body);
        });
        QTemporaryDir dir;
        Workstation ws(dir.path());
        ws.setSyncOptions(fastSyncOptions(kReservedBlock));
        QVERIFY(ws.open());
        // Login, catalogue, users, calendar and reserved numbers, all through the proxy.
        QVERIFY(logInReady(ws, proxy.url(), QStringLiteral("demo-reception"), kPassword,
                           kReservedBlock));
        QCOMPARE(ws.currentUser()->username, QStringLiteral("demo-reception"));
        QVERIFY(ws.store().procedures().size() >= 30);
        QVERIFY(ws.store().user(QStringLiteral("demo-leader")));

        // An intake online: the server's answer (a dossier with extra fields) is understood.
        QSignalSpy done(&ws, &Workstation::intakeDone);
        QSignalSpy failed(&ws, &Workstation::intakeFailed);
        ws.submitIntake(birthRegistrationOf(QStringLiteral("Lê Văn Mới")));
        QTRY_VERIFY_WITH_TIMEOUT(done.size() + failed.size() > 0, 20000);
        QVERIFY2(failed.isEmpty(),
                 failed.isEmpty() ? "" : qPrintable(failed.first().at(2).toString()));
        QCOMPARE(done.first().at(2).toBool(), false); // not offline
        const QString mine = done.first().at(1).value<Dossier>().code;

        // A dossier received at another counter arrives through the change feed.
        StaffApi other(server.url(), QStringLiteral("demo-reception"), kPassword);
        const QString theirs = other.intake(birthRegistrationOf(QStringLiteral("Phạm Thị Khác")));
        QVERIFY(!theirs.isEmpty());
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(ws.store().dossier(theirs).has_value(), 20000);
        QCOMPARE(ws.store().dossier(theirs)->owner.fullName, QStringLiteral("Phạm Thị Khác"));
        QVERIFY(ws.store().dossier(mine).has_value());
        QVERIFY(!ws.updateRequired());
        QVERIFY(proxy.rewritten() > 5);
    }

    void thePrintCommandWorksWithANewerServer()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        StaffApi clerk(server.url(), QStringLiteral("demo-reception"), kPassword);
        const QString code = clerk.intake(birthRegistrationOf(QStringLiteral("Võ Thị In")));
        QVERIFY(!code.isEmpty());
        RewritingProxy proxy(server.url());
        proxy.setRewrite([](const QByteArray&, const QString&, QJsonValue& body) {
            body = RewritingProxy::withFieldEverywhere(body);
        });
        QString err;
        const QString out = m_dir.path() + QStringLiteral("/newer.pdf");
        QCOMPARE(print(proxy.url(), code, out, &err), 0);
        QVERIFY2(QFileInfo(out).size() > 1000, qPrintable(err));

        // A dossier in a status this version does not know is not printed wrongly: the clerk is
        // told to update the application.
        proxy.setRewrite([code](const QByteArray&, const QString&, QJsonValue& body) {
            body = RewritingProxy::withStatus(body, code, QStringLiteral("archivedByANewRule"));
        });
        const QString refused = m_dir.path() + QStringLiteral("/refused.pdf");
        QCOMPARE(print(proxy.url(), code, refused, &err), 1);
        QVERIFY2(err.contains(QStringLiteral("update the application")), qPrintable(err));
        QVERIFY(!QFile::exists(refused));
    }

    void aDossierTheClientCannotUnderstandIsNeverSkipped()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        RewritingProxy proxy(server.url());
        QTemporaryDir dir;
        Workstation ws(dir.path());
        ws.setSyncOptions(fastSyncOptions(kReservedBlock));
        QVERIFY(ws.open());
        QVERIFY(logInReady(ws, proxy.url(), QStringLiteral("demo-reception"), kPassword,
                           kReservedBlock));
        const qint64 cursorBefore = ws.store().syncCursor();

        // Three dossiers received elsewhere; the middle one comes back from the (newer) server
        // in a status this version has never heard of.
        StaffApi elsewhere(server.url(), QStringLiteral("demo-reception"), kPassword);
        const QString first = elsewhere.intake(birthRegistrationOf(QStringLiteral("Một")));
        const QString strange = elsewhere.intake(birthRegistrationOf(QStringLiteral("Hai")));
        const QString last = elsewhere.intake(birthRegistrationOf(QStringLiteral("Ba")));
        QVERIFY(!first.isEmpty() && !strange.isEmpty() && !last.isEmpty());
        proxy.setRewrite([strange](const QByteArray&, const QString&, QJsonValue& body) {
            body = RewritingProxy::withStatus(body, strange, QStringLiteral("archivedByANewRule"));
        });
        QSignalSpy compatibility(&ws, &Workstation::compatibilityChanged);
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!compatibility.isEmpty(), 20000);
        QCOMPARE(compatibility.last().at(0).toBool(), true);
        QCOMPARE(compatibility.last().at(1).toStringList(),
                 QStringList{QStringLiteral("dossier ") + strange});
        QVERIFY(ws.updateRequired());

        // The others are stored; the strange one is not. The feed's cursor moves on (the feed
        // is not read again from before it at every sync); its code is kept to ask again.
        QVERIFY(ws.store().dossier(first).has_value());
        QVERIFY(ws.store().dossier(last).has_value());
        QVERIFY(!ws.store().dossier(strange).has_value());
        const qint64 strangeSeq = firstChangeOf(elsewhere, strange);
        QVERIFY(strangeSeq > 0);
        QVERIFY(cursorBefore < strangeSeq);
        QVERIFY2(ws.store().syncCursor() >= strangeSeq,
                 qPrintable(QStringLiteral("cursor %1, strange dossier's change %2")
                                .arg(ws.store().syncCursor())
                                .arg(strangeSeq)));

        // The clerk sees why, in the main window.
        MainWindow window(&ws, *ws.currentUser(), false);
        auto* banner = window.findChild<UpdateBanner*>(QStringLiteral("updateBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isHidden());
        QVERIFY2(banner->text().contains(strange), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("updated")));
        window.resize(1280, 800);
        QVERIFY(window.grab().save(QDir::tempPath() + QStringLiteral("/motcua-update-banner.png")));

        // The rest keeps working: a paper scanned for another dossier is still sent.
        QSignalSpy pending(&ws, &Workstation::pendingCountChanged);
        QString error;
        QVERIFY2(
            !attachStored(ws, first, 1, pngOf(Qt::darkCyan), QStringLiteral("page.png"), &error)
                 .isEmpty(),
            qPrintable(error));
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(elsewhere.attachments(first).body.toArray().size() == 1, 20000);
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 20000);
        // ... and a new dossier after the strange one is still taken in, the strange one still
        // asked for and still kept aside.
        const QString later = elsewhere.intake(birthRegistrationOf(QStringLiteral("Bốn")));
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(ws.store().dossier(later).has_value(), 20000);
        QVERIFY(!ws.store().dossier(strange).has_value());
        QCOMPARE(ws.keptAside(), QStringList{QStringLiteral("dossier ") + strange});
        QVERIFY(!banner->isHidden());

        // A workstation set up now meets it in its first sync (the snapshot): kept aside there
        // too, the others stored.
        QTemporaryDir freshDir;
        Workstation fresh(freshDir.path());
        fresh.setSyncOptions(fastSyncOptions(kReservedBlock));
        QVERIFY(fresh.open());
        QVERIFY(logInReady(fresh, proxy.url(), QStringLiteral("demo-reception"), kPassword,
                           kReservedBlock));
        QTRY_VERIFY_WITH_TIMEOUT(fresh.updateRequired(), 20000);
        QCOMPARE(fresh.keptAside(), QStringList{QStringLiteral("dossier ") + strange});
        QVERIFY(fresh.store().dossier(later).has_value());
        QVERIFY(!fresh.store().dossier(strange).has_value());

        // An updated application (here: the same answers, now understood) stores it at the
        // next sync, and the banner goes away.
        proxy.setRewrite({});
        fresh.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(fresh.store().dossier(strange).has_value(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!fresh.updateRequired(), 20000);
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(ws.store().dossier(strange).has_value(), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!ws.updateRequired(), 20000);
        QCOMPARE(compatibility.last().at(0).toBool(), false);
        QVERIFY(banner->isHidden());
        QVERIFY(ws.keptAside().isEmpty());
    }

    void aServerOfAnotherApiMajorAsksForAnUpdate()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        RewritingProxy proxy(server.url());
        proxy.setApiVersion("1.7"); // a newer minor: additive, nothing to say
        QTemporaryDir dir;
        Workstation ws(dir.path());
        ws.setSyncOptions(fastSyncOptions(kReservedBlock));
        QVERIFY(ws.open());
        QVERIFY(logInReady(ws, proxy.url(), QStringLiteral("demo-reception"), kPassword,
                           kReservedBlock));
        QVERIFY(!ws.updateRequired());
        QSignalSpy compatibility(&ws, &Workstation::compatibilityChanged);
        proxy.setApiVersion("2.0");
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!compatibility.isEmpty(), 20000);
        QCOMPARE(compatibility.last().at(0).toBool(), true);
        QVERIFY(compatibility.last().at(1).toStringList().isEmpty());
        QVERIFY(ws.updateRequired());
        proxy.setApiVersion("1.0");
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(!ws.updateRequired(), 20000);
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstNewerServer)
#include "tst_newerserver.moc"
