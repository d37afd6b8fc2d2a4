#pragma once

#include "code/DossierCode.h"
#include "core/Expected.h"

#include <QDate>
#include <QString>

namespace motcua {

// Hands out the 4-digit sequence numbers of dossier codes. The sequence is per receiving agency
// and restarts at 1 each day; `day` is the Vietnam civil day of reception, which the caller
// computes (vntime::civilDate) so that no implementation ever reads the clock or the machine's
// time zone.
//
// Contract for every implementation:
//   - a number is handed out at most once per (agency, day), also across threads, and across
//     restarts for an implementation that persists (InMemorySequenceAllocator does not);
//   - gaps are allowed (a number lost to a crash is skipped, never reused);
//   - only numbers 1–9999; when none is left next() fails (codes.sequence_exhausted, or
//     codes.no_reserved_numbers for ReservedBlockPool) and never wraps around;
//   - an invalid agency identifier or day is refused before anything is consumed
//     (codes.bad_agency, codes.bad_day).
// Implementations here: InMemorySequenceAllocator (tests, single server without a database) and
// ReservedBlockPool (an offline counter). The server implements it on its database.
class SequenceAllocator {
public:
    virtual ~SequenceAllocator() = default;

    virtual Expected<int> next(const QString& agencyId, QDate day) = 0;

    // next() turned into the dossier code it stands for.
    Expected<DossierCode> nextCode(const QString& agencyId, QDate day);

    // The checks every implementation applies to its key: a valid agency identifier
    // (AgencyId) and a valid day in 2000–2099 (the years a dossier code can carry).
    static Status checkKey(const QString& agencyId, QDate day);

protected:
    SequenceAllocator() = default;
    SequenceAllocator(const SequenceAllocator&) = default;
    SequenceAllocator& operator=(const SequenceAllocator&) = default;
};

} // namespace motcua
