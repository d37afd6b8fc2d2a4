#pragma once

#include "code/CodeBlock.h"
#include "code/SequenceAllocator.h"
#include "core/Expected.h"

#include <functional>

#include <QByteArray>
#include <QList>
#include <QMutex>

namespace motcua {

// The allocator of a counter workstation while it is offline: it spends only numbers the server
// reserved for it in advance (CodeBlock), so a receipt printed offline already carries its final
// dossier code and no other counter can ever print the same one.
//
// next(agency, day) takes the lowest unused number of the blocks for that agency and day (blocks
// in ascending order, numbers in order inside a block). When none is left — or no block exists
// for that agency/day — it fails with codes.no_reserved_numbers; it never invents a number.
//
// Never reusing a number after a restart: the state (blocks and how many of each are used) must
// be on disk before a number is printed. Set a persist hook: it is called with the serialised
// state (saveState()) after every change and before next() returns, under the pool's lock, so
// the stored state is always the newest one even with several threads. If the hook fails, next()
// returns codes.persist_failed and the number is skipped for good (a gap is harmless, a duplicate
// is not). On start, restoreState() the saved bytes and then addBlock() new blocks; adding a block
// that overlaps a known one (e.g. the same block sent again) is refused, so its used numbers are
// never reset.
//
// Thread-safe. The hook must not call back into the pool.
class ReservedBlockPool final : public SequenceAllocator {
public:
    // One block and how many of its numbers, from the first, have been handed out.
    struct Entry {
        CodeBlock block;
        int used = 0;

        int remaining() const { return block.count - used; }
        friend bool operator==(const Entry&, const Entry&) = default;
    };

    using PersistHook = std::function<Status(const QByteArray& state)>;

    ReservedBlockPool() = default;
    ReservedBlockPool(const ReservedBlockPool&) = delete;
    ReservedBlockPool& operator=(const ReservedBlockPool&) = delete;

    void setPersistHook(PersistHook hook);

    // Errors: the CodeBlock::validate() codes, codes.block_overlap, codes.persist_failed (the
    // block is then not added).
    Status addBlock(const CodeBlock& block);

    Expected<int> next(const QString& agencyId, QDate day) override;

    // Numbers still available for (agency, day).
    int remaining(const QString& agencyId, QDate day) const;

    // Drops the blocks of days before `day`: their numbers can no longer be used, since a
    // dossier code carries the day it was received.
    void discardBefore(QDate day);

    // The whole state, blocks in ascending (agency, day, first) order.
    QList<Entry> entries() const;
    // Replaces the whole state; refused as a whole (codes.bad_state, path "blocks[i]") when an
    // entry is invalid, used is outside 0..count, or two blocks overlap.
    Status restore(const QList<Entry>& entries);

    // The state as compact JSON, and back (codes.bad_state for anything malformed; the pool is
    // left unchanged then). Format: {"format":"motcua.reservedBlocks","version":1,"blocks":[
    // {"agencyId":"000.00.53.H48","day":"2026-03-02","first":101,"count":50,"used":3}, ...]}.
    QByteArray saveState() const;
    Status restoreState(const QByteArray& json);

private:
    QByteArray serialiseLocked() const;
    Status persistLocked();

    mutable QMutex m_mutex;
    QList<Entry> m_entries; // sorted; guarded by m_mutex
    PersistHook m_persist;  // guarded by m_mutex
};

} // namespace motcua
