// Blank forms reach the counter with the catalogue and stay for offline printing: a real
// motcua-server whose procedure names a form; a workstation that could not fetch it (the
// server's file was away: 500) keeps asking at every pull until it has it, byte for byte.
#include "ClientSamples.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Demo-Pass-2026!");
const QString kCode = QStringLiteral("1.001193");
const QByteArray kForm("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n");

} // namespace

class TstFormSync : public QObject {
    Q_OBJECT

    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};

private slots:
    void initTestCase()
    {
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(m_server.start(demoServerArgs()), qPrintable(m_server.output()));
    }
    void cleanupTestCase() { QCOMPARE(m_server.stop(), 0); }

    void aFormNotFetchedIsAskedForAgainUntilItArrives()
    {
        StaffApi admin(m_server.url(), QStringLiteral("demo-admin"), kPassword);
        QVERIFY(admin.loggedIn());
        ApiClient::Request upload;
        upload.method = "POST";
        upload.path = QStringLiteral("/forms");
        upload.query.addQueryItem(QStringLiteral("name"), QStringLiteral("to-khai.pdf"));
        upload.body = kForm;
        const ApiResult uploaded = admin.api().call(upload);
        QVERIFY2(uploaded.ok(), qPrintable(uploaded.problemDetail));
        const QString sha = uploaded.body.toObject().value(QStringLiteral("sha256")).toString();
        QCOMPARE(sha, QString::fromLatin1(
                          QCryptographicHash::hash(kForm, QCryptographicHash::Sha256).toHex()));

        // Version 2 of birth registration, in force today, names the form on its first paper.
        QJsonObject v2 =
            admin.api().get(QStringLiteral("/procedures/%1").arg(kCode)).body.toObject();
        v2.remove(QStringLiteral("version"));
        v2.remove(QStringLiteral("effectiveFrom"));
        v2.remove(QStringLiteral("effectiveTo"));
        QJsonArray papers = v2.value(QStringLiteral("components")).toArray();
        QJsonObject first = papers.at(0).toObject();
        first.insert(QStringLiteral("formSha256"), sha);
        first.insert(QStringLiteral("formName"), QStringLiteral("Tờ khai.pdf"));
        papers.replace(0, first);
        v2.insert(QStringLiteral("components"), papers);
        const ApiResult draft = admin.api().post(
            QStringLiteral("/procedures/%1/versions").arg(kCode), QJsonDocument(v2).toJson());
        QVERIFY2(draft.ok(), qPrintable(draft.problemDetail));
        const int n = draft.body.toObject().value(QStringLiteral("version")).toInt();
        const QDate today = QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
        const ApiResult published = admin.api().post(
            QStringLiteral("/procedures/%1/versions/%2/publish").arg(kCode).arg(n),
            QJsonDocument(QJsonObject{{"effectiveFrom", today.toString(Qt::ISODate)}}).toJson());
        QVERIFY2(published.ok(), qPrintable(published.problemDetail));

        // The server's copy of the file is away (a disk being restored): it answers 500.
        const QString stored =
            m_server.dataDir() +
            QStringLiteral("/attachments/%1/%2/%3").arg(sha.left(2), sha.mid(2, 2), sha);
        QVERIFY(QFile::exists(stored));
        QVERIFY(QFile::rename(stored, stored + QStringLiteral(".away")));
        QCOMPARE(admin.api().get(QStringLiteral("/forms/") + sha).httpStatus, 500);

        QTemporaryDir dir;
        Workstation ws(dir.path());
        ws.setSyncOptions(fastSyncOptions());
        QVERIFY(ws.open());
        QVERIFY(logInSynced(ws, m_server.url(), QStringLiteral("demo-reception"), kPassword, 5));
        QTRY_VERIFY_WITH_TIMEOUT(ws.store().procedure(kCode).has_value() &&
                                     ws.store().procedure(kCode)->version == n,
                                 20000);
        QVERIFY(!ws.store().hasFormFile(sha));

        // Back in place: the next pull fetches it, though the catalogue did not change.
        QVERIFY(QFile::rename(stored + QStringLiteral(".away"), stored));
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(ws.store().hasFormFile(sha), 20000);
        const auto kept = ws.store().formFile(sha);
        QVERIFY(kept);
        QCOMPARE(kept->bytes, kForm);
        QCOMPARE(kept->mime, QStringLiteral("application/pdf"));
    }
};

QTEST_GUILESS_MAIN(TstFormSync)
#include "tst_formsync.moc"
