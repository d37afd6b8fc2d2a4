#include "code/SequenceAllocator.h"

#include "code/AgencyId.h"

namespace motcua {

Expected<DossierCode> SequenceAllocator::nextCode(const QString& agencyId, QDate day)
{
    const Expected<int> sequence = next(agencyId, day);
    if (!sequence)
        return sequence.error();
    return DossierCode::make(agencyId, day, *sequence);
}

Status SequenceAllocator::checkKey(const QString& agencyId, QDate day)
{
    if (const Status agency = AgencyId::validate(agencyId); !agency)
        return Error{QStringLiteral("codes.bad_agency"), agency.error().message, {}};
    if (!day.isValid() || day.year() < 2000 || day.year() > 2099) {
        return Error{QStringLiteral("codes.bad_day"),
                     day.isValid() ? QStringLiteral("day %1 is outside 2000-2099, which a dossier "
                                                    "code can express")
                                         .arg(day.toString(Qt::ISODate))
                                   : QStringLiteral("day is not a valid date"),
                     {}};
    }
    return success();
}

} // namespace motcua
