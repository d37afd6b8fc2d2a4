// Work queues on a large store: seeds N dossiers (default 200,000) spread over four units,
// twenty officers and every status, then measures
//  - opening a store whose rows were written by schema 1 (the queue columns filled from the
//    documents once),
//  - the counts of every queue of an officer, a head of unit and the counter,
//  - a QueuePanel::refresh() (all counts and the open list, 500 rows) for each of them.
// Run offscreen: QT_QPA_PLATFORM=offscreen motcua-bench-queues [--count N] [--file PATH]

#include "QueueSamples.h"
#include "core/VnTime.h"
#include "core/store/LocalStore.h"
#include "gui/queues/QueueModel.h"
#include "gui/queues/QueuePanel.h"
#include "gui/queues/WorkQueues.h"
#include "gui/queues/WorkingHours.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

using namespace motcua;
using namespace motcua::client;
using namespace motcua::test;

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({"count", "dossiers to seed (default 200000)", "N", "200000"});
    parser.addOption(
        {"file", "store file (default: a temporary one); reused if it exists", "PATH"});
    parser.process(app);
    const int count = parser.value("count").toInt();
    QTemporaryDir tmp;
    const QString path =
        parser.isSet("file") ? parser.value("file") : tmp.filePath("bench-queues.sqlite");
    QTextStream out(stdout);
    const QStringList units{queues::kUnit, QStringLiteral("Văn hóa - Xã hội"),
                            QStringLiteral("Kinh tế - Hạ tầng - Đô thị"),
                            QStringLiteral("Lãnh đạo UBND")};
    const QDateTime now = vntime::now();
    {
        auto opened = LocalStore::open(path);
        if (!opened) {
            out << "cannot open " << path << "\n";
            return 1;
        }
        auto& store = **opened;
        if (!queues::fill(store))
            return 1;
        const int existing = store.dossierCount();
        QRandomGenerator rng(20261122);
        QElapsedTimer seed;
        seed.start();
        QList<Dossier> batch;
        for (int n = existing; n < count; ++n) {
            const QString unit = units.at(rng.bounded(int(units.size())));
            const int officer = rng.bounded(20);
            const QString assignee = rng.bounded(5) == 0
                                         ? QString()
                                         : QStringLiteral("cv%1").arg(officer == 1 ? 0 : officer);
            // ~2 years of dossiers, the older ones mostly returned.
            const qint64 ageSecs = qint64(rng.bounded(2 * 365 * 24)) * 3600;
            Dossier d = queues::running(0, QStringLiteral("process"), unit, assignee,
                                        now.addSecs(-ageSecs + 5 * 86400),
                                        QStringLiteral("Nguyễn Văn %1").arg(n));
            d.code = QStringLiteral("000.00.53.H48-%1-%2")
                         .arg(vntime::civilDate(now.addSecs(-ageSecs)).toString("yyMMdd"))
                         .arg(n, 6, 10, QChar(u'0'));
            d.receivedAt = now.addSecs(-ageSecs);
            d.appointmentAt = d.receivedAt.addDays(10);
            const int roll = rng.bounded(100);
            if (ageSecs > 30LL * 86400 || roll < 70) {
                d.status = roll < 3 ? DossierStatus::Withdrawn : DossierStatus::Returned;
                d.stepDeadlines.first().finishedAt = d.receivedAt.addDays(3);
                d.finishedAt = d.receivedAt.addDays(3);
            } else if (roll < 80) {
                d.status = DossierStatus::SupplementRequested;
            } else if (roll < 88) {
                d.status = DossierStatus::Finished;
                d.stepDeadlines.first().finishedAt = d.receivedAt.addDays(3);
                d.finishedAt = d.receivedAt.addDays(3);
            }
            batch.append(d);
            if (batch.size() == 2000) {
                if (!store.saveDossiers(batch, false))
                    return 1;
                batch.clear();
            }
        }
        if (!batch.isEmpty() && !store.saveDossiers(batch, false))
            return 1;
        out << "store: " << store.dossierCount() << " dossiers (seeded in "
            << seed.elapsed() / 1000.0 << " s)\n";
    }
    {
        // What schema 1 left behind: no queue columns.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), "raw");
        db.setDatabaseName(path);
        if (!db.open())
            return 1;
        QSqlQuery q(db);
        q.exec("UPDATE dossiers SET current_unit = NULL, current_step = NULL, step_role = NULL, "
               "assignee = NULL, step_due_at = NULL, field_code = NULL");
        q.exec("DELETE FROM meta WHERE key = 'store.queue_columns'");
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase("raw");

    QElapsedTimer t;
    t.start();
    auto opened = LocalStore::open(path);
    if (!opened)
        return 1;
    out << "open after the schema-2 migration (queue columns filled): " << t.elapsed() << " ms\n";
    auto& store = **opened;
    t.restart();
    auto again = LocalStore::open(path); // a second instance, as the sync thread's
    out << "open again: " << t.elapsed() << " ms\n";

    const QList<std::pair<const char*, User>> users{
        {"officer", queues::specialist(QStringLiteral("cv3"))},
        {"head of unit", queues::leader()},
        {"counter", queues::receptionist()}};
    for (const auto& [label, user] : users) {
        const auto perspective = WorkQueues::perspectiveOf(user);
        const QDateTime until = WorkingHours::after(WorkingCalendar(), now, 8);
        t.restart();
        QStringList counts;
        for (const auto queue : WorkQueues::queuesFor(perspective)) {
            QElapsedTimer one;
            one.start();
            const int n = store.queueCount(WorkQueues::query(queue, perspective, user, now, until));
            counts << QStringLiteral("%1=%2 (%3 ms)")
                          .arg(WorkQueues::key(queue))
                          .arg(n)
                          .arg(one.nsecsElapsed() / 1e6, 0, 'f', 1);
        }
        out << label << ": all counts in " << t.nsecsElapsed() / 1e6 << " ms: " << counts.join(", ")
            << "\n";
        QueuePanel panel(store, user, perspective);
        for (const auto queue : WorkQueues::queuesFor(perspective)) {
            panel.showQueue(queue);
            panel.refresh();
            out << "  refresh with " << WorkQueues::key(queue) << " open ("
                << panel.model()->rowCount() << " rows): " << panel.lastRefreshMs() << " ms\n";
        }
    }
    return 0;
}
