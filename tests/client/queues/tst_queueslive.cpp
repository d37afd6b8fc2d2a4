// The Work workspace against a real motcua-server (demo data, port 0): a dossier that someone
// else forwards to the head of unit appears in his "new to me" queue after a sync, with no
// restart; the counts follow; opening it marks it seen; a reminder names it. The dossier in front
// of him, changed by someone else or by himself, is seen in its new version before the list shows
// it again, so its row is never "new" while the counts say nothing is.

#include "ClientSamples.h"
#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "codec/JsonCodec.h"
#include "core/api/ApiClient.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "gui/main/MainWindow.h"
#include "gui/notify/TrayNotifier.h"
#include "gui/process/ActionDialog.h"
#include "gui/process/ActionPanel.h"
#include "gui/process/ProcessingView.h"
#include "gui/queues/QueueModel.h"
#include "gui/queues/QueuePanel.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
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

} // namespace

class TstQueuesLive : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        QVERIFY2(m_server.start(demoServerArgs()), qPrintable(m_server.output()));
    }

    void aForwardedDossierAppearsInNewToMeAfterTheSync()
    {
        // The head of the People's Committee at his workstation, the Work workspace open.
        Workstation ws(m_dir.path());
        ws.setSyncOptions(fastSyncOptions()); // the test decides when to sync
        QVERIFY(ws.open());
        QVERIFY(logIn(ws, m_server.url(), QStringLiteral("demo-leader"), kPassword).answered);
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
        StaffApi reception(m_server.url(), QStringLiteral("demo-reception"), kPassword);
        StaffApi officer(m_server.url(), QStringLiteral("demo-specialist"), kPassword);
        const QString code =
            reception.intake(birthRegistrationOf(QStringLiteral("Nguyễn Văn Hàng Đợi")));
        QVERIFY(!code.isEmpty());
        QCOMPARE(officer.act(code, WorkflowAction::Forward,
                             QStringLiteral("Hồ sơ hợp lệ, trình lãnh đạo ký")),
                 200);

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
        // The mark is stored off the GUI thread; the count follows it.
        QTRY_COMPARE(work->count(Queue::NewToMe), 0);
        QVERIFY(ws.store().seenVersion(QStringLiteral("demo-leader"), code));
        // Enter in the list opens the selected dossier too.
        work->showQueue(Queue::InProgress);
        QCOMPARE(work->model()->rowOf(code), 0);
        work->selectDossier(code);
        QCOMPARE(work->selectedCode(), code);

        // Whenever the list loads again from here on: is the open dossier's version seen?
        const QString leader = QStringLiteral("demo-leader");
        QList<bool> seenAtReload;
        // (The model resets when the rows change, and only says its data changed when the same
        // dossiers come back: this one stays in "in progress".)
        const auto atReload = [&] {
            const auto version = ws.store().dossierVersion(code);
            const auto seen = ws.store().seenVersion(leader, code);
            seenAtReload << (version && seen && *seen >= *version);
        };
        const auto reloads =
            connect(work->model(), &QAbstractItemModel::modelReset, this, atReload);
        const auto refreshes =
            connect(work->model(), &QAbstractItemModel::dataChanged, this, atReload);

        // The counter adds a note to the dossier he has open; the sync brings it.
        const qint64 before = *ws.store().dossierVersion(code);
        QCOMPARE(
            reception.act(code, WorkflowAction::Comment, QStringLiteral("Công dân hỏi tiến độ")),
            200);
        ws.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(*ws.store().dossierVersion(code) > before, 20000);
        QTRY_VERIFY(!seenAtReload.isEmpty());
        QVERIFY(!seenAtReload.contains(false));
        QCOMPARE(work->count(Queue::NewToMe), 0);

        // His own opinion, from the processing view: no news to him either.
        seenAtReload.clear();
        ProcessingView* view = window.processingView();
        QVERIFY(view->actionPanel()->enabledActions().contains(WorkflowAction::Comment));
        QSignalSpy completed(view, &ProcessingView::actionCompleted);
        view->actionPanel()->button(WorkflowAction::Comment)->click();
        auto* dialog = view->findChild<ActionDialog*>(QStringLiteral("actionDialog"));
        QVERIFY(dialog);
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"))
            ->setPlainText(QStringLiteral("Đã xem, chờ ký"));
        dialog->findChild<QPushButton*>(QStringLiteral("actionSubmit"))->click();
        QVERIFY(completed.wait(20000));
        QTRY_VERIFY(!seenAtReload.isEmpty());
        QVERIFY(!seenAtReload.contains(false));
        QCOMPARE(work->count(Queue::NewToMe), 0);
        QCOMPARE(work->model()->rowOf(code), 0); // still listed, in progress
        disconnect(reloads);
        disconnect(refreshes);
    }

private:
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    QTemporaryDir m_dir;
};

QTEST_MAIN(TstQueuesLive)
#include "tst_queueslive.moc"
