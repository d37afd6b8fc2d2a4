#include "code/CodeBlock.h"

#include "code/SequenceAllocator.h"

namespace motcua {

bool CodeBlock::overlaps(const CodeBlock& other) const
{
    return agencyId == other.agencyId && day == other.day && first <= other.lastWide() &&
           other.first <= lastWide();
}

Status CodeBlock::validate() const
{
    if (Status key = SequenceAllocator::checkKey(agencyId, day); !key)
        return key;
    // Written so that no sum can overflow, whatever the fields hold.
    if (first < 1 || first > DossierCode::kMaxSequence || count < 1 ||
        count > DossierCode::kMaxSequence - first + 1) {
        return Error{QStringLiteral("codes.bad_block"),
                     QStringLiteral("code block first=%1 count=%2 must lie within 1-9999 and hold "
                                    "at least one number")
                         .arg(first)
                         .arg(count),
                     {}};
    }
    return success();
}

Expected<DossierCode> CodeBlock::code(int sequence) const
{
    if (const Status ok = validate(); !ok)
        return ok.error();
    if (!contains(sequence)) {
        return Error{QStringLiteral("codes.not_in_block"),
                     QStringLiteral("sequence %1 is not in the block %2-%3")
                         .arg(sequence)
                         .arg(first)
                         .arg(last()),
                     {}};
    }
    return DossierCode::make(agencyId, day, sequence);
}

} // namespace motcua
