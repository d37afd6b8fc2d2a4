// The Work workspace against a real motcua-server (demo data, port 0): a dossier that someone
// else forwards to the head of unit appears in his "new to me" queue after a sync, with no
// restart; the counts follow; opening it marks it seen; a reminder names it.

#include "ServerProcess.h"
#include "codec/JsonCodec.h"
#include "core/api/ApiClient.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "gui/main/MainWindow.h"
#include "gui/notify/TrayNotifier.h"
#include "gui/process/ProcessingView.h"
#include "gui/queues/QueueModel.h"
#include "gui/queues/QueuePanel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;
using Queue = LocalStore::Queue;

namespace {

const QString kPassword = QStringLiteral("Queues-Test-2026!");

SyncEngine::Options testOptions()
{
    SyncEngine::Options o;
    o.syncIntervalMs = 3600 * 1000; // the test decides when to sync
    o.minBackoffMs = 100;
    o.maxBackoffMs = 1000;
    return o;
}

IntakeRequest intakeOf(const QString& name)
{
    IntakeRequest r;
    r.procedureCode = QStringLiteral("1.001193"); // birth registration: process → approve
    r.owner.fullName = name;
    r.owner.idNumber = QStringLiteral("001190012345");
    r.owner.phone = QStringLiteral("0912 345 678");
    r.owner.address = QStringLiteral("Số 1 Trần Phú, Đà Lạt");
    r.components = {{1, 1, 0, 0, {}}, {2, 1, 0, 0, {}}, {4, 0, 0, 1, {}}};
    return r;
}

class Direct {
public:
    Direct(const QUrl& url, const QString& user)
    {
        m_api.setBaseUrl(url);
        const ApiResult r =
            m_api.post(QStringLiteral("/auth/login"),
                       QJsonDocument(QJsonObject{{"username", user}, {"password", kPassword}})
                           .toJson(QJsonDocument::Compact));
        m_api.setTokens(r.body.toObject().value("accessToken").toString(),
                        r.body.toObject().value("refreshToken").toString());
    }
    QString intake(const QString& name)
    {
        const ApiResult r = m_api.post(QStringLiteral("/dossiers"), codec::encode(intakeOf(name)));
        return r.body.toObject().value("code").toString();
    }
    int forward(const QString& code)
    {
        const auto d =
            codec::fromJson<Dossier>(m_api.get(QStringLiteral("/dossiers/") + code).body);
        ActionCommand c;
        c.action = WorkflowAction::Forward;
        c.version = d ? d->version : -1;
        c.comment = QStringLiteral("Hồ sơ hợp lệ, trình lãnh đạo ký");
        return m_api.post(QStringLiteral("/dossiers/%1/actions").arg(code), codec::encode(c))
            .httpStatus;
    }

private:
    ApiClient m_api;
};

} // namespace

class TstQueuesLive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(m_server.start({QStringLiteral("--demo"), QStringLiteral("--set"),
                                 QStringLiteral("motcua.auth.argon2.memoryKiB=64"),
                                 QStringLiteral("--set"),
                                 QStringLiteral("motcua.auth.argon2.iterations=1")}),
                 qPrintable(m_server.output()));
    }

    void aForwardedDossierAppearsInNewToMeAfterTheSync()
    {
        // The head of the People's Committee at his workstation, the Work workspace open.
        Workstation ws(m_dir.path());
        ws.setSyncOptions(testOptions());
        QVERIFY(ws.open());
        ws.setServerUrl(m_server.url());
        QSignalSpy in(&ws, &Workstation::loggedIn);
        ws.login(QStringLiteral("demo-leader"), kPassword);
        QVERIFY(in.wait(20000));
        QTRY_VERIFY_WITH_TIMEOUT(ws.store().user(QStringLiteral("demo-leader")), 20000);
        MainWindow window(&ws, *ws.currentUser(), false);
        window.resize(1400, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QueuePanel* work = window.workQueues();
        QVERIFY(work);
        QVERIFY(window.processingView());
        QCOMPARE(window.counterQueues(), nullptr);
        QTRY_COMPARE(window.tabs()->currentWidget()->objectName(), QStringLiteral("workWorkspace"));
        QCOMPARE(work->currentQueue(), Queue::NewToMe);
        QCOMPARE(work->count(Queue::NewToMe), 0);

        // The counter accepts a dossier and the officer forwards it to the leader's approval.
        Direct reception(m_server.url(), QStringLiteral("demo-reception"));
        Direct officer(m_server.url(), QStringLiteral("demo-specialist"));
        const QString code = reception.intake(QStringLiteral("Nguyễn Văn Hàng Đợi"));
        QVERIFY(!code.isEmpty());
        QCOMPARE(officer.forward(code), 200);

        // One sync later it is in "new to me", counted, listed — no restart.
        ws.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(work->count(Queue::NewToMe), 1, 20000);
        QCOMPARE(work->model()->rowCount(), 1);
        QCOMPARE(work->model()->codeAt(0), code);
        auto* list = work->findChild<QListWidget*>(QStringLiteral("queueList"));
        QCOMPARE(list->item(0)->data(QueuePanel::CountRole).toInt(), 1);
        QCOMPARE(work->count(Queue::InProgress), 1); // the unit's running dossiers
        // The reminder names it (offscreen there is no tray: the status bar).
        QVERIFY(window.notifier());
        QTRY_VERIFY(window.notifier()->lastCodes().contains(code));

        // Opening it (as the life test does) shows it in the processing view and marks it seen.
        window.openForWork(code);
        QCOMPARE(window.processingView()->dossierCode(), code);
        QCOMPARE(work->count(Queue::NewToMe), 0);
        QVERIFY(ws.store().seenVersion(QStringLiteral("demo-leader"), code));
        // Enter in the list opens the selected dossier too.
        work->showQueue(Queue::InProgress);
        QCOMPARE(work->model()->rowOf(code), 0);
        work->selectDossier(code);
        QCOMPARE(work->selectedCode(), code);
    }

private:
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstQueuesLive)
#include "tst_queueslive.moc"
