// One dossier's whole life through the GUI, by four users in turn, each at their own workstation
// (own local store, own sync thread, own main window) against one real motcua-server:
//   the counter accepts → the head of the civil-status unit assigns → the officer asks for a
//   supplement → the counter receives it → the officer forwards → the commune leader approves →
//   the counter marks the result ready and hands it back.
// At every turn the test checks the queues each user sees, the control slip (Mẫu 05) as printed
// from the counter's workstation, and the messages the server sent the citizen (Mẫu 02 too, when
// the counter hands the supplement request over).

#include "ServerProcess.h"
#include "StaffApi.h"
#include "WorkstationLogin.h"
#include "codec/JsonCodec.h"
#include "core/api/ApiClient.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "forms/FormKind.h"
#include "gui/intake/ComponentChecklistModel.h"
#include "gui/intake/IntakePage.h"
#include "gui/intake/PersonFields.h"
#include "gui/lookup/BarcodeWedge.h"
#include "gui/main/CounterController.h"
#include "gui/main/MainWindow.h"
#include "gui/process/ActionDialog.h"
#include "gui/process/ActionPanel.h"
#include "gui/process/ProcessingView.h"
#include "gui/queues/QueueModel.h"
#include "gui/queues/QueuePanel.h"
#include "gui/returns/ReturnDialog.h"

#include <QAction>
#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPdfWriter>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

namespace {

const QString kPassword = QStringLiteral("Life-Test-2026!");
// Thủ tục cấp Giấy xác nhận tình trạng hôn nhân: intake → the head of the civil-status unit
// assigns → an officer processes → the commune leader approves → the counter issues.
const QString kProcedure = QStringLiteral("1.004873");

// One user at one workstation.
struct Desk {
    QString username;
    std::unique_ptr<Workstation> ws;
    std::unique_ptr<MainWindow> window;
};

// The server as the counter sees it (for checks only: every action goes through the GUI); the
// citizen's messages and attachments in a form the checks compare.
class Inspector {
public:
    explicit Inspector(const QUrl& server)
        : m_api(server, QStringLiteral("demo-reception"), kPassword)
    {}
    Dossier dossier(const QString& code) { return m_api.get(code); }
    // The messages the server queued for the citizen, oldest first (docs/NOTIFICATIONS.md:
    // GET /dossiers/{code}/notifications answers an array).
    QJsonArray messages(const QString& code) { return m_api.notifications(code); }
    // "event:channel:recipient:state" of every message, in order.
    QStringList notifications(const QString& code)
    {
        QStringList out;
        for (const QJsonValue& v : messages(code)) {
            const QJsonObject o = v.toObject();
            out << QStringList{o.value("event").toString(), o.value("channel").toString(),
                               o.value("recipient").toString(), o.value("state").toString()}
                       .join(u':');
        }
        return out;
    }
    QString notificationText(const QString& code, const QString& event)
    {
        for (const QJsonValue& v : messages(code)) {
            if (v.toObject().value("event").toString() == event)
                return v.toObject().value("text").toString();
        }
        return {};
    }
    // "componentId:name:size" of every attachment the server holds for the dossier.
    QStringList attachments(const QString& code)
    {
        QStringList out;
        for (const QJsonValue& v : m_api.attachments(code).body.toArray()) {
            const QJsonObject o = v.toObject();
            out << QStringLiteral("%1:%2:%3")
                       .arg(o.value("componentId").toInt())
                       .arg(o.value("name").toString())
                       .arg(o.value("size").toInteger());
        }
        return out;
    }

private:
    StaffApi m_api;
};

bool queueHas(QueuePanel* panel, LocalStore::Queue queue, const QString& code)
{
    panel->showQueue(queue);
    return panel->model()->rowOf(code) >= 0;
}

// The message the citizen gets: "event:channel:recipient:state" (the log channel in this test).
QString delivered(const char* event)
{
    return QString::fromLatin1(event) + QStringLiteral(":log:0912345678:delivered");
}

// Clicks an action of the processing view and returns its dialog (the one open now: dialogs of
// earlier actions close and delete themselves later).
ActionDialog* openAction(ProcessingView* view, WorkflowAction action)
{
    QPushButton* button = view->actionPanel()->button(action);
    if (!button || !button->isVisible() || !button->isEnabled())
        return nullptr;
    button->click();
    for (ActionDialog* dialog : view->findChildren<ActionDialog*>(QStringLiteral("actionDialog"))) {
        if (dialog->isVisible() && dialog->action() == action)
            return dialog;
    }
    return nullptr;
}

// One row of the printed control slip: "N. Giao: …" up to the next row, whitespace collapsed.
struct SlipRow {
    QString text;
    bool done = false; // a hand-over made (the rows still to come have dotted times)
};

} // namespace

