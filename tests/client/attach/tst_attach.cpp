#include "ClientSamples.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "codec/JsonCodec.h"
#include "core/api/ApiClient.h"
#include "core/store/LocalStore.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/Workstation.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Demo-Pass-2026!");

// Few numbers per reserved block, so the tests see a block run out.
const int kReservedBlock = 5;

ReceivedComponent component(int id, int originals, int photocopies)
{
    ReceivedComponent c;
    c.componentId = id;
    c.received = true;
    c.originals = originals;
    c.photocopies = photocopies;
    return c;
}

IntakeRequest intakeOf(int i)
{
    return birthRegistrationOf(QStringLiteral("Trần Thị Đính Kèm %1").arg(i));
}

QByteArray pdfOf(const QString& text)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setCreator(QStringLiteral("tst_attach"));
        QPainter p(&writer);
        p.drawText(QPointF(200, 200), text);
    }
    return buffer.data();
}

QByteArray pngOf(const QColor& colour)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(colour);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return buffer.data();
}

QString sha256(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

bool digitised(const Dossier& d, int componentId)
{
    for (const ReceivedComponent& c : d.components) {
        if (c.componentId == componentId)
            return c.digitised;
    }
    return false;
}

// sha256 of every attachment the server lists for the dossier ("componentId:sha").
QStringList attachmentsOn(StaffApi& server, const QString& code)
{
    const ApiResult r = server.attachments(code);
    if (!r.ok())
        return {QStringLiteral("error %1").arg(r.httpStatus)};
    QStringList out;
    for (const QJsonValue& v : r.body.toArray())
        out << QStringLiteral("%1:%2")
                   .arg(v.toObject().value("componentId").toInt())
                   .arg(v.toObject().value("sha256").toString());
    return out;
}

} // namespace

class TstAttach : public QObject {
    Q_OBJECT

    bool startServer(ServerProcess& server)
    {
        server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        return server.start(demoServerArgs());
    }

    // Opens a workstation in `dir` and logs in online; waits for the catalogue and (for the
    // receptionist) a block of reserved numbers.
    bool loginOnline(ServerProcess& server, Workstation& ws, const QString& user = "demo-reception")
    {
        ws.setSyncOptions(fastSyncOptions(kReservedBlock));
        if (!ws.open())
            return false;
        return logInReady(ws, server.url(), user, kPassword, kReservedBlock);
    }

    // An intake done by the server (online) or offline; returns the dossier.
    std::optional<Dossier> intake(Workstation& ws, int i, bool expectOffline)
    {
        QSignalSpy done(&ws, &Workstation::intakeDone);
        QSignalSpy failed(&ws, &Workstation::intakeFailed);
        ws.submitIntake(intakeOf(i));
        if (!QTest::qWaitFor([&] { return !done.isEmpty() || !failed.isEmpty(); }, 30000))
            return std::nullopt;
        if (!failed.isEmpty()) {
            qWarning() << "intake failed" << failed.first();
            return std::nullopt;
        }
        if (done.first().at(2).toBool() != expectOffline)
            return std::nullopt;
        return done.first().at(1).value<Dossier>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(QFile::exists(QStringLiteral(MOTCUA_SERVER_BIN)));
        QVERIFY(QFile::exists(QStringLiteral(MOTCUA_SYNC_HELPER_BIN)));
    }

