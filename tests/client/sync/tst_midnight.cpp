// A version published for tomorrow takes effect at midnight, with a fixed clock on both sides: a
// real motcua-server whose clock shows Monday 8 March 2027, 23:59:50 (motcua.testing.now) and a
// workstation whose clock shows the same. Before midnight a dossier is received under version 1;
// version 2 (another fee, another time) is published for Tuesday; at midnight the counter turns
// over to version 2 by itself, offline too; a dossier received on Tuesday gets version 2 from the
// server and from the offline counter alike, and Monday's dossier keeps version 1. (Dossier
// numbers are reserved per day: an offline counter needs one sync on the new day first.)
#include "ClientSamples.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"

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
const QString kCode = QStringLiteral("1.001193");
const QDate kMonday(2027, 3, 8);
const QDateTime kStart = vntime::fromCivil(kMonday, QTime(23, 59, 50));

} // namespace

class TstMidnight : public QObject {
    Q_OBJECT

    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};

private slots:
    void initTestCase()
    {
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QStringList args = demoServerArgs();
        args << QStringLiteral("--set")
             << QStringLiteral("motcua.testing.now=") + kStart.toString(Qt::ISODate);
        QVERIFY2(m_server.start(args), qPrintable(m_server.output()));
        // The workstation's clock a moment behind the server's: it turns over after it.
        vntime::setClockForTesting(kStart);
    }
    void cleanupTestCase() { vntime::setClockForTesting({}); }

    void theCounterTurnsOverAtMidnight()
    {
        StaffApi admin(m_server.url(), QStringLiteral("demo-admin"), kPassword);
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        QVERIFY(admin.loggedIn() && reception.loggedIn());

        // Version 2 for Tuesday: three working days instead of one, and a fee.
        const ApiResult current = admin.api().get(QStringLiteral("/procedures/%1").arg(kCode));
        QVERIFY(current.ok());
        QJsonObject v2 = current.body.toObject();
        v2.remove(QStringLiteral("version"));
        v2.remove(QStringLiteral("effectiveFrom"));
        v2.remove(QStringLiteral("effectiveTo"));
        v2.insert(QStringLiteral("statutoryTime"),
                  QJsonObject{{"value", 3}, {"unit", "workingDays"}});
        v2.insert(QStringLiteral("fees"),
                  QJsonArray{QJsonObject{{"name", QStringLiteral("Lệ phí đăng ký")},
                                         {"amountVnd", 8000},
                                         {"collection", "atIntake"}}});
        const ApiResult draft = admin.api().post(
            QStringLiteral("/procedures/%1/versions").arg(kCode), QJsonDocument(v2).toJson());
        QVERIFY2(draft.ok(), qPrintable(draft.problemDetail));
        const int number = draft.body.toObject().value(QStringLiteral("version")).toInt();
        const ApiResult published = admin.api().post(
            QStringLiteral("/procedures/%1/versions/%2/publish").arg(kCode).arg(number),
            QJsonDocument(QJsonObject{{"effectiveFrom", kMonday.addDays(1).toString(Qt::ISODate)}})
                .toJson());
        QVERIFY2(published.ok(), qPrintable(published.problemDetail));

        // Monday, a few seconds before midnight: version 1, due in one working day.
        const QString monday =
            reception.intake(birthRegistrationOf(QStringLiteral("Trần Thứ Hai")));
        QVERIFY(!monday.isEmpty());
        const Dossier before = reception.get(monday);
        QCOMPARE(vntime::civilDate(before.receivedAt), kMonday);
        QCOMPARE(before.procedureVersion, 1);
        QCOMPARE(before.statutoryTime, Duration::days(1));

        QTemporaryDir dir;
        Workstation ws(dir.path());
        ws.setSyncOptions(fastSyncOptions(5));
        QVERIFY(ws.open());
        QVERIFY(logInSynced(ws, m_server.url(), QStringLiteral("demo-reception"), kPassword, 5));
        QVERIFY(vntime::now() < vntime::fromCivil(kMonday.addDays(1), QTime(0, 0)));
        const QDate today = vntime::civilDate(vntime::now());
        QCOMPARE(today, kMonday);
        QCOMPARE(ws.store().procedure(kCode, today)->version, 1);

        // Midnight: the counter offers version 2 by itself, without a sync.
        QSignalSpy turned(&ws, &Workstation::catalogueChanged);
        QTRY_VERIFY_WITH_TIMEOUT(!turned.isEmpty(), 20000);
        const QDate tuesday = vntime::civilDate(vntime::now());
        QCOMPARE(tuesday, kMonday.addDays(1));
        const auto offered = ws.store().procedure(kCode, tuesday);
        QVERIFY(offered);
        QCOMPARE(offered->version, number);
        QCOMPARE(offered->statutoryTime, Duration::days(3));

        // Online, the server receives Tuesday's dossier under version 2.
        const QString online = reception.intake(birthRegistrationOf(QStringLiteral("Lê Thứ Ba")));
        const Dossier tue = reception.get(online);
        QCOMPARE(tue.procedureVersion, number);
        QCOMPARE(tue.statutoryTime, Duration::days(3));
        QCOMPARE(tue.fees.size(), 1);
        QCOMPARE(tue.fees.first().amountVnd, 8000);

        // Offline, the counter does the same with what it synced. Dossier numbers are reserved
        // per day (the day is in the code): one sync on Tuesday reserves Tuesday's first.
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(ws.reservedNumbersLeft() > 0, 20000);
        QCOMPARE(m_server.stop(), 0);
        QSignalSpy done(&ws, &Workstation::intakeDone);
        QSignalSpy failed(&ws, &Workstation::intakeFailed);
        ws.submitIntake(birthRegistrationOf(QStringLiteral("Phạm Ngoại Tuyến")));
        QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() || !failed.isEmpty(), 30000);
        QVERIFY2(failed.isEmpty(),
                 qPrintable(failed.isEmpty() ? QString() : failed.first().at(2).toString()));
        QVERIFY(done.first().at(2).toBool()); // offline
        const auto offline = done.first().at(1).value<Dossier>();
        QCOMPARE(offline.procedureVersion, number);
        QCOMPARE(offline.statutoryTime, Duration::days(3));
        QCOMPARE(offline.fees.size(), 1);
        // Monday's dossier keeps version 1, as the workstation holds it.
        const auto kept = ws.store().dossier(monday);
        QVERIFY(kept);
        QCOMPARE(kept->procedureVersion, 1);
        QCOMPARE(kept->statutoryTime, Duration::days(1));
        QCOMPARE(kept->fees.size(), 1);
        QCOMPARE(kept->fees.first().collection, FeeCollection::Exempt); // version 1: no fee
        QCOMPARE(offline.fees.first().amountVnd, 8000);
    }
};

QTEST_GUILESS_MAIN(TstMidnight)
#include "tst_midnight.moc"