class TstLife : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        m_server.setEnvironment(QStringLiteral("MOTCUA_DEMO_PASSWORD"), kPassword);
        // The citizen's messages go to the server's log, looked at every 50 ms.
        QVERIFY2(
            m_server.start({QStringLiteral("--demo"), QStringLiteral("--set"),
                            QStringLiteral("motcua.notify.channels=log"), QStringLiteral("--set"),
                            QStringLiteral("motcua.notify.pollMilliseconds=50")}),
            qPrintable(m_server.output()));
        for (const char* name :
             {"demo-reception", "demo-head-tuphap", "demo-specialist", "demo-leader"}) {
            Desk& desk = m_desks[QString::fromLatin1(name)];
            desk.username = QString::fromLatin1(name);
            const QString dir = m_dir.path() + u'/' + desk.username;
            QDir().mkpath(dir);
            desk.ws = std::make_unique<Workstation>(dir);
            QVERIFY(desk.ws->open());
            QVERIFY(logIn(*desk.ws, m_server.url(), desk.username, kPassword).answered);
            QTRY_VERIFY_WITH_TIMEOUT(desk.ws->store().procedure(kProcedure).has_value(), 20000);
            QTRY_VERIFY_WITH_TIMEOUT(desk.ws->store().user(QStringLiteral("demo-specialist")),
                                     20000);
            desk.window =
                std::make_unique<MainWindow>(desk.ws.get(), *desk.ws->currentUser(), false);
            desk.window->controller()->setPdfDirectory(pdfDir(desk.username));
            // The test types as a person does (a key every 120 ms on the barcode gun's clock):
            // the keys reach the fields rather than being taken for a gun's burst.
            desk.window->wedge()->setClock(
                [clock = qint64(1000000)]() mutable { return clock += 120; });
            desk.window->resize(1280, 860);
        }
        // Who has which workspace.
        QVERIFY(desk("demo-reception").window->counterQueues());
        QVERIFY(!desk("demo-reception").window->workQueues());
        for (const char* name : {"demo-head-tuphap", "demo-specialist", "demo-leader"}) {
            QVERIFY2(desk(name).window->workQueues(), name);
            QVERIFY2(!desk(name).window->counterQueues(), name);
        }
    }

    // Each turn starts from where the previous one left the dossier: after a failure the rest
    // fail at once rather than wait out their timeouts.
    void init()
    {
        if (m_broken)
            QFAIL("an earlier turn of the dossier's life failed");
    }
    void cleanup() { m_broken = m_broken || QTest::currentTestFailed(); }

    void theCounterAccepts()
    {
        Desk& counter = desk("demo-reception");
        show(counter);
        IntakePage* page = counter.window->intakePage();
        counter.window->showIntake();
        QTest::keyClicks(page->procedureSearch(), "tinh trang hon nhan");
        QTest::keyClick(page->procedureSearch(), Qt::Key_Return);
        QVERIFY(page->currentProcedure());
        QCOMPARE(page->currentProcedure()->nationalCode, kProcedure);
        Person owner;
        owner.fullName = QStringLiteral("Vũ Thị Hồng Nhung");
        owner.idNumber = QStringLiteral("001195012345");
        owner.phone = QStringLiteral("0912345678");
        owner.email = QStringLiteral("nhung@example.vn");
        owner.address = QStringLiteral("Phường Xuân Hương, Lâm Đồng");
        page->ownerFields()->setPerson(owner);
        page->componentTable()->setFocus();
        page->componentTable()->setCurrentIndex(page->componentModel()->index(0, 0));
        for (int row = 0; row < page->componentModel()->rowCount(); ++row) {
            if (page->componentModel()->requirements().at(row).mandatory)
                QTest::keyClick(page->componentTable(), Qt::Key_Space);
            QTest::keyClick(page->componentTable(), Qt::Key_Down);
        }
        QTest::keyClick(counter.window.get(), Qt::Key_F9);
        QTRY_VERIFY_WITH_TIMEOUT(
            QDir(pdfDir(counter.username)).entryList({QStringLiteral("receipt-*.pdf")}).size() == 1,
            20000);
        m_code =
            QDir(pdfDir(counter.username)).entryList({QStringLiteral("receipt-*.pdf")}).first();
        m_code = m_code.mid(8).chopped(4); // receipt-CODE.pdf

        Inspector server(m_server.url());
        const Dossier d = server.dossier(m_code);
        QCOMPARE(d.status, DossierStatus::Accepted);
        QCOMPARE(d.owner.fullName, owner.fullName);
        QCOMPARE(d.currentStepId, QStringLiteral("assign"));
        QCOMPARE(d.currentUnit, QStringLiteral("Tư pháp - Hộ tịch"));
        QVERIFY(d.assignee.isEmpty());
        // The counter sees it among today's dossiers; the citizen is told it was accepted.
        QTRY_VERIFY(
            queueHas(counter.window->counterQueues(), LocalStore::Queue::ReceivedToday, m_code));
        QTRY_COMPARE_WITH_TIMEOUT(server.notifications(m_code), QStringList{delivered("accepted")},
                                  20000);
        checkMessage(server, "accepted");
        // Mẫu 05: reception → the unit, by the receiving clerk; four hand-overs still to come.
        const QList<SlipRow> rows = printedSlip();
        QCOMPARE(doneRows(rows), 1);
        QCOMPARE(rows.size(), 5);
        QVERIFY2(rows.at(0).text.contains(u"Nguyễn Thị Lan"_qs), qPrintable(rows.at(0).text));
    }

    void theHeadOfUnitAssigns()
    {
        Desk& head = desk("demo-head-tuphap");
        show(head);
        head.ws->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            queueHas(head.window->workQueues(), LocalStore::Queue::ToAssign, m_code), 20000);
        head.window->openForWork(m_code);
        ProcessingView* view = head.window->processingView();
        QCOMPARE(view->dossierCode(), m_code);
        shot(head, "life-head-to-assign");
        ActionDialog* dialog = openAction(view, WorkflowAction::Forward);
        QVERIFY(dialog);
        auto* officer = dialog->findChild<QComboBox*>(QStringLiteral("officerCombo"));
        QVERIFY(officer);
        const int index = officer->findData(QStringLiteral("demo-specialist"));
        QVERIFY2(index >= 0, qPrintable(dialog->officerChoices().join(u',')));
        officer->setCurrentIndex(index);
        submit(dialog);
        Inspector server(m_server.url());
        QTRY_COMPARE_WITH_TIMEOUT(server.dossier(m_code).assignee,
                                  QStringLiteral("demo-specialist"), 20000);
        QCOMPARE(server.dossier(m_code).currentStepId, QStringLiteral("process"));
        QCOMPARE(server.dossier(m_code).status, DossierStatus::InProgress);
        // Assigned: off the head's "to assign"; still in the unit's work in progress.
        QTRY_VERIFY(!queueHas(head.window->workQueues(), LocalStore::Queue::ToAssign, m_code));
        QVERIFY(queueHas(head.window->workQueues(), LocalStore::Queue::InProgress, m_code));
        const QList<SlipRow> rows = printedSlip();
        QCOMPARE(doneRows(rows), 2);
        QVERIFY2(rows.at(1).text.contains(u"Phạm Thị Hoa"_qs) &&
                     rows.at(1).text.contains(u"Trần Văn Minh"_qs),
                 qPrintable(rows.at(1).text));
        QCOMPARE(server.notifications(m_code), QStringList{delivered("accepted")});
    }

    void theOfficerAsksForASupplement()
    {
        Desk& officer = desk("demo-specialist");
        show(officer);
        officer.ws->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            queueHas(officer.window->workQueues(), LocalStore::Queue::NewToMe, m_code), 20000);
        const int newToMe = officer.window->workQueues()->count(LocalStore::Queue::NewToMe);
        QVERIFY(newToMe >= 1);
        officer.window->openForWork(m_code);
        // Opened: no longer new to this officer. The count says so as soon as the mark is stored
        // (off the GUI thread); the row stays under the officer's eyes until the list is
        // refreshed (F5).
        QTRY_COMPARE(officer.window->workQueues()->count(LocalStore::Queue::NewToMe), newToMe - 1);
        QTest::keyClick(officer.window.get(), Qt::Key_F5);
        QTRY_VERIFY(!queueHas(officer.window->workQueues(), LocalStore::Queue::NewToMe, m_code));
        QVERIFY(queueHas(officer.window->workQueues(), LocalStore::Queue::InProgress, m_code));
        officer.window->openForWork(m_code);
        ProcessingView* view = officer.window->processingView();
        ActionDialog* dialog = openAction(view, WorkflowAction::RequestSupplement);
        QVERIFY(dialog);
        auto* item = dialog->findChild<QLineEdit*>(QStringLiteral("supplementItemEdit"));
        auto* add = dialog->findChild<QPushButton*>(QStringLiteral("addSupplementItemButton"));
        QVERIFY(item && add);
        // The dialog lists the dossier's papers, none ticked: the counter noted no problem, and
        // what it did not receive was optional ("if any") — the dossier was accepted. The officer
        // asks for the one paper that is missing.
        auto* items = dialog->findChild<QListWidget*>(QStringLiteral("supplementItems"));
        QVERIFY(items && items->count() > 0);
        for (int i = 0; i < items->count(); ++i)
            QCOMPARE(items->item(i)->checkState(), Qt::Unchecked);
        item->setText(QStringLiteral("Bản sao trích lục ghi chú ly hôn"));
        add->click();
        auto* reason = dialog->findChild<QPlainTextEdit*>(QStringLiteral("reasonEdit"));
        QVERIFY(reason);
        reason->setPlainText(QStringLiteral("Thiếu giấy tờ chứng minh đã ly hôn"));
        submit(dialog);
        Inspector server(m_server.url());
        QTRY_COMPARE_WITH_TIMEOUT(server.dossier(m_code).status, DossierStatus::SupplementRequested,
                                  20000);
        const Dossier d = server.dossier(m_code);
        QCOMPARE(d.supplementRequests, 1);
        QCOMPARE(d.pauses.size(), 1);
        QVERIFY(d.pauses.first().isOpen());
        QCOMPARE(d.pauses.first().reason,
                 u"- Bản sao trích lục ghi chú ly hôn\nThiếu giấy tờ chứng minh đã ly hôn"_qs);
        // The officer now waits for the citizen, like the counter.
        QTRY_VERIFY(
            queueHas(officer.window->workQueues(), LocalStore::Queue::WaitingForCitizen, m_code));
        QVERIFY(!queueHas(officer.window->workQueues(), LocalStore::Queue::InProgress, m_code));
        QTRY_COMPARE_WITH_TIMEOUT(
            server.notifications(m_code),
            (QStringList{delivered("accepted"), delivered("supplementRequested")}), 20000);
        checkMessage(server, "supplementRequested");
        // A supplement request is no hand-over: the slip has the same two rows.
        QCOMPARE(doneRows(printedSlip()), 2);
    }

    void theCounterReceivesTheSupplement()
    {
        Desk& counter = desk("demo-reception");
        show(counter);
        counter.ws->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            queueHas(counter.window->counterQueues(), LocalStore::Queue::WaitingForCitizen, m_code),
            20000);
        counter.window->openForWork(m_code);
        ProcessingView* view = counter.window->counterProcessingView();
        QVERIFY(view);
        QCOMPARE(view->dossierCode(), m_code);
        // At the counter only receiving the papers (or the citizen withdrawing) is on offer.
        QVERIFY(view->actionPanel()->enabledActions().contains(WorkflowAction::ReceiveSupplement));
        QVERIFY(!view->actionPanel()->enabledActions().contains(WorkflowAction::Forward));
        // The citizen gets Mẫu 02 listing what the officer asked for, signed by that officer.
        const QString form02 =
            pdfDir(counter.username) + QStringLiteral("/supplement-%1.pdf").arg(m_code);
        QVERIFY(!QFile::exists(form02));
        auto* print02 =
            counter.window->findChild<QAction*>(QStringLiteral("printSupplementAction"));
        QVERIFY(print02);
        print02->trigger();
        QTRY_VERIFY(QFile::exists(form02)); // written on a worker thread
        const QString text02 = pdfText(form02).simplified();
        for (const QString& expected :
             {m_code, u"Bản sao trích lục ghi chú ly hôn"_qs, u"Thiếu giấy tờ chứng minh"_qs,
              u"Trần Văn Minh"_qs, u"Vũ Thị Hồng Nhung"_qs})
            QVERIFY2(text02.contains(expected), qPrintable(expected + u'\n' + text02));
        // Only that paper is asked for: the optional papers not brought at intake are not.
        QCOMPARE(text02.count(u"Cần nộp bổ sung, hoàn thiện"_qs), 1);
        QVERIFY2(!text02.contains(u"Chưa có, cần nộp bổ sung"_qs), qPrintable(text02));
        shot(counter, "life-counter-supplement");
        ActionDialog* dialog = openAction(view, WorkflowAction::ReceiveSupplement);
        QVERIFY(dialog);
        submit(dialog);
        Inspector server(m_server.url());
        QTRY_COMPARE_WITH_TIMEOUT(server.dossier(m_code).status, DossierStatus::InProgress, 20000);
        const Dossier d = server.dossier(m_code);
        QCOMPARE(d.pauses.size(), 1);
        QVERIFY(!d.pauses.first().isOpen());                     // the clock runs again
        QCOMPARE(d.assignee, QStringLiteral("demo-specialist")); // back on the officer's desk
        QTRY_VERIFY(!queueHas(counter.window->counterQueues(), LocalStore::Queue::WaitingForCitizen,
                              m_code));
        QCOMPARE(doneRows(printedSlip()), 2);
        QCOMPARE(server.notifications(m_code).size(), 2); // nothing to tell the citizen
    }

    void theOfficerForwards()
    {
        Desk& officer = desk("demo-specialist");
        show(officer);
        officer.ws->syncNow();
        Inspector server(m_server.url());
        const qint64 version = server.dossier(m_code).version;
        QTRY_VERIFY_WITH_TIMEOUT(officer.ws->store().dossier(m_code)->version == version, 20000);
        // The papers came back: in the officer's work again, no longer waiting for the citizen.
        // The officer still has the dossier open in front of him, so its new version is seen
        // at once (MainWindow::refreshFromStore) rather than "new".
        QTRY_VERIFY(queueHas(officer.window->workQueues(), LocalStore::Queue::InProgress, m_code));
        QVERIFY(!queueHas(officer.window->workQueues(), LocalStore::Queue::NewToMe, m_code));
        QVERIFY(
            !queueHas(officer.window->workQueues(), LocalStore::Queue::WaitingForCitizen, m_code));
        officer.window->openForWork(m_code);
        ProcessingView* view = officer.window->processingView();
        QTRY_COMPARE(view->dossier().version, version);
        ActionDialog* dialog = openAction(view, WorkflowAction::Forward);
        QVERIFY(dialog);
        submit(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(server.dossier(m_code).currentUnit,
                                  QStringLiteral("Lãnh đạo UBND"), 20000);
        QCOMPARE(server.dossier(m_code).currentStepId, QStringLiteral("approve"));
        QTRY_VERIFY(!queueHas(officer.window->workQueues(), LocalStore::Queue::InProgress, m_code));
        QVERIFY(!queueHas(officer.window->workQueues(), LocalStore::Queue::NewToMe, m_code));
        const QList<SlipRow> rows = printedSlip();
        QCOMPARE(doneRows(rows), 3);
        QVERIFY2(rows.at(2).text.contains(u"Trần Văn Minh"_qs), qPrintable(rows.at(2).text));
    }

    void theLeaderApproves()
    {
        Desk& leader = desk("demo-leader");
        show(leader);
        leader.ws->syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(
            queueHas(leader.window->workQueues(), LocalStore::Queue::NewToMe, m_code), 20000);
        leader.window->openForWork(m_code);
        ActionDialog* dialog = openAction(leader.window->processingView(), WorkflowAction::Approve);
        QVERIFY(dialog);
        submit(dialog);
        Inspector server(m_server.url());
        QTRY_COMPARE_WITH_TIMEOUT(server.dossier(m_code).currentUnit,
                                  QStringLiteral("Bộ phận Một cửa"), 20000);
        QCOMPARE(server.dossier(m_code).currentStepId, QStringLiteral("issue"));
        // Out of the leader's hands.
        QTRY_VERIFY(!queueHas(leader.window->workQueues(), LocalStore::Queue::InProgress, m_code));
        QVERIFY(!queueHas(leader.window->workQueues(), LocalStore::Queue::NewToMe, m_code));
        const QList<SlipRow> rows = printedSlip();
        QCOMPARE(doneRows(rows), 4);
        QVERIFY2(rows.at(3).text.contains(u"Lê Văn Hùng"_qs), qPrintable(rows.at(3).text));
        QCOMPARE(server.notifications(m_code).size(), 2);
    }

    void theCounterReturnsTheResult()
    {
        Desk& counter = desk("demo-reception");
        show(counter);
        counter.ws->syncNow();
        Inspector server(m_server.url());
        const qint64 version = server.dossier(m_code).version;
        QTRY_VERIFY_WITH_TIMEOUT(counter.ws->store().dossier(m_code)->version == version, 20000);
        counter.window->openForWork(m_code);
        ProcessingView* view = counter.window->counterProcessingView();
        QTRY_COMPARE(view->dossier().version, version);
        ActionDialog* dialog = openAction(view, WorkflowAction::MarkResultReady);
        QVERIFY(dialog);
        const QByteArray result = resultPdf();
        dialog->setResultDocument(result, QStringLiteral("ket-qua.pdf"));
        submit(dialog);
        QTRY_COMPARE_WITH_TIMEOUT(server.dossier(m_code).status, DossierStatus::Finished, 20000);
        // The result document went with it (component 0: the result).
        QCOMPARE(server.attachments(m_code),
                 QStringList{QStringLiteral("0:ket-qua.pdf:%1").arg(result.size())});
        QTRY_COMPARE_WITH_TIMEOUT(
            server.notifications(m_code),
            (QStringList{delivered("accepted"), delivered("supplementRequested"),
                         delivered("resultReady")}),
            20000);
        checkMessage(server, "resultReady");
        QTRY_VERIFY_WITH_TIMEOUT(
            queueHas(counter.window->counterQueues(), LocalStore::Queue::ReadyToReturn, m_code),
            20000);
        QCOMPARE(doneRows(printedSlip()), 4);

        // The citizen comes back: the result is handed over with the return dialog, which knows
        // the owner.
        QTRY_VERIFY(view->actionPanel()->enabledActions().contains(WorkflowAction::ReturnResult));
        view->actionPanel()->button(WorkflowAction::ReturnResult)->click();
        auto* giveBack = view->findChild<ReturnDialog*>(QStringLiteral("returnDialog"));
        QVERIFY(giveBack && giveBack->isVisible());
        QVERIFY(giveBack->isComplete());
        giveBack->accept();
        QTRY_COMPARE_WITH_TIMEOUT(server.dossier(m_code).status, DossierStatus::Returned, 20000);
        QCOMPARE(server.dossier(m_code).returnedTo.fullName, QStringLiteral("Vũ Thị Hồng Nhung"));
        QTRY_VERIFY_WITH_TIMEOUT(
            queueHas(counter.window->counterQueues(), LocalStore::Queue::Returned, m_code), 20000);
        QVERIFY(
            !queueHas(counter.window->counterQueues(), LocalStore::Queue::ReadyToReturn, m_code));
        shot(counter, "life-counter-returned");

        // The whole journey on the control slip: five hand-overs, none left blank, each step
        // after the counter's marked early or on time; the citizen heard about each turn.
        const QList<SlipRow> rows = printedSlip();
        QCOMPARE(rows.size(), 5);
        QCOMPARE(doneRows(rows), 5);
        QVERIFY2(rows.at(4).text.contains(u"Nguyễn Thị Lan"_qs), qPrintable(rows.at(4).text));
        for (const HistoryEntry& h : server.dossier(m_code).history) {
            if (h.fromStep == u"assign" || h.fromStep == u"process" || h.fromStep == u"approve") {
                if (h.toStep == h.fromStep)
                    continue; // the supplement's pause and return stay in the step
                QVERIFY2(h.stepTimeliness && *h.stepTimeliness != Timeliness::Late,
                         qPrintable(h.fromStep));
            }
        }
        QCOMPARE(server.notifications(m_code),
                 (QStringList{delivered("accepted"), delivered("supplementRequested"),
                              delivered("resultReady")}));
    }

    void cleanupTestCase()
    {
        for (auto& [name, d] : m_desks) {
            d.window.reset();
            d.ws.reset();
        }
    }

private:
    Desk& desk(const char* name) { return m_desks[QString::fromLatin1(name)]; }
    QString pdfDir(const QString& user) const { return m_dir.path() + u"/pdf-"_qs + user; }

    void show(Desk& d)
    {
        // Four windows in one process share one QApplication: only the window in front listens for
        // a barcode gun, as only one would on a real counter.
        for (auto& [name, other] : m_desks) {
            if (&other != &d) {
                other.window->hide();
                other.window->wedge()->setEnabled(false);
            }
        }
        d.window->wedge()->setEnabled(true);
        d.window->show();
        d.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowExposed(d.window.get()));
    }

    // For a look by eye: MOTCUA_GUI_SHOTS_DIR=/some/dir keeps PNGs of the windows.
    static void shot(Desk& d, const char* name)
    {
        if (const QString dir = qEnvironmentVariable("MOTCUA_GUI_SHOTS_DIR"); !dir.isEmpty())
            QVERIFY(d.window->grab().save(dir + u'/' + QLatin1String(name) + u".png"_qs));
    }

    void submit(ActionDialog* dialog)
    {
        auto* ok = dialog->findChild<QPushButton*>(QStringLiteral("actionSubmit"));
        QVERIFY(ok);
        QVERIFY2(ok->isEnabled(), qPrintable(dialog->problems().join(u'|')));
        ok->click();
    }

    // The citizen's message: delivered, and saying which dossier, in the server's log too (the
    // log channel's delivery).
    void checkMessage(Inspector& server, const char* event)
    {
        const QString text = server.notificationText(m_code, QString::fromLatin1(event));
        QVERIFY2(text.contains(m_code), qPrintable(text));
        QTRY_VERIFY2(m_server.output().contains(text), qPrintable(text));
    }

    // The control slip (Mẫu 05) as the counter prints it now (Print → Reprint the control slip,
    // to PDF in this test) once its workstation has the dossier the server has, read back with
    // pdftotext.
    QList<SlipRow> printedSlip()
    {
        Desk& counter = desk("demo-reception");
        Inspector server(m_server.url());
        const qint64 version = server.dossier(m_code).version;
        counter.ws->syncNow();
        if (!QTest::qWaitFor(
                [&] {
                    const auto d = counter.ws->store().dossier(m_code);
                    return d && d->version == version;
                },
                20000)) {
            qWarning("the counter's workstation did not catch up with the server");
            return {};
        }
        const QString pdf =
            pdfDir(counter.username) + QStringLiteral("/control-slip-%1.pdf").arg(m_code);
        QFile::remove(pdf);
        counter.window->controller()->printForm(FormKind::ControlSlip, m_code);
        // Written on a worker thread.
        if (!QTest::qWaitFor([&] { return QFile::exists(pdf); }, 20000)) {
            qWarning("no control slip printed");
            return {};
        }
        const QString all = pdfText(pdf);
        // Every row starts "N. Giao:" at the start of a line (the unit column).
        static const QRegularExpression start(QStringLiteral("^\\s*\\d+\\. Giao:"),
                                              QRegularExpression::MultilineOption);
        QList<qsizetype> starts;
        for (auto it = start.globalMatch(all); it.hasNext();)
            starts << it.next().capturedStart();
        QList<SlipRow> rows;
        for (int i = 0; i < starts.size(); ++i) {
            const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : all.size();
            SlipRow row;
            row.text = all.mid(starts.at(i), end - starts.at(i)).simplified();
            row.done = !row.text.contains(u".... giờ .... phút"_qs);
            rows << row;
        }
        return rows;
    }
    static QString pdfText(const QString& pdf)
    {
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, u"-"_qs});
        if (!text.waitForFinished(60000) || text.exitCode() != 0) {
            qWarning("pdftotext failed: %s", text.readAllStandardError().constData());
            return {};
        }
        return QString::fromUtf8(text.readAllStandardOutput());
    }
    static int doneRows(const QList<SlipRow>& rows)
    {
        return int(
            std::count_if(rows.begin(), rows.end(), [](const SlipRow& r) { return r.done; }));
    }

    // A one-page result document, as the officer would attach it.
    QByteArray resultPdf()
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        QPainter painter(&writer);
        painter.drawText(QPointF(100, 100), QStringLiteral("GIẤY XÁC NHẬN TÌNH TRẠNG HÔN NHÂN"));
        painter.end();
        return buffer.data();
    }

    QTemporaryDir m_dir;
    ServerProcess m_server{QStringLiteral(MOTCUA_SERVER_BIN)};
    std::map<QString, Desk> m_desks;
    QString m_code;
    bool m_broken = false;
};

QTEST_MAIN(TstLife)
#include "tst_life.moc"
