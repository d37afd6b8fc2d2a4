// The queue model under QAbstractItemModelTester, and the queue panel as a user sees it: counts
// beside every queue, a refresh that keeps the selection and the scroll position, filters and
// search, the keyboard (Ctrl+N, Enter).

#include "QueueSamples.h"
#include "core/VnTime.h"
#include "gui/dossier/DeadlineState.h"
#include "gui/queues/QueueModel.h"
#include "gui/queues/QueuePanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;
using Queue = LocalStore::Queue;

class TstQueuePanel : public QObject {
    Q_OBJECT
private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto opened = LocalStore::open(m_dir->filePath(QStringLiteral("s.sqlite")));
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(queues::fill(*m_store));
    }

    void cleanup()
    {
        m_store.reset();
        m_dir.reset();
    }

    void modelPassesTheTesterAndColoursDeadlines()
    {
        QueueModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setClock([] { return queues::friday(); });
        model.setUserNameLookup([](const QString& u) { return u.toUpper(); });
        LocalStore::QueueQuery q;
        q.queue = Queue::InProgress;
        q.perspective = LocalStore::QueuePerspective::Leader;
        q.username = QStringLiteral("ld1");
        q.unit = queues::kUnit;
        q.now = queues::friday();
        q.sort = LocalStore::QueueSort::Deadline;
        model.setRows(m_store->queue(q));
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(QueueModel::ColumnCount));
        // Row 0 is E: its step deadline passed yesterday (red), the appointment is next week.
        QCOMPARE(model.codeAt(0), queues::code(5));
        QCOMPARE(model.data(model.index(0, QueueModel::StepDeadline), QueueModel::StepDeadlineRole)
                     .toInt(),
                 int(DeadlineState::Kind::Overdue));
        QCOMPARE(model.data(model.index(0, QueueModel::Deadline), QueueModel::DeadlineRole).toInt(),
                 int(DeadlineState::Kind::OnTrack));
        QVERIFY(model.data(model.index(0, QueueModel::StepDeadline), Qt::BackgroundRole)
                    .value<QColor>()
                    .isValid());
        QCOMPARE(model.data(model.index(0, QueueModel::Assignee)).toString(),
                 QStringLiteral("CV1"));
        QVERIFY(model.data(model.index(0, QueueModel::Owner)).toString().contains(u"Hoàng"));
        // J waits unassigned: the column names the unit instead.
        const int j = model.rowOf(queues::code(10));
        QVERIFY(j >= 0);
        QVERIFY(
            model.data(model.index(j, QueueModel::Assignee)).toString().contains(queues::kUnit));

        // The same rows again: no reset (the view keeps everything); other rows: a reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setRows(model.rows());
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        model.setRows(model.rows().mid(1));
        QCOMPARE(reset.size(), 1);
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void aHeadOfUnitWithNothingNewLandsOnWhatWaitsForHim()
    {
        QueuePanel panel(*m_store, queues::leader(), LocalStore::QueuePerspective::Leader);
        panel.setClock([] { return queues::friday(); });
        panel.refresh();
        QCOMPARE(panel.currentQueue(), Queue::NewToMe);
        panel.showFirstNonEmpty(); // something new: stays
        QCOMPARE(panel.currentQueue(), Queue::NewToMe);
        QVERIFY(panel.model()->rowCount() > 0);
        for (int row = 0; row < panel.model()->rowCount(); ++row) {
            const QString code = panel.model()->codeAt(row);
            QVERIFY(
                m_store->markSeen(queues::leader().username, code, *m_store->dossierVersion(code)));
        }
        panel.refresh();
        QCOMPARE(panel.count(Queue::NewToMe), 0);
        panel.showFirstNonEmpty();
        QCOMPARE(panel.currentQueue(), Queue::ToAssign);
        QCOMPARE(panel.model()->rowCount(), 2);
    }

    void panelShowsCountsAndKeepsTheSelectionOnRefresh()
    {
        QueuePanel panel(*m_store, queues::leader(), LocalStore::QueuePerspective::Leader);
        panel.setClock([] { return queues::friday(); });
        panel.resize(1200, 200); // short: the list scrolls
        panel.show();
        panel.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&panel));
        panel.refresh();
        QCOMPARE(panel.count(Queue::NewToMe), 1);
        QCOMPARE(panel.count(Queue::ToAssign), 2);
        QCOMPARE(panel.count(Queue::InProgress), 6);
        QCOMPARE(panel.count(Queue::Overdue), 1);
        auto* list = panel.findChild<QListWidget*>(QStringLiteral("queueList"));
        QVERIFY(list);
        QCOMPARE(list->count(), 9);
        QVERIFY(list->item(1)->text().startsWith(QStringLiteral("To assign")));
        QCOMPARE(list->item(1)->data(QueuePanel::CountRole).toInt(), 2);

        // Ctrl+3 opens the third queue (in progress in the unit).
        QSignalSpy current(&panel, &QueuePanel::currentDossierChanged);
        QTest::keyClick(&panel, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(panel.currentQueue(), Queue::InProgress);
        QCOMPARE(panel.model()->rowCount(), 6);
        auto* table = panel.findChild<QTableView*>(QStringLiteral("queueTable"));
        table->setFocus();
        panel.selectDossier(queues::code(2));
        QVERIFY(!current.isEmpty()); // (focusing the table selected the first row before)
        QCOMPARE(current.last().first().toString(), queues::code(2));
        const qsizetype signalsBefore = current.size();
        const int scroll = table->verticalScrollBar()->value();

        // A new dossier arrives in the unit (a sync): the counts move, the selection stays on B,
        // no selection signal fires, the view does not jump.
        Dossier m = queues::running(13, QStringLiteral("process"), queues::kUnit, {},
                                    queues::friday().addDays(7), QStringLiteral("Tạ Văn Mới"));
        QVERIFY(m_store->saveDossier(m, false));
        panel.refresh();
        QCOMPARE(panel.count(Queue::InProgress), 7);
        QCOMPARE(panel.count(Queue::ToAssign), 3);
        QCOMPARE(panel.model()->rowCount(), 7);
        QCOMPARE(panel.selectedCode(), queues::code(2));
        QCOMPARE(current.size(), signalsBefore);
        QCOMPARE(table->verticalScrollBar()->value(), scroll);

        // Enter opens the selected dossier.
        QSignalSpy open(&panel, &QueuePanel::openDossier);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), queues::code(2));

        // Search within the queue, accent-insensitive; the summary says how many match.
        auto* search = panel.findChild<QLineEdit*>(QStringLiteral("queueSearch"));
        search->setText(QStringLiteral("bich"));
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(panel.model()->rowCount(), 1);
        QCOMPARE(panel.model()->codeAt(0), queues::code(2));
        QVERIFY(panel.findChild<QLabel*>(QStringLiteral("queueSummary"))->text().contains(u'1'));
        search->clear();
        QTest::keyClick(search, Qt::Key_Return);
        auto* field = panel.findChild<QComboBox*>(QStringLiteral("queueField"));
        QCOMPARE(field->count(), 2); // all fields + the catalogue's one
        field->setCurrentIndex(1);
        QCOMPARE(panel.model()->rowCount(), 7);
        auto* sort = panel.findChild<QComboBox*>(QStringLiteral("queueSort"));
        sort->setCurrentIndex(1); // newest received first
        QCOMPARE(panel.model()->codeAt(0), queues::code(13));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

QTEST_MAIN(TstQueuePanel)
#include "tst_queuepanel.moc"
