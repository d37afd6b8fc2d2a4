#include "TestDates.h"
#include "code/InMemorySequenceAllocator.h"

#include <algorithm>

#include <QRandomGenerator>
#include <QtTest>

using namespace motcua;
using motcua::test::d;

namespace {
const QString kAgency = QStringLiteral("000.00.53.H48");
const QString kOther = QStringLiteral("000.00.12.H62");
} // namespace

class TstInMemorySequenceAllocator : public QObject {
    Q_OBJECT
private slots:
    void countsFromOne()
    {
        InMemorySequenceAllocator a;
        QCOMPARE(a.issued(kAgency, d(2026, 3, 2)), 0);
        QCOMPARE(*a.next(kAgency, d(2026, 3, 2)), 1);
        QCOMPARE(*a.next(kAgency, d(2026, 3, 2)), 2);
        QCOMPARE(*a.next(kAgency, d(2026, 3, 2)), 3);
        QCOMPARE(a.issued(kAgency, d(2026, 3, 2)), 3);
    }

    void restartsPerDayAndPerAgency()
    {
        InMemorySequenceAllocator a;
        for (int i = 0; i < 5; ++i)
            (void)a.next(kAgency, d(2026, 3, 2));
        QCOMPARE(*a.next(kAgency, d(2026, 3, 3)), 1); // next day
        QCOMPARE(*a.next(kOther, d(2026, 3, 2)), 1);  // other agency
        QCOMPARE(*a.next(kAgency, d(2026, 3, 2)), 6); // untouched by the others
        QCOMPARE(*a.next(kAgency, d(2027, 3, 2)), 1); // same day-of-year, other year
    }

    void nextCodeBuildsTheDossierCode()
    {
        InMemorySequenceAllocator a;
        (void)a.next(kAgency, d(2022, 9, 21));
        const Expected<DossierCode> c = a.nextCode(kAgency, d(2022, 9, 21));
        QVERIFY(c.ok());
        QCOMPARE(c->toString(), QStringLiteral("000.00.53.H48-220921-0002"));
    }

    void badKeysConsumeNothing()
    {
        InMemorySequenceAllocator a;
        QCOMPARE(a.next(QStringLiteral("000.00.53.h48"), d(2026, 3, 2)).error().code,
                 QStringLiteral("codes.bad_agency"));
        QCOMPARE(a.next(QString(), d(2026, 3, 2)).error().code, QStringLiteral("codes.bad_agency"));
        QCOMPARE(a.next(kAgency, QDate()).error().code, QStringLiteral("codes.bad_day"));
        QCOMPARE(a.next(kAgency, d(1999, 12, 31)).error().code, QStringLiteral("codes.bad_day"));
        QCOMPARE(a.next(kAgency, d(2100, 1, 1)).error().code, QStringLiteral("codes.bad_day"));
        QCOMPARE(a.nextCode(kAgency, QDate()).error().code, QStringLiteral("codes.bad_day"));
        QCOMPARE(a.reserve(kAgency, QDate(), 5).error().code, QStringLiteral("codes.bad_day"));
        QCOMPARE(*a.next(kAgency, d(2026, 3, 2)), 1);
    }

    void reservedBlocksAreNeverHandedOutAgain()
    {
        InMemorySequenceAllocator a;
        const QDate day = d(2026, 3, 2);
        for (int i = 0; i < 3; ++i)
            (void)a.next(kAgency, day);
        const Expected<CodeBlock> b = a.reserve(kAgency, day, 10);
        QVERIFY(b.ok());
        QCOMPARE(*b, (CodeBlock{kAgency, day, 4, 10}));
        QCOMPARE(*a.next(kAgency, day), 14);
        const Expected<CodeBlock> b2 = a.reserve(kAgency, day, 1);
        QCOMPARE(*b2, (CodeBlock{kAgency, day, 15, 1}));
        QCOMPARE(*a.next(kAgency, day), 16);
    }

    void badBlockSizes()
    {
        InMemorySequenceAllocator a;
        for (const int count :
             {0, -1, 10000, std::numeric_limits<int>::max(), std::numeric_limits<int>::min()}) {
            QCOMPARE(a.reserve(kAgency, d(2026, 3, 2), count).error().code,
                     QStringLiteral("codes.bad_block_size"));
        }
        QCOMPARE(a.issued(kAgency, d(2026, 3, 2)), 0);
    }

