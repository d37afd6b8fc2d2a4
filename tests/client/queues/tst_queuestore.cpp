// The work queues as the store answers them: membership and counts per queue for an officer, a
// head of unit and the counter; "seen" per version; filters, search and order; due soon counted
// in working hours across a weekend and a holiday; the queue columns of rows written by
// schema 1 filled when the store opens.

#include "QueueSamples.h"
#include "core/VnTime.h"
#include "core/store/LocalStore.h"
#include "gui/queues/WorkQueues.h"
#include "gui/queues/WorkingHours.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;
using Queue = LocalStore::Queue;

class TstQueueStore : public QObject {
    Q_OBJECT
private:
    QStringList members(const User& user, Queue queue, const QDateTime& now,
                        LocalStore::QueueSort sort = LocalStore::QueueSort::ReceivedOldest,
                        std::function<void(LocalStore::QueueQuery&)> tweak = {})
    {
        auto q = WorkQueues::query(queue, WorkQueues::perspectiveOf(user), user, now,
                                   WorkingHours::after(WorkingCalendar(), now, 8));
        q.sort = sort;
        if (tweak)
            tweak(q);
        QStringList out;
        for (const DossierSummary& s : m_store->queue(q))
            out << QString::number(s.code.right(4).toInt());
        // Counts agree with the list (the counts beside the queues never lie).
        if (m_store->queueCount(q) != out.size())
            out << QStringLiteral("count=%1").arg(m_store->queueCount(q));
        return out;
    }

    static QStringList list(std::initializer_list<int> ns)
    {
        QStringList out;
        for (int n : ns)
            out << QString::number(n);
        return out;
    }

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

    void workingHoursReachOverTheWeekend()
    {
        const QDateTime until = WorkingHours::after(WorkingCalendar(), queues::friday(), 8);
        // Friday 15:00–17:00 is 2 hours; the other 6 are on Monday.
        QCOMPARE(vntime::civilDate(until), QDate(2026, 11, 23));
        QVERIFY(until > vntime::fromCivil(QDate(2026, 11, 23), QTime(10, 0)));
        QCOMPARE(WorkingHours::after(WorkingCalendar(), queues::friday(), 0), queues::friday());
    }

    void columnsAreWrittenFromTheDocument()
    {
        const auto rows = m_store->queue([] {
            LocalStore::QueueQuery q;
            q.queue = Queue::InProgress;
            q.perspective = LocalStore::QueuePerspective::Counter;
            q.now = queues::friday();
            return q;
        }());
        bool found = false;
        for (const DossierSummary& s : rows) {
            if (s.code != queues::code(4))
                continue;
            found = true;
            QCOMPARE(s.assignee, QStringLiteral("cv1"));
            QCOMPARE(s.currentUnit, queues::kUnit);
            QCOMPARE(s.currentStep, QStringLiteral("process"));
            QCOMPARE(s.fieldCode, QStringLiteral("G09-TP02"));
            QCOMPARE(s.stepDueAt, vntime::fromCivil(QDate(2026, 11, 23), QTime(10, 0)));
        }
        QVERIFY(found);
    }

    void specialistQueues()
    {
        const User cv1 = queues::specialist();
        const QDateTime now = queues::friday();
        // B waits unassigned for any specialist of the unit; J waits for the head of unit, L in
        // another unit, C is cv2's.
        QCOMPARE(members(cv1, Queue::NewToMe, now), list({1, 2, 4, 5}));
        QCOMPARE(members(cv1, Queue::InProgress, now), QStringList());
        QCOMPARE(members(cv1, Queue::DueSoon, now), list({4}));
        QCOMPARE(members(cv1, Queue::Overdue, now), list({5}));
        QCOMPARE(members(cv1, Queue::WaitingForCitizen, now), list({6}));
        QCOMPARE(members(cv1, Queue::ReadyToReturn, now), list({7}));
        QCOMPARE(members(cv1, Queue::Returned, now), list({8}));
        QCOMPARE(members(cv1, Queue::Withdrawn, now), QStringList());

        // Opening A moves it from "new" to "in progress"; an older version opened changes
        // nothing; a new version (someone acted on it) makes it new again.
        QVERIFY(m_store->markSeen(QStringLiteral("cv1"), queues::code(1), 3));
        QCOMPARE(members(cv1, Queue::NewToMe, now), list({2, 4, 5}));
        QCOMPARE(members(cv1, Queue::InProgress, now), list({1}));
        QVERIFY(m_store->markSeen(QStringLiteral("cv1"), queues::code(1), 2));
        QCOMPARE(m_store->seenVersion(QStringLiteral("cv1"), queues::code(1)), qint64(3));
        QCOMPARE(members(cv1, Queue::InProgress, now), list({1}));
        Dossier a = *m_store->dossier(queues::code(1));
        a.version = 4;
        QVERIFY(m_store->saveDossier(a, false));
        QCOMPARE(members(cv1, Queue::NewToMe, now), list({1, 2, 4, 5}));
        // Seen is per user.
        QCOMPARE(members(queues::specialist(QStringLiteral("cv2")), Queue::NewToMe, now),
                 list({2, 3}));

        // A withdrawn dossier he once opened is in his "withdrawn" list.
        QVERIFY(m_store->markSeen(QStringLiteral("cv1"), queues::code(9), 1));
        QCOMPARE(members(cv1, Queue::Withdrawn, now), list({9}));

        // The unit's unassigned dossier waiting for a supplement he asked for is his to watch.
        Dossier b = *m_store->dossier(queues::code(2));
        b.status = DossierStatus::SupplementRequested;
        QVERIFY(m_store->saveDossier(b, false));
        QCOMPARE(members(cv1, Queue::WaitingForCitizen, now), list({2, 6}));
        b.status = DossierStatus::InProgress;
        QVERIFY(m_store->saveDossier(b, false));

        // Time moves: on Monday at 10:30 D is overdue too.
        const QDateTime monday = vntime::fromCivil(QDate(2026, 11, 23), QTime(10, 30));
        QCOMPARE(members(cv1, Queue::Overdue, monday), list({4, 5}));
        QCOMPARE(members(cv1, Queue::DueSoon, monday), list({1, 2})); // Tuesday 10:00
    }

