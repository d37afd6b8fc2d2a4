#pragma once

#include "code/DossierCode.h"
#include "core/Expected.h"

#include <QDate>
#include <QString>

namespace motcua {

// Sequence numbers first … first+count-1 reserved in advance for one agency and one day, so a
// counter workstation can print receipts with their final dossier codes while it is offline.
// The server hands blocks out (CodeBlockReserver) and never gives those numbers to anyone else;
// the workstation spends them through a ReservedBlockPool.
struct CodeBlock {
    QString agencyId;
    QDate day; // Vietnam civil day the numbers belong to
    int first = 0;
    int count = 0;

    // 64-bit sums: these may be called on a block that failed validate() (e.g. read from a file).
    int last() const { return static_cast<int>(lastWide()); }
    qint64 lastWide() const { return qint64(first) + count - 1; }
    bool contains(int sequence) const { return sequence >= first && sequence <= lastWide(); }
    // Same agency and day, and at least one number in common.
    bool overlaps(const CodeBlock& other) const;

    // Error codes: codes.bad_agency, codes.bad_day, codes.bad_block.
    Status validate() const;
    bool isValid() const { return validate().ok(); }

    // The dossier code of one of the block's numbers (codes.not_in_block when outside it).
    Expected<DossierCode> code(int sequence) const;

    friend bool operator==(const CodeBlock&, const CodeBlock&) = default;
};

} // namespace motcua