    // Seeded random mix of next() and reserve(): every number 1..N is issued exactly once.
    void mixedAllocationsCoverWithoutOverlap()
    {
        InMemorySequenceAllocator a;
        QRandomGenerator rng(4242);
        const QDate day = d(2026, 3, 2);
        QList<int> seen;
        while (true) {
            if (rng.bounded(3) == 0) {
                const Expected<CodeBlock> b = a.reserve(kAgency, day, rng.bounded(1, 200));
                if (!b.ok()) {
                    QCOMPARE(b.error().code, QStringLiteral("codes.sequence_exhausted"));
                    if (a.issued(kAgency, day) == 9999)
                        break;
                    continue;
                }
                for (int n = b->first; n <= b->last(); ++n)
                    seen.append(n);
            } else {
                const Expected<int> n = a.next(kAgency, day);
                if (!n.ok())
                    break;
                seen.append(*n);
            }
        }
        std::sort(seen.begin(), seen.end());
        QCOMPARE(seen.size(), 9999);
        for (int i = 0; i < seen.size(); ++i)
            QCOMPARE(seen.at(i), i + 1);
    }

    void exhaustionIsAnErrorNotAWrap()
    {
        InMemorySequenceAllocator a;
        const QDate day = d(2026, 3, 2);
        for (int i = 1; i <= 9999; ++i)
            QCOMPARE(*a.next(kAgency, day), i);
        for (int i = 0; i < 3; ++i) {
            const Expected<int> n = a.next(kAgency, day);
            QVERIFY(!n.ok());
            QCOMPARE(n.error().code, QStringLiteral("codes.sequence_exhausted"));
        }
        QCOMPARE(a.reserve(kAgency, day, 1).error().code,
                 QStringLiteral("codes.sequence_exhausted"));
        QCOMPARE(a.nextCode(kAgency, day).error().code, QStringLiteral("codes.sequence_exhausted"));
        QCOMPARE(a.issued(kAgency, day), 9999);
        // Other agencies and the next day are unaffected.
        QCOMPARE(*a.next(kOther, day), 1);
        QCOMPARE(*a.next(kAgency, day.addDays(1)), 1);
    }

    void blockLargerThanWhatIsLeftConsumesNothing()
    {
        InMemorySequenceAllocator a;
        const QDate day = d(2026, 3, 2);
        QCOMPARE(*a.reserve(kAgency, day, 9990), (CodeBlock{kAgency, day, 1, 9990}));
        QCOMPARE(a.reserve(kAgency, day, 10).error().code,
                 QStringLiteral("codes.sequence_exhausted"));
        QCOMPARE(a.issued(kAgency, day), 9990);
        QCOMPARE(*a.reserve(kAgency, day, 9), (CodeBlock{kAgency, day, 9991, 9}));
        QCOMPARE(a.next(kAgency, day).error().code, QStringLiteral("codes.sequence_exhausted"));
    }

    void concurrentCallersGetUniqueNumbers()
    {
        InMemorySequenceAllocator a;
        const QDate day = d(2026, 3, 2);
        constexpr int kThreads = 6;
        constexpr int kCalls = 1000;
        QList<QList<int>> got(kThreads);
        QList<QThread*> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.append(QThread::create([&a, &got, t, day] {
                for (int i = 0; i < kCalls; ++i) {
                    if (t % 3 == 0 && i % 50 == 0) { // some threads also reserve blocks
                        const Expected<CodeBlock> b = a.reserve(kAgency, day, 5);
                        if (b.ok()) {
                            for (int n = b->first; n <= b->last(); ++n)
                                got[t].append(n);
                        }
                    }
                    const Expected<int> n = a.next(kAgency, day);
                    if (n.ok())
                        got[t].append(*n);
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
        QCOMPARE(std::adjacent_find(all.begin(), all.end()), all.end()); // no duplicates
        QCOMPARE(all.size(), qsizetype(a.issued(kAgency, day)));
        QCOMPARE(all.size(), qsizetype(kThreads * kCalls + 2 * 20 * 5));
        QCOMPARE(all.first(), 1);
        QCOMPARE(all.last(), int(all.size()));
    }

    void forgetBeforeDropsOldDays()
    {
        InMemorySequenceAllocator a;
        (void)a.next(kAgency, d(2026, 3, 1));
        (void)a.next(kAgency, d(2026, 3, 2));
        a.forgetBefore(d(2026, 3, 2));
        QCOMPARE(a.issued(kAgency, d(2026, 3, 1)), 0);
        QCOMPARE(a.issued(kAgency, d(2026, 3, 2)), 1);
        a.forgetBefore(QDate()); // ignored
        QCOMPARE(a.issued(kAgency, d(2026, 3, 2)), 1);
    }

    void usableThroughTheInterfaces()
    {
        InMemorySequenceAllocator a;
        SequenceAllocator& allocator = a;
        CodeBlockReserver& reserver = a;
        QCOMPARE(*allocator.next(kAgency, d(2026, 3, 2)), 1);
        QCOMPARE(reserver.reserve(kAgency, d(2026, 3, 2), 2)->first, 2);
    }
};

QTEST_GUILESS_MAIN(TstInMemorySequenceAllocator)
#include "tst_inmemorysequenceallocator.moc"