    void leaderQueues()
    {
        const User ld = queues::leader();
        const QDateTime now = queues::friday();
        QCOMPARE(members(ld, Queue::NewToMe, now), list({10}));
        QCOMPARE(members(ld, Queue::ToAssign, now), list({2, 10}));
        QCOMPARE(members(ld, Queue::InProgress, now), list({1, 2, 3, 4, 5, 10}));
        QCOMPARE(members(ld, Queue::DueSoon, now), list({4}));
        QCOMPARE(members(ld, Queue::Overdue, now), list({5}));
        QCOMPARE(members(ld, Queue::WaitingForCitizen, now), list({6}));
        QCOMPARE(members(ld, Queue::ReadyToReturn, now), list({7}));
        QCOMPARE(members(ld, Queue::Returned, now), list({8}));
        QCOMPARE(members(ld, Queue::Withdrawn, now), list({9}));
        QCOMPARE(WorkQueues::queuesFor(WorkQueues::perspectiveOf(ld)).first(), Queue::NewToMe);
        QVERIFY(WorkQueues::queuesFor(WorkQueues::perspectiveOf(ld)).contains(Queue::ToAssign));
    }

    void receptionistQueues()
    {
        const User tn = queues::receptionist();
        const QDateTime now = queues::friday();
        QCOMPARE(WorkQueues::perspectiveOf(tn), LocalStore::QueuePerspective::Counter);
        QVERIFY(!WorkQueues::hasWorkQueues(tn));
        QCOMPARE(members(tn, Queue::ReceivedToday, now), list({11}));
        QCOMPARE(members(tn, Queue::WaitingForCitizen, now), list({6}));
        QCOMPARE(members(tn, Queue::ReadyToReturn, now), list({7}));
        QCOMPARE(members(tn, Queue::Returned, now), list({8}));
        QCOMPARE(members(tn, Queue::Withdrawn, now), list({9}));
        // The next day nothing was received "today".
        QCOMPARE(members(tn, Queue::ReceivedToday, now.addDays(1)), QStringList());
    }

    void dueSoonCountsWorkingHoursOverAHoliday()
    {
        // Thursday 31 December 2026, 15:00: New Year's Day is a holiday and then a weekend, so
        // a step due Monday 4 January at 10:00 is within 8 working hours; one due Monday at
        // 16:00 is not (2 h on Thursday + 6 h on Monday end at 15:30 with 7:30–11:30,
        // 13:30–17:00 periods).
        const QDateTime now = vntime::fromCivil(QDate(2026, 12, 31), QTime(15, 0));
        const WorkingCalendar calendar;
        QVERIFY(!calendar.isWorkingDay(QDate(2027, 1, 1)));
        QList<Dossier> more{
            queues::running(21, QStringLiteral("process"), queues::kUnit, QStringLiteral("cv1"),
                            vntime::fromCivil(QDate(2027, 1, 4), QTime(10, 0)),
                            QStringLiteral("Trịnh Văn Tết")),
            queues::running(22, QStringLiteral("process"), queues::kUnit, QStringLiteral("cv1"),
                            vntime::fromCivil(QDate(2027, 1, 4), QTime(16, 0)),
                            QStringLiteral("Trịnh Văn Xuân")),
        };
        for (Dossier& d : more)
            d.appointmentAt = vntime::fromCivil(QDate(2027, 1, 15), QTime(17, 0));
        QVERIFY(m_store->saveDossiers(more, false));
        const QDateTime until = WorkingHours::after(calendar, now, 8);
        QVERIFY2(until >= vntime::fromCivil(QDate(2027, 1, 4), QTime(10, 0)) &&
                     until < vntime::fromCivil(QDate(2027, 1, 4), QTime(16, 0)),
                 qPrintable(until.toString(Qt::ISODate)));
        QCOMPARE(members(queues::specialist(), Queue::DueSoon, now), list({21}));
        // A setting of 16 working hours reaches Tuesday.
        QCOMPARE(members(queues::specialist(), Queue::DueSoon, now,
                         LocalStore::QueueSort::ReceivedOldest,
                         [&](LocalStore::QueueQuery& q) {
                             q.dueSoonUntil = WorkingHours::after(calendar, now, 16);
                         }),
                 list({21, 22}));
    }

