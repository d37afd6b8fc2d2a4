#pragma once

#include "code/CodeBlock.h"
#include "core/Expected.h"

#include <QDate>
#include <QString>

namespace motcua {

// The side of an allocator that reserves whole blocks of numbers for a counter workstation to
// spend offline (see CodeBlock, ReservedBlockPool). Kept apart from SequenceAllocator because the
// workstation's own allocator can spend blocks but never reserve them.
//
// Contract: the `count` numbers of a reserved block are never returned by next() nor by another
// reserve() for the same agency and day; a block is all or nothing — when fewer than `count`
// numbers are left the call fails with codes.sequence_exhausted and consumes nothing;
// count outside 1–9999 is codes.bad_block_size.
class CodeBlockReserver {
public:
    virtual ~CodeBlockReserver() = default;

    virtual Expected<CodeBlock> reserve(const QString& agencyId, QDate day, int count) = 0;

protected:
    CodeBlockReserver() = default;
    CodeBlockReserver(const CodeBlockReserver&) = default;
    CodeBlockReserver& operator=(const CodeBlockReserver&) = default;
};

} // namespace motcua
