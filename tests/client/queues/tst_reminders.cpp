// Reminders with a fixed clock: newly assigned, due soon and overdue dossiers are reminded once
// each per state, never again after a restart (the store remembers) nor before the store has the
// list (its write queued), and again when the dossier comes back in a new step; a click on the
// notification opens the dossier.

#include "QueueSamples.h"
#include "core/VnTime.h"
#include "gui/notify/Reminders.h"
#include "gui/notify/TrayNotifier.h"

#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;
using Kind = Reminders::Kind;

class TstReminders : public QObject {
    Q_OBJECT
private:
    // kind → codes of every reminder in the spy.
    static QMap<Kind, QStringList> byKind(const QSignalSpy& spy)
    {
        QMap<Kind, QStringList> out;
        for (const QList<QVariant>& args : spy) {
            QStringList codes;
            for (const QString& c : args.at(1).toStringList())
                codes << QString::number(c.right(4).toInt());
            out[args.at(0).value<Kind>()] << codes;
        }
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

    void remindsOncePerStateAndNotAfterARestart()
    {
        QDateTime now = queues::friday();
        {
            Reminders r(*m_store, queues::specialist());
            r.setClock([&] { return now; });
            QSignalSpy spy(&r, &Reminders::reminder);
            r.check();
            auto got = byKind(spy);
            // By deadline, the most pressing first.
            QCOMPARE(got.value(Kind::NewlyAssigned), (QStringList{"5", "4", "2", "1"}));
            QCOMPARE(got.value(Kind::DueSoon), QStringList{"4"});
            QCOMPARE(got.value(Kind::Overdue), QStringList{"5"});
            // One reminder per kind, with words for the user.
            QCOMPARE(spy.size(), 3);
            QVERIFY(spy.first().at(2).toString().contains(u'4'));
            QVERIFY(spy.first().at(3).toString().contains(queues::code(1)));

            // Nothing changed: nothing again.
            spy.clear();
            r.check();
            QCOMPARE(spy.size(), 0);

            // Monday 10:30: D became overdue, A/B due soon (Tuesday 10:00). E stays overdue
            // and is not repeated.
            now = vntime::fromCivil(QDate(2026, 11, 23), QTime(10, 30));
            r.check();
            got = byKind(spy);
            QCOMPARE(got.value(Kind::Overdue), QStringList{"4"});
            QCOMPARE(got.value(Kind::DueSoon), (QStringList{"2", "1"}));
            QVERIFY(!got.contains(Kind::NewlyAssigned));
        }
        {
            // A restart (a new Reminders on the same store): nothing repeats.
            Reminders r(*m_store, queues::specialist());
            r.setClock([&] { return now; });
            QSignalSpy spy(&r, &Reminders::reminder);
            r.check();
            QCOMPARE(spy.size(), 0);

            // C is given to cv1 in a new step: new to him, reminded.
            Dossier c = *m_store->dossier(queues::code(3));
            c.assignee = QStringLiteral("cv1");
            c.version = 4;
            c.stepDeadlines.append(StepDeadline{
                QStringLiteral("process"), QStringLiteral("cv1"), now, now.addDays(7), {}});
            QVERIFY(m_store->saveDossier(c, false));
            r.check();
            QCOMPARE(byKind(spy).value(Kind::NewlyAssigned), QStringList{"3"});
        }
        // Another user has his own memory.
        Reminders other(*m_store, queues::leader());
        other.setClock([&] { return now; });
        QSignalSpy spy(&other, &Reminders::reminder);
        other.check();
        QCOMPARE(byKind(spy).value(Kind::NewlyAssigned), QStringList{"10"});
    }

    void aSecondCheckBeforeTheWriteLandsRepeatsNothing()
    {
        // As in the application: the setting write is only queued (for the store's writer
        // thread), so the store still has the old list when the next check runs.
        QList<QStringList> queued;
        Reminders r(
            *m_store,
            [&queued](const QString&, const QVariant& value) {
                queued.append(value.toStringList());
            },
            queues::specialist());
        QDateTime now = queues::friday();
        r.setClock([&] { return now; });
        QSignalSpy spy(&r, &Reminders::reminder);
        r.check();
        QCOMPARE(spy.size(), 3);
        QCOMPARE(queued.size(), 1);
        QVERIFY(!m_store->setting(Reminders::settingKey(queues::specialist().username)).isValid());

        spy.clear();
        r.check();
        QCOMPARE(spy.size(), 0);
        QCOMPARE(queued.size(), 1); // nothing new to write either

        // What is new since is still told, and the new list is handed over to be written.
        now = vntime::fromCivil(QDate(2026, 11, 23), QTime(10, 30));
        r.check();
        QCOMPARE(byKind(spy).value(Kind::Overdue), QStringList{"4"});
        QCOMPARE(queued.size(), 2);
    }

    void theTimerChecksForDeadlinesCrossed()
    {
        QDateTime now = queues::friday();
        Reminders r(*m_store, queues::specialist());
        r.setClock([&] { return now; });
        r.check();
        QSignalSpy spy(&r, &Reminders::reminder);
        now = vntime::fromCivil(QDate(2026, 11, 23), QTime(10, 30));
        r.setInterval(10);
        QTRY_VERIFY(byKind(spy).value(Kind::Overdue).contains(QStringLiteral("4")));
        r.setInterval(0);
    }

    void aClickOpensTheDossier()
    {
        QStatusBar bar;
        TrayNotifier notifier(&bar);
        QSignalSpy open(&notifier, &TrayNotifier::openDossier);
        notifier.show(Kind::Overdue, {queues::code(5), queues::code(4)},
                      QStringLiteral("2 overdue"), QStringLiteral("…"));
        if (!notifier.usesTray()) // offscreen: no tray, the status bar tells
            QVERIFY(bar.currentMessage().contains(QStringLiteral("2 overdue")));
        notifier.activateLast();
        QCOMPARE(open.size(), 1);
        QCOMPARE(open.first().first().toString(), queues::code(5));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<LocalStore> m_store;
};

QTEST_MAIN(TstReminders)
#include "tst_reminders.moc"
