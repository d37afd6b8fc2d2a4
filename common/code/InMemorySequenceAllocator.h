#pragma once

#include "code/CodeBlockReserver.h"
#include "code/SequenceAllocator.h"

#include <map>
#include <utility>

#include <QMutex>

namespace motcua {

// Sequence numbers kept in memory, one counter per (agency, day): for tests, tools and a server
// running without a database. Thread-safe: many server threads may call next() and reserve() at
// once; one mutex guards the counters (allocation is a map lookup, so contention is negligible).
//
// next() and reserve() advance the same counter, which is how a reserved block can never be
// handed out again: numbers are given in increasing order, block or single, and never go back.
// State is lost when the object is destroyed; it is not meant to survive a restart.
class InMemorySequenceAllocator final : public SequenceAllocator, public CodeBlockReserver {
public:
    InMemorySequenceAllocator() = default;
    InMemorySequenceAllocator(const InMemorySequenceAllocator&) = delete;
    InMemorySequenceAllocator& operator=(const InMemorySequenceAllocator&) = delete;

    Expected<int> next(const QString& agencyId, QDate day) override;
    Expected<CodeBlock> reserve(const QString& agencyId, QDate day, int count) override;

    // The highest number handed out or reserved for (agency, day); 0 when none.
    int issued(const QString& agencyId, QDate day) const;

    // Drops the counters of days before `day`: a long-running process would otherwise keep one
    // entry per agency per day forever. Never call it with a day whose numbers may still be
    // requested (the counter would restart at 1 and repeat codes).
    void forgetBefore(QDate day);

private:
    using Key = std::pair<QString, qint64>; // agency, Julian day

    mutable QMutex m_mutex;
    std::map<Key, int> m_issued; // guarded by m_mutex
};

} // namespace motcua