    // Online: the file goes up at once, the server lists it and marks the paper digitised, and
    // the clerk's next action on the version they saw before the upload is not a conflict.
    void anAttachmentOnlineIsOnTheServerAndTheComponentDigitised()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));
        const auto d = intake(ws, 1, false);
        QVERIFY(d);
        QCOMPARE(d->version, 1);
        QVERIFY(!digitised(*d, 1));

        const QByteArray pdf = pdfOf(QStringLiteral("Giấy chứng sinh"));
        QSignalSpy changed(&ws, &Workstation::attachmentsChanged);
        QSignalSpy failed(&ws, &Workstation::attachmentFailed);
        QString error;
        const QString id = attachStored(ws, d->code, 1, pdf,
                                        QStringLiteral("/tmp/scans/giay-chung-sinh.pdf"), &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        // At once, before the server answered: kept here, the paper shown digitised.
        const QList<AttachmentInfo> local = ws.attachments(d->code);
        QCOMPARE(local.size(), 1);
        QCOMPARE(local.first().sha256, sha256(pdf));
        QCOMPARE(local.first().name, QStringLiteral("giay-chung-sinh.pdf"));
        QCOMPARE(local.first().mime, QStringLiteral("application/pdf"));
        QCOMPARE(local.first().size, pdf.size());
        QCOMPARE(local.first().createdBy, QStringLiteral("demo-reception"));
        QVERIFY(local.first().hasBytes);
        QVERIFY(digitised(*ws.store().dossier(d->code), 1));

        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 30000);
        QTRY_VERIFY(ws.attachments(d->code).first().onServer);
        QVERIFY(failed.isEmpty());
        QVERIFY(!changed.isEmpty());

        StaffApi reception(server.url(), "demo-reception", kPassword);
        QCOMPARE(attachmentsOn(reception, d->code), QStringList{"1:" + sha256(pdf)});
        const auto onServer = reception.dossier(d->code);
        QVERIFY(onServer);
        QVERIFY(digitised(*onServer, 1));
        QCOMPARE(onServer->version, 2);
        // The local copy is the server's, no longer pending.
        QTRY_VERIFY(!ws.store().isPending(d->code));
        QCOMPARE(ws.store().dossier(d->code), onServer);
        QCOMPARE(*ws.attachmentBytes(d->code, sha256(pdf)), pdf);

        // The same file again: nothing new is queued, nothing new on the server.
        QVERIFY(!attachStored(ws, d->code, 1, pdf, QStringLiteral("again.pdf")).isEmpty());
        QCOMPARE(ws.pendingCount(), 0);
        QCOMPARE(ws.attachments(d->code).size(), 1);

        // The clerk withdraws the dossier on the version seen before the scan (1).
        ActionCommand withdraw;
        withdraw.action = WorkflowAction::Withdraw;
        withdraw.version = 1;
        withdraw.comment = QStringLiteral("Công dân xin rút hồ sơ");
        QSignalSpy actionDone(&ws, &Workstation::actionDone);
        QSignalSpy actionFailed(&ws, &Workstation::actionFailed);
        QSignalSpy conflicts(&ws, &Workstation::conflictDetected);
        ws.submitAction(d->code, withdraw);
        QVERIFY(QTest::qWaitFor([&] { return !actionDone.isEmpty() || !actionFailed.isEmpty(); },
                                20000));
        QVERIFY2(actionFailed.isEmpty(), qPrintable(actionFailed.value(0).value(1).toString()));
        QCOMPARE(actionDone.first().at(2).toBool(), false); // done online, not queued
        QVERIFY(conflicts.isEmpty());
        QCOMPARE(reception.dossier(d->code)->status, DossierStatus::Withdrawn);
        QCOMPARE(reception.dossier(d->code)->version, 3);
    }

    // An action right after the attachment, before its upload was acknowledged, is queued
    // behind it with the version the server will have: no conflict either.
    void anActionRightAfterAnAttachmentDoesNotConflict()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));
        const auto d = intake(ws, 2, false);
        QVERIFY(d);
        const QByteArray png = pngOf(Qt::darkGreen);
        QVERIFY(!attachStored(ws, d->code, 2, png, QStringLiteral("to-khai.png")).isEmpty());
        ActionCommand withdraw;
        withdraw.action = WorkflowAction::Withdraw;
        withdraw.version = d->version; // what the clerk saw
        withdraw.comment = QStringLiteral("Rút hồ sơ");
        QSignalSpy actionDone(&ws, &Workstation::actionDone);
        QSignalSpy actionFailed(&ws, &Workstation::actionFailed);
        QSignalSpy conflicts(&ws, &Workstation::conflictDetected);
        QSignalSpy rejected(&ws, &Workstation::queuedItemRejected);
        ws.submitAction(d->code, withdraw);
        QVERIFY(QTest::qWaitFor([&] { return !actionDone.isEmpty() || !actionFailed.isEmpty(); },
                                20000));
        QVERIFY(actionFailed.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 30000);
        QVERIFY(conflicts.isEmpty());
        QVERIFY(rejected.isEmpty());
        StaffApi reception(server.url(), "demo-reception", kPassword);
        const auto onServer = reception.dossier(d->code);
        QCOMPARE(onServer->status, DossierStatus::Withdrawn);
        QCOMPARE(onServer->version, 3);
        QVERIFY(digitised(*onServer, 2));
        QCOMPARE(attachmentsOn(reception, d->code), QStringList{"2:" + sha256(png)});
        QTRY_COMPARE(ws.store().dossier(d->code), onServer);
    }

    // Offline: queued, kept across closing the workstation and a SIGKILL right after the server
    // stored it (before the answer was saved), and on the server exactly once in the end.
    void anAttachmentQueuedOfflineSurvivesRestartsAndACrash()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        QTemporaryDir dir;
        const QByteArray pdf = pdfOf(QStringLiteral("Ngoại tuyến"));
        QString code;
        {
            Workstation ws(dir.path());
            QVERIFY(loginOnline(server, ws));
            const auto d = intake(ws, 3, false);
            QVERIFY(d);
            code = d->code;
            QCOMPARE(server.stop(), 0);
            QString error;
            QVERIFY2(!attachStored(ws, code, 1, pdf, QStringLiteral("scan.pdf"), &error).isEmpty(),
                     qPrintable(error));
            QCOMPARE(ws.pendingCount(), 1);
            QVERIFY(digitised(*ws.store().dossier(code), 1));
            QVERIFY(ws.store().isPending(code));
        } // closed with the upload queued
        {
            Workstation ws(dir.path());
            ws.setSyncOptions(fastSyncOptions(kReservedBlock));
            QVERIFY(ws.open());
            QCOMPARE(ws.pendingCount(), 1);
            const QList<AttachmentInfo> kept = ws.attachments(code);
            QCOMPARE(kept.size(), 1);
            QVERIFY(!kept.first().onServer);
            QCOMPARE(*ws.attachmentBytes(code, sha256(pdf)), pdf);
            QCOMPARE(ws.store().outbox().first().kind, OutboxItem::kAttachment);
            // The outbox refers to the file, it does not hold a second copy of it.
            QVERIFY(ws.store().outbox().first().body.size() < 1000);
        }

        // A client process pushes it and is killed the moment the server has answered.
        QVERIFY2(startServer(server), qPrintable(server.output()));
        {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("MOTCUA_HELPER_PASSWORD"), kPassword);
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(MOTCUA_SYNC_HELPER_BIN),
                    {dir.path(), server.url().toString(), QStringLiteral("demo-reception"),
                     QStringLiteral("--crash-after-response"), QStringLiteral("1")});
            QVERIFY(p.waitForStarted(10000));
            QVERIFY(p.waitForFinished(60000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
        }
        StaffApi reception(server.url(), "demo-reception", kPassword);
        QCOMPARE(attachmentsOn(reception, code), QStringList{"1:" + sha256(pdf)});

        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 30000);
        // Sent again, recognised by its SHA-256: still one file, one version bump.
        QCOMPARE(attachmentsOn(reception, code), QStringList{"1:" + sha256(pdf)});
        const auto onServer = reception.dossier(code);
        QVERIFY(digitised(*onServer, 1));
        QCOMPARE(onServer->version, 2);
        QTRY_VERIFY(ws.attachments(code).first().onServer);
        QTRY_VERIFY(!ws.store().isPending(code));
        QCOMPARE(ws.store().dossier(code), onServer);
    }

    // A dossier received offline: its attachment waits for its intake to be on the server.
    void anAttachmentToADossierReceivedOfflineFollowsItsIntake()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));
        QCOMPARE(server.stop(), 0);
        const auto d = intake(ws, 4, true);
        QVERIFY(d);
        const QByteArray pdf = pdfOf(QStringLiteral("Hồ sơ nhận ngoại tuyến"));
        QVERIFY(!attachStored(ws, d->code, 1, pdf, QStringLiteral("cmnd.pdf")).isEmpty());
        const QByteArray png = pngOf(Qt::blue);
        QVERIFY(!attachStored(ws, d->code, 2, png, QStringLiteral("to-khai.png")).isEmpty());
        QCOMPARE(ws.pendingCount(), 3);
        const auto local = ws.store().dossier(d->code);
        QVERIFY(digitised(*local, 1) && digitised(*local, 2));
        QCOMPARE(local->version, 3);

        QVERIFY2(startServer(server), qPrintable(server.output()));
        ws.setServerUrl(server.url());
        ws.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 60000);
        StaffApi reception(server.url(), "demo-reception", kPassword);
        const auto onServer = reception.dossier(d->code);
        QVERIFY(onServer);
        QVERIFY(digitised(*onServer, 1) && digitised(*onServer, 2));
        QCOMPARE(onServer->version, 3);
        QCOMPARE(toSet(attachmentsOn(reception, d->code)),
                 toSet({"1:" + sha256(pdf), "2:" + sha256(png)}));
        QTRY_VERIFY(!ws.store().isPending(d->code));
        QCOMPARE(ws.store().dossier(d->code), onServer);
    }

    // What is not a PDF or an image, too big, or for no such paper is refused at once with a
    // message; what only the server can refuse is parked with the message, and can be dropped.
    void badFilesAreRefusedWithAMessage()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        QTemporaryDir dir;
        Workstation ws(dir.path());
        QVERIFY(loginOnline(server, ws));
        const auto d = intake(ws, 5, false);
        QVERIFY(d);

        auto refusal = [&](const QString& code, int component, const QByteArray& bytes) {
            QString error;
            const QString id = attachStored(ws, code, component, bytes, "x.pdf", &error);
            return id.isEmpty() ? error : QString();
        };
        QCOMPARE(refusal(d->code, 1, QByteArray("MZ\x90\x00 this is no PDF", 20)),
                 SyncEngine::messageFor("attachment.unsupported_type"));
        QCOMPARE(refusal(d->code, 1, QByteArray()), SyncEngine::messageFor("attachment.empty"));
        QByteArray huge = pdfOf("x");
        huge.append(QByteArray(SyncEngine::kMaxAttachmentBytes + 1 - huge.size(), ' '));
        QCOMPARE(refusal(d->code, 1, huge), SyncEngine::messageFor("attachment.too_large"));
        huge.clear();
        QCOMPARE(refusal(d->code, 99, pngOf(Qt::red)),
                 SyncEngine::messageFor("attachment.unknown_component"));
        QCOMPARE(refusal(QStringLiteral("000.00.71.H36-260101-9999"), 1, pngOf(Qt::red)),
                 SyncEngine::messageFor("dossier.not_found"));
        for (const QString& m : {SyncEngine::messageFor("attachment.unsupported_type"),
                                 SyncEngine::messageFor("attachment.too_large")})
            QVERIFY(!m.contains(QLatin1String("refused ("))); // real words, not the fallback
        QVERIFY(ws.attachments(d->code).isEmpty());
        QCOMPARE(ws.pendingCount(), 0);

        // A JPEG and a TIFF are accepted.
        const QByteArray jpeg = [] {
            QImage image(32, 32, QImage::Format_RGB32);
            image.fill(Qt::gray);
            QBuffer b;
            b.open(QIODevice::WriteOnly);
            image.save(&b, "JPEG");
            return b.data();
        }();
        QVERIFY(!attachStored(ws, d->code, 4, jpeg, "photo.jpg").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 30000);

        // A paper our copy has but the server does not: the server's 404 parks the upload.
        Dossier tampered = *ws.store().dossier(d->code);
        ReceivedComponent extra = component(77, 1, 0);
        tampered.components.append(extra);
        QVERIFY(writeToStore(ws, [&](LocalStore& s) { return s.saveDossier(tampered, false); }));
        QSignalSpy rejected(&ws, &Workstation::queuedItemRejected);
        QSignalSpy failed(&ws, &Workstation::attachmentFailed);
        const QByteArray png = pngOf(Qt::yellow);
        const QString id = attachStored(ws, d->code, 77, png, "extra.png");
        QVERIFY(!id.isEmpty());
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().at(0).toString(), id);
        QCOMPARE(failed.first().at(2).toString(),
                 SyncEngine::messageFor("attachment.unknown_component"));
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.first().at(2).toString(), QStringLiteral("attachment.unknown_component"));
        QCOMPARE(ws.store().outbox().first().state, OutboxItem::kRejected);
        QCOMPARE(ws.pendingCount(), 1);
        // The clerk drops it: the file goes too, and the server's copy comes back.
        ws.resolveConflict(d->code, false);
        QTRY_COMPARE_WITH_TIMEOUT(ws.pendingCount(), 0, 30000);
        QTRY_VERIFY(!ws.store().attachment(d->code, 77, sha256(png)));
        StaffApi reception(server.url(), "demo-reception", kPassword);
        QTRY_COMPARE(ws.store().dossier(d->code), reception.dossier(d->code));
        QCOMPARE(attachmentsOn(reception, d->code), QStringList{"4:" + sha256(jpeg)});
    }

    // Another workstation downloads what it does not have, byte for byte.
    void anotherWorkstationDownloadsTheFiles()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(startServer(server), qPrintable(server.output()));
        QTemporaryDir dir1, dir2;
        Workstation ws1(dir1.path());
        QVERIFY(loginOnline(server, ws1));
        const auto d = intake(ws1, 6, false);
        QVERIFY(d);
        const QByteArray pdf = pdfOf(QStringLiteral("Bản sao"));
        const QByteArray png = pngOf(Qt::magenta);
        QVERIFY(!attachStored(ws1, d->code, 1, pdf, "a.pdf").isEmpty());
        QVERIFY(!attachStored(ws1, d->code, 2, png, "b.png").isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(ws1.pendingCount(), 0, 30000);

        Workstation ws2(dir2.path());
        QVERIFY(loginOnline(server, ws2));
        QVERIFY(ws2.attachments(d->code).isEmpty());
        QSignalSpy changed(&ws2, &Workstation::attachmentsChanged);
        QSignalSpy failed(&ws2, &Workstation::attachmentFailed);
        ws2.fetchAttachments(d->code);
        QVERIFY(changed.wait(30000));
        QVERIFY(failed.isEmpty());
        QCOMPARE(changed.first().at(0).toString(), d->code);
        const QList<AttachmentInfo> got = ws2.attachments(d->code);
        QCOMPARE(got.size(), 2);
        for (const AttachmentInfo& a : got) {
            QVERIFY(a.onServer);
            QVERIFY(a.hasBytes);
            QCOMPARE(a.createdBy, QStringLiteral("demo-reception"));
            QCOMPARE(sha256(*ws2.attachmentBytes(d->code, a.sha256)), a.sha256);
        }
        QCOMPARE(*ws2.attachmentBytes(d->code, sha256(pdf)), pdf);
        QCOMPARE(*ws2.attachmentBytes(d->code, sha256(png)), png);
        // Fetching again downloads nothing new and still reports.
        ws2.fetchAttachments(d->code);
        QVERIFY(changed.wait(30000));
        QCOMPARE(ws2.attachments(d->code), got);

        // Unknown dossier: a message, no crash.
        ws2.fetchAttachments(QStringLiteral("000.00.71.H36-260101-9999"));
        QVERIFY(failed.wait(30000));
        QVERIFY(!failed.first().at(2).toString().isEmpty());
    }

private:
    static QSet<QString> toSet(const QStringList& l) { return QSet<QString>(l.begin(), l.end()); }
};

QTEST_MAIN(TstAttach)
#include "tst_attach.moc"
