#include "code/InMemorySequenceAllocator.h"

#include <QMutexLocker>

namespace motcua {

namespace {

Error exhausted(const QString& agencyId, QDate day, int issued, int wanted)
{
    return Error{QStringLiteral("codes.sequence_exhausted"),
                 QStringLiteral("no %1 sequence number(s) left for agency %2 on %3: %4 of 9999 "
                                "already issued")
                     .arg(wanted)
                     .arg(agencyId, day.toString(Qt::ISODate))
                     .arg(issued),
                 {}};
}

} // namespace

Expected<int> InMemorySequenceAllocator::next(const QString& agencyId, QDate day)
{
    if (const Status key = checkKey(agencyId, day); !key)
        return key.error();
    QMutexLocker lock(&m_mutex);
    int& issued = m_issued[Key(agencyId, day.toJulianDay())];
    if (issued >= DossierCode::kMaxSequence)
        return exhausted(agencyId, day, issued, 1);
    return ++issued;
}

Expected<CodeBlock> InMemorySequenceAllocator::reserve(const QString& agencyId, QDate day,
                                                       int count)
{
    if (const Status key = checkKey(agencyId, day); !key)
        return key.error();
    if (count < 1 || count > DossierCode::kMaxSequence) {
        return Error{QStringLiteral("codes.bad_block_size"),
                     QStringLiteral("a code block must hold 1-9999 numbers, not %1").arg(count),
                     {}};
    }
    QMutexLocker lock(&m_mutex);
    int& issued = m_issued[Key(agencyId, day.toJulianDay())];
    if (count > DossierCode::kMaxSequence - issued)
        return exhausted(agencyId, day, issued, count);
    const CodeBlock block{agencyId, day, issued + 1, count};
    issued += count;
    return block;
}

int InMemorySequenceAllocator::issued(const QString& agencyId, QDate day) const
{
    if (!day.isValid())
        return 0;
    QMutexLocker lock(&m_mutex);
    const auto it = m_issued.find(Key(agencyId, day.toJulianDay()));
    return it == m_issued.end() ? 0 : it->second;
}

void InMemorySequenceAllocator::forgetBefore(QDate day)
{
    if (!day.isValid())
        return;
    const qint64 limit = day.toJulianDay();
    QMutexLocker lock(&m_mutex);
    for (auto it = m_issued.begin(); it != m_issued.end();) {
        if (it->first.second < limit)
            it = m_issued.erase(it);
        else
            ++it;
    }
}

} // namespace motcua