    void filtersSearchAndOrder()
    {
        const User ld = queues::leader();
        const QDateTime now = queues::friday();
        auto with = [&](std::function<void(LocalStore::QueueQuery&)> f) {
            return members(ld, Queue::InProgress, now, LocalStore::QueueSort::ReceivedOldest, f);
        };
        QCOMPARE(with([](auto& q) { q.fieldCode = QStringLiteral("G09-TP02"); }).size(), 6);
        QCOMPARE(with([](auto& q) { q.fieldCode = QStringLiteral("G01-XX"); }), QStringList());
        QCOMPARE(with([](auto& q) { q.procedureCode = QStringLiteral("1.001193"); }).size(), 6);
        QCOMPARE(with([](auto& q) { q.procedureCode = QStringLiteral("2.000001"); }),
                 QStringList());
        // Accent-insensitive, word prefixes, any order.
        QCOMPARE(with([](auto& q) { q.text = QStringLiteral("dung pham"); }), list({4}));
        QCOMPARE(with([](auto& q) { q.text = QStringLiteral("Phạm Thị Dung"); }), list({4}));
        QCOMPARE(with([](auto& q) { q.text = QStringLiteral("kim"); }), list({10}));
        QCOMPARE(with([](auto& q) { q.text = QStringLiteral("zzz"); }), QStringList());
        QCOMPARE(with([](auto& q) { q.text = QStringLiteral("--"); }), QStringList());
        // By receipt date (all of them were received on Monday 16 November).
        QCOMPARE(with([](auto& q) { q.receivedFrom = QDate(2026, 11, 17); }), QStringList());
        QCOMPARE(with([](auto& q) {
                     q.receivedFrom = QDate(2026, 11, 16);
                     q.receivedTo = QDate(2026, 11, 16);
                 }).size(),
                 6);
        // A capped count stops early (the counts beside the queues on a large store).
        {
            auto q = WorkQueues::query(Queue::InProgress, LocalStore::QueuePerspective::Leader, ld,
                                       now, now);
            q.countLimit = 2;
            QCOMPARE(m_store->queueCount(q), 2);
            q.countLimit = 0;
            QCOMPARE(m_store->queueCount(q), 6);
        }
        // Deadline first (the step's), then newest received among equal deadlines.
        QCOMPARE(members(ld, Queue::InProgress, now, LocalStore::QueueSort::Deadline),
                 list({5, 4, 10, 3, 2, 1}));
        QCOMPARE(members(ld, Queue::InProgress, now, LocalStore::QueueSort::ReceivedNewest),
                 list({10, 5, 4, 3, 2, 1}));
        QCOMPARE(members(ld, Queue::InProgress, now, LocalStore::QueueSort::ReceivedOldest,
                         [](auto& q) { q.limit = 2; })
                     .first(2),
                 list({1, 2}));
    }

    void markSeenNeedsAUserAndACode()
    {
        QCOMPARE(m_store->markSeen(QString(), queues::code(1), 1).error().code,
                 QStringLiteral("store.invalid_argument"));
        QVERIFY(!m_store->seenVersion(QStringLiteral("cv1"), queues::code(1)));
    }

    void rowsOfSchemaOneAreFilledWhenTheStoreOpens()
    {
        const QString path = m_store->filePath();
        m_store.reset();
        {
            // What schema 1 left behind: the columns NULL, and no "filled" mark.
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "raw");
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec("UPDATE dossiers SET current_unit = NULL, current_step = NULL, "
                           "step_role = NULL, assignee = NULL, step_due_at = NULL, "
                           "field_code = NULL"));
            QVERIFY(q.exec("DELETE FROM meta WHERE key = 'store.queue_columns'"));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase("raw");
        auto opened = LocalStore::open(path);
        QVERIFY(opened);
        m_store = std::move(*opened);
        QCOMPARE(m_store->meta(QStringLiteral("store.queue_columns")), QByteArray("1"));
        const User ld = queues::leader();
        QCOMPARE(members(ld, Queue::InProgress, queues::friday()), list({1, 2, 3, 4, 5, 10}));
        QCOMPARE(members(ld, Queue::ToAssign, queues::friday()), list({2, 10}));
        QCOMPARE(members(queues::specialist(), Queue::DueSoon, queues::friday()), list({4}));
        // Once: a later open does not read every document again.
        QCOMPARE(*m_store->fillQueueColumns(), 0);
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

QTEST_GUILESS_MAIN(TstQueueStore)
#include "tst_queuestore.moc"
