#include "TestDates.h"
#include "code/InMemorySequenceAllocator.h"
#include "code/ReservedBlockPool.h"

#include <algorithm>
#include <memory>

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSet>
#include <QtTest>

using namespace motcua;
using motcua::test::d;

namespace {
const QString kAgency = QStringLiteral("000.00.53.H48");
const QString kOther = QStringLiteral("000.00.12.H62");
const QDate kDay = d(2026, 3, 2);
} // namespace

class TstReservedBlockPool : public QObject {
    Q_OBJECT
private slots:
    void spendsABlockInOrder()
    {
        ReservedBlockPool pool;
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 101, 3}).ok());
        QCOMPARE(pool.remaining(kAgency, kDay), 3);
        QCOMPARE(*pool.next(kAgency, kDay), 101);
        QCOMPARE(*pool.next(kAgency, kDay), 102);
        QCOMPARE(pool.remaining(kAgency, kDay), 1);
        QCOMPARE(pool.nextCode(kAgency, kDay)->toString(),
                 QStringLiteral("000.00.53.H48-260302-0103"));
        QCOMPARE(pool.remaining(kAgency, kDay), 0);
        const Expected<int> none = pool.next(kAgency, kDay);
        QCOMPARE(none.error().code, QStringLiteral("codes.no_reserved_numbers"));
        QVERIFY(none.error().message.contains(kAgency));
    }

    void noBlockForThatAgencyOrDay()
    {
        ReservedBlockPool pool;
        QCOMPARE(pool.next(kAgency, kDay).error().code,
                 QStringLiteral("codes.no_reserved_numbers"));
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 1, 5}).ok());
        QCOMPARE(pool.next(kOther, kDay).error().code, QStringLiteral("codes.no_reserved_numbers"));
        QCOMPARE(pool.next(kAgency, kDay.addDays(1)).error().code,
                 QStringLiteral("codes.no_reserved_numbers"));
        QCOMPARE(pool.remaining(kAgency, kDay.addDays(1)), 0);
        QCOMPARE(pool.next(QStringLiteral("bad"), kDay).error().code,
                 QStringLiteral("codes.bad_agency"));
        QCOMPARE(pool.remaining(kAgency, kDay), 5);
    }

    void blocksAreSpentLowestFirst()
    {
        ReservedBlockPool pool;
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 201, 2}).ok());
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 101, 2}).ok());
        QVERIFY(pool.addBlock(CodeBlock{kOther, kDay, 1, 2}).ok());
        QList<int> got;
        while (true) {
            const Expected<int> n = pool.next(kAgency, kDay);
            if (!n)
                break;
            got << *n;
        }
        QCOMPARE(got, (QList<int>{101, 102, 201, 202}));
        QCOMPARE(pool.remaining(kOther, kDay), 2);
    }

    void overlappingOrInvalidBlocksAreRefused()
    {
        ReservedBlockPool pool;
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 101, 50}).ok());
        (void)pool.next(kAgency, kDay);
        // The same block sent again must not reset what was used.
        QCOMPARE(pool.addBlock(CodeBlock{kAgency, kDay, 101, 50}).error().code,
                 QStringLiteral("codes.block_overlap"));
        QCOMPARE(pool.addBlock(CodeBlock{kAgency, kDay, 150, 10}).error().code,
                 QStringLiteral("codes.block_overlap"));
        QCOMPARE(pool.addBlock(CodeBlock{kAgency, kDay, 1, 101}).error().code,
                 QStringLiteral("codes.block_overlap"));
        QCOMPARE(pool.remaining(kAgency, kDay), 49);
        // Same numbers on another day or for another agency are different codes.
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay.addDays(1), 101, 50}).ok());
        QVERIFY(pool.addBlock(CodeBlock{kOther, kDay, 101, 50}).ok());
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 151, 10}).ok()); // adjacent is fine

        QCOMPARE(pool.addBlock(CodeBlock{kAgency, kDay, 0, 5}).error().code,
                 QStringLiteral("codes.bad_block"));
        QCOMPARE(pool.addBlock(CodeBlock{kAgency, kDay, 9999, 2}).error().code,
                 QStringLiteral("codes.bad_block"));
        QCOMPARE(pool.addBlock(CodeBlock{kAgency, kDay, 1, 0}).error().code,
                 QStringLiteral("codes.bad_block"));
        QCOMPARE(pool.addBlock(CodeBlock{QStringLiteral("x"), kDay, 1, 5}).error().code,
                 QStringLiteral("codes.bad_agency"));
        QCOMPARE(pool.addBlock(CodeBlock{kAgency, QDate(), 1, 5}).error().code,
                 QStringLiteral("codes.bad_day"));
    }

    void saveAndRestoreContinueWhereItStopped()
    {
        ReservedBlockPool pool;
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 101, 5}).ok());
        QVERIFY(pool.addBlock(CodeBlock{kOther, kDay, 1, 3}).ok());
        QCOMPARE(*pool.next(kAgency, kDay), 101);
        QCOMPARE(*pool.next(kAgency, kDay), 102);
        const QByteArray saved = pool.saveState();

        ReservedBlockPool restarted;
        QVERIFY(restarted.restoreState(saved).ok());
        QCOMPARE(restarted.entries(), pool.entries());
        QCOMPARE(*restarted.next(kAgency, kDay), 103);
        QCOMPARE(restarted.remaining(kAgency, kDay), 2);
        QCOMPARE(restarted.remaining(kOther, kDay), 3);
        // And the server resending the block after the restart changes nothing.
        QCOMPARE(restarted.addBlock(CodeBlock{kAgency, kDay, 101, 5}).error().code,
                 QStringLiteral("codes.block_overlap"));

        const QJsonObject root = QJsonDocument::fromJson(saved).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(),
                 QStringLiteral("motcua.reservedBlocks"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 1);
    }

    void entriesAndRestore()
    {
        ReservedBlockPool pool;
        const QList<ReservedBlockPool::Entry> entries{
            {CodeBlock{kAgency, kDay, 201, 10}, 10},
            {CodeBlock{kAgency, kDay, 101, 10}, 4},
        };
        QVERIFY(pool.restore(entries).ok());
        QCOMPARE(pool.entries().first().block.first, 101); // sorted
        QCOMPARE(*pool.next(kAgency, kDay), 105);
        QCOMPARE(pool.remaining(kAgency, kDay), 5);

        // Refused as a whole; the pool keeps its state.
        const QList<ReservedBlockPool::Entry> overlapping{{CodeBlock{kAgency, kDay, 1, 10}, 0},
                                                          {CodeBlock{kAgency, kDay, 10, 10}, 0}};
        QCOMPARE(pool.restore(overlapping).error().code, QStringLiteral("codes.bad_state"));
        const Status usedTooMany = pool.restore({{CodeBlock{kAgency, kDay, 1, 10}, 11}});
        QCOMPARE(usedTooMany.error().code, QStringLiteral("codes.bad_state"));
        QCOMPARE(usedTooMany.error().path, QStringLiteral("blocks[0]"));
        QCOMPARE(pool.restore({{CodeBlock{kAgency, kDay, 1, 10}, -1}}).error().code,
                 QStringLiteral("codes.bad_state"));
        QCOMPARE(pool.restore({{CodeBlock{kAgency, kDay, 0, 10}, 0}}).error().code,
                 QStringLiteral("codes.bad_state"));
        QCOMPARE(pool.remaining(kAgency, kDay), 5);
        QVERIFY(pool.restore({}).ok());
        QCOMPARE(pool.remaining(kAgency, kDay), 0);
    }

    void malformedStateIsRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = R"({"format":"motcua.reservedBlocks","version":1,"blocks":[)";
        const auto with = [&](const char* block) {
            return good + block + "]}";
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no format") << QByteArray(R"({"version":1,"blocks":[]})");
        QTest::newRow("wrong format") << QByteArray(R"({"format":"x","version":1,"blocks":[]})");
        QTest::newRow("version 2")
            << QByteArray(R"({"format":"motcua.reservedBlocks","version":2,"blocks":[]})");
        QTest::newRow("version as string")
            << QByteArray(R"({"format":"motcua.reservedBlocks","version":"1","blocks":[]})");
        QTest::newRow("no blocks")
            << QByteArray(R"({"format":"motcua.reservedBlocks","version":1})");
        QTest::newRow("block not object") << with("1");
        QTest::newRow("bad agency")
            << with(R"({"agencyId":"x","day":"2026-03-02","first":1,"count":5,"used":0})");
        QTest::newRow("agency not string")
            << with(R"({"agencyId":5,"day":"2026-03-02","first":1,"count":5,"used":0})");
        QTest::newRow("bad day") << with(
            R"({"agencyId":"000.00.53.H48","day":"2026-3-2","first":1,"count":5,"used":0})");
        QTest::newRow("impossible day") << with(
            R"({"agencyId":"000.00.53.H48","day":"2026-02-30","first":1,"count":5,"used":0})");
        QTest::newRow("first 0") << with(
            R"({"agencyId":"000.00.53.H48","day":"2026-03-02","first":0,"count":5,"used":0})");
        QTest::newRow("huge count") << with(
            R"({"agencyId":"000.00.53.H48","day":"2026-03-02","first":1,"count":1e300,"used":0})");
        QTest::newRow("fractional used") << with(
            R"({"agencyId":"000.00.53.H48","day":"2026-03-02","first":1,"count":5,"used":1.5})");
        QTest::newRow("negative used") << with(
            R"({"agencyId":"000.00.53.H48","day":"2026-03-02","first":1,"count":5,"used":-1})");
        QTest::newRow("used over count") << with(
            R"({"agencyId":"000.00.53.H48","day":"2026-03-02","first":1,"count":5,"used":6})");
        QTest::newRow("past 9999") << with(
            R"({"agencyId":"000.00.53.H48","day":"2026-03-02","first":9998,"count":5,"used":0})");
        QTest::newRow("missing used")
            << with(R"({"agencyId":"000.00.53.H48","day":"2026-03-02","first":1,"count":5})");
        QTest::newRow("overlap") << with(
            R"({"agencyId":"000.00.53.H48","day":"2026-03-02","first":1,"count":5,"used":0},)"
            R"({"agencyId":"000.00.53.H48","day":"2026-03-02","first":5,"count":5,"used":0})");
    }
    void malformedStateIsRefused()
    {
        QFETCH(QByteArray, json);
        ReservedBlockPool pool;
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 500, 5}).ok());
        const Status s = pool.restoreState(json);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, QStringLiteral("codes.bad_state"));
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(pool.remaining(kAgency, kDay), 5); // unchanged
    }

    // The guarantee that matters: with the hook saving after every allocation, crashing at any
    // point and restarting from the last save never hands out a number twice.
    void crashesAndRestartsNeverReuseANumber()
    {
        QRandomGenerator rng(31337);
        QByteArray disk;
        const auto makePool = [&disk] {
            auto pool = std::make_unique<ReservedBlockPool>();
            if (!disk.isEmpty())
                [&] {
                    QVERIFY(pool->restoreState(disk).ok());
                }();
            pool->setPersistHook([&disk](const QByteArray& state) {
                disk = state;
                return success();
            });
            return pool;
        };
        InMemorySequenceAllocator server;
        auto pool = makePool();
        QSet<int> handedOut;
        int restarts = 0;
        for (int step = 0; step < 3000; ++step) {
            const int action = rng.bounded(20);
            if (action == 0) { // the server sends a new block
                const Expected<CodeBlock> b = server.reserve(kAgency, kDay, rng.bounded(1, 20));
                if (b.ok())
                    QVERIFY(pool->addBlock(*b).ok());
            } else if (action == 1) { // crash and restart from disk
                pool = makePool();
                ++restarts;
            } else if (action == 2) { // the server also numbers dossiers of its own
                const Expected<int> n = server.next(kAgency, kDay);
                if (n.ok())
                    QVERIFY2(!handedOut.contains(*n), "server reused a reserved number");
                if (n.ok())
                    handedOut.insert(*n);
            } else {
                const Expected<int> n = pool->next(kAgency, kDay);
                if (n.ok()) {
                    QVERIFY2(!handedOut.contains(*n), qPrintable(QString::number(*n)));
                    handedOut.insert(*n);
                } else {
                    QCOMPARE(n.error().code, QStringLiteral("codes.no_reserved_numbers"));
                }
            }
        }
        QVERIFY(restarts > 50);
        QVERIFY(handedOut.size() > 500);
    }

    void failedSaveSkipsTheNumberForGood()
    {
        ReservedBlockPool pool;
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 1, 10}).ok());
        bool diskFull = true;
        QByteArray disk;
        pool.setPersistHook([&](const QByteArray& state) -> Status {
            if (diskFull)
                return Error{QStringLiteral("io.disk_full"), QStringLiteral("disk full"), {}};
            disk = state;
            return success();
        });
        const Expected<int> failed = pool.next(kAgency, kDay);
        QCOMPARE(failed.error().code, QStringLiteral("codes.persist_failed"));
        QVERIFY(failed.error().message.contains(QStringLiteral("disk full")));
        diskFull = false;
        QCOMPARE(*pool.next(kAgency, kDay), 2); // 1 is burnt, never handed out
        ReservedBlockPool restarted;
        QVERIFY(restarted.restoreState(disk).ok());
        QCOMPARE(*restarted.next(kAgency, kDay), 3);

        // A block whose save fails is not added.
        diskFull = true;
        QCOMPARE(pool.addBlock(CodeBlock{kAgency, kDay, 100, 10}).error().code,
                 QStringLiteral("codes.persist_failed"));
        QCOMPARE(pool.remaining(kAgency, kDay), 8);
    }

    void discardBeforeDropsPastDays()
    {
        ReservedBlockPool pool;
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay.addDays(-1), 1, 10}).ok());
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 1, 10}).ok());
        pool.discardBefore(kDay);
        QCOMPARE(pool.remaining(kAgency, kDay.addDays(-1)), 0);
        QCOMPARE(pool.remaining(kAgency, kDay), 10);
        QCOMPARE(pool.entries().size(), 1);
    }

    void concurrentDrainHandsEachNumberOnce()
    {
        ReservedBlockPool pool;
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 1, 400}).ok());
        QVERIFY(pool.addBlock(CodeBlock{kAgency, kDay, 1001, 600}).ok());
        int saves = 0;
        pool.setPersistHook([&saves](const QByteArray&) {
            ++saves; // called under the pool's lock: no data race
            return success();
        });
        constexpr int kThreads = 4;
        QList<QList<int>> got(kThreads);
        QAtomicInt failures = 0;
        QList<QThread*> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.append(QThread::create([&, t] {
                for (int i = 0; i < 300; ++i) {
                    const Expected<int> n = pool.next(kAgency, kDay);
                    if (n.ok())
                        got[t].append(*n);
                    else
                        failures.ref();
                }
            }));
        }
        for (QThread* t : threads)
            t->start();
        for (QThread* t : threads) {
            t->wait();
            delete t;
        }
        QList<int> all;
        for (const QList<int>& g : got)
            all += g;
        std::sort(all.begin(), all.end());
        QCOMPARE(all.size(), 1000);
        QCOMPARE(std::adjacent_find(all.begin(), all.end()), all.end());
        QCOMPARE(all.first(), 1);
        QCOMPARE(all.last(), 1600);
        QCOMPARE(failures.loadRelaxed(), 200);
        QCOMPARE(saves, 1000);
    }

    // Seeded byte-level mutations of a valid state: never crash; whatever is accepted is valid.
    void mutatedStateNeverCorruptsThePool()
    {
        ReservedBlockPool source;
        QVERIFY(source.addBlock(CodeBlock{kAgency, kDay, 101, 50}).ok());
        QVERIFY(source.addBlock(CodeBlock{kOther, kDay, 1, 9999}).ok());
        (void)source.next(kAgency, kDay);
        const QByteArray valid = source.saveState();
        QRandomGenerator rng(5);
        for (int i = 0; i < 3000; ++i) {
            QByteArray bytes = valid;
            for (int m = rng.bounded(1, 4); m > 0; --m)
                bytes[rng.bounded(bytes.size())] = char(rng.bounded(256));
            ReservedBlockPool pool;
            if (!pool.restoreState(bytes).ok())
                continue;
            for (const ReservedBlockPool::Entry& e : pool.entries()) {
                QVERIFY(e.block.isValid());
                QVERIFY(e.used >= 0 && e.used <= e.block.count);
            }
        }
    }
};

QTEST_GUILESS_MAIN(TstReservedBlockPool)
#include "tst_reservedblockpool.moc"
