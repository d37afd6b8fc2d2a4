#include "code/ReservedBlockPool.h"

#include <algorithm>
#include <cmath>
#include <tuple>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutexLocker>

namespace motcua {

namespace {

constexpr QLatin1String kFormat("motcua.reservedBlocks");
constexpr int kVersion = 1;

bool entryLess(const ReservedBlockPool::Entry& a, const ReservedBlockPool::Entry& b)
{
    return std::tuple(a.block.agencyId, a.block.day.toJulianDay(), a.block.first) <
           std::tuple(b.block.agencyId, b.block.day.toJulianDay(), b.block.first);
}

Error badState(qsizetype index, const QString& message)
{
    return Error{QStringLiteral("codes.bad_state"), message,
                 index < 0 ? QString() : QStringLiteral("blocks[%1]").arg(index)};
}

// A JSON number that is an integer in [min, max]; anything else (fractions, NaN, 1e300, strings)
// is refused before converting, because casting an out-of-range double to int is undefined.
bool intField(const QJsonObject& o, const QString& name, int min, int max, int& out)
{
    const QJsonValue v = o.value(name);
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    if (!std::isfinite(d) || d < min || d > max || std::floor(d) != d)
        return false;
    out = static_cast<int>(d);
    return true;
}

} // namespace

void ReservedBlockPool::setPersistHook(PersistHook hook)
{
    QMutexLocker lock(&m_mutex);
    m_persist = std::move(hook);
}

Status ReservedBlockPool::addBlock(const CodeBlock& block)
{
    if (Status ok = block.validate(); !ok)
        return ok;
    QMutexLocker lock(&m_mutex);
    for (const Entry& e : std::as_const(m_entries)) {
        if (e.block.overlaps(block)) {
            return Error{QStringLiteral("codes.block_overlap"),
                         QStringLiteral("block %1-%2 for agency %3 on %4 overlaps the known block "
                                        "%5-%6")
                             .arg(block.first)
                             .arg(block.last())
                             .arg(block.agencyId, block.day.toString(Qt::ISODate))
                             .arg(e.block.first)
                             .arg(e.block.last()),
                         {}};
        }
    }
    const Entry entry{block, 0};
    const auto pos = std::upper_bound(m_entries.begin(), m_entries.end(), entry, entryLess);
    const qsizetype index = pos - m_entries.begin();
    m_entries.insert(index, entry);
    if (Status saved = persistLocked(); !saved) {
        m_entries.removeAt(index); // nothing was handed out from it: undoing is safe
        return saved;
    }
    return success();
}

Expected<int> ReservedBlockPool::next(const QString& agencyId, QDate day)
{
    if (const Status key = checkKey(agencyId, day); !key)
        return key.error();
    QMutexLocker lock(&m_mutex);
    for (Entry& e : m_entries) {
        if (e.block.agencyId != agencyId || e.block.day != day || e.used >= e.block.count)
            continue;
        const int number = e.block.first + e.used;
        ++e.used;
        // Consumed before saving and not given back on failure: if the save half-happened, the
        // number may be on disk as used; skipping it is the only choice that can never repeat.
        if (Status saved = persistLocked(); !saved)
            return saved.error();
        return number;
    }
    return Error{QStringLiteral("codes.no_reserved_numbers"),
                 QStringLiteral("no reserved dossier numbers left for agency %1 on %2")
                     .arg(agencyId, day.toString(Qt::ISODate)),
                 {}};
}

int ReservedBlockPool::remaining(const QString& agencyId, QDate day) const
{
    QMutexLocker lock(&m_mutex);
    int total = 0;
    for (const Entry& e : m_entries) {
        if (e.block.agencyId == agencyId && e.block.day == day)
            total += e.remaining();
    }
    return total;
}

void ReservedBlockPool::discardBefore(QDate day)
{
    if (!day.isValid())
        return;
    QMutexLocker lock(&m_mutex);
    const auto removed = m_entries.removeIf([&](const Entry& e) { return e.block.day < day; });
    if (removed > 0)
        (void)persistLocked(); // a failed save only keeps useless blocks on disk
}

QList<ReservedBlockPool::Entry> ReservedBlockPool::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

Status ReservedBlockPool::restore(const QList<Entry>& entries)
{
    QList<Entry> sorted = entries;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const Entry& e = sorted.at(i);
        if (const Status ok = e.block.validate(); !ok)
            return badState(i, ok.error().message);
        if (e.used < 0 || e.used > e.block.count) {
            return badState(i, QStringLiteral("used %1 is outside 0-%2, the size of the block")
                                   .arg(e.used)
                                   .arg(e.block.count));
        }
    }
    std::sort(sorted.begin(), sorted.end(), entryLess);
    // Sorted by (agency, day, first): only neighbours can overlap.
    for (qsizetype i = 1; i < sorted.size(); ++i) {
        if (sorted.at(i - 1).block.overlaps(sorted.at(i).block)) {
            return badState(-1, QStringLiteral("blocks %1-%2 and %3-%4 for agency %5 on %6 "
                                               "overlap")
                                    .arg(sorted.at(i - 1).block.first)
                                    .arg(sorted.at(i - 1).block.last())
                                    .arg(sorted.at(i).block.first)
                                    .arg(sorted.at(i).block.last())
                                    .arg(sorted.at(i).block.agencyId,
                                         sorted.at(i).block.day.toString(Qt::ISODate)));
        }
    }
    QMutexLocker lock(&m_mutex);
    m_entries = std::move(sorted);
    return success();
}

QByteArray ReservedBlockPool::saveState() const
{
    QMutexLocker lock(&m_mutex);
    return serialiseLocked();
}

Status ReservedBlockPool::restoreState(const QByteArray& json)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return badState(-1, QStringLiteral("reserved-number state is not a JSON object: %1")
                                .arg(parseError.error != QJsonParseError::NoError
                                         ? parseError.errorString()
                                         : QStringLiteral("top level is not an object")));
    }
    const QJsonObject root = doc.object();
    int version = 0;
    if (root.value(QStringLiteral("format")).toString() != kFormat ||
        !intField(root, QStringLiteral("version"), kVersion, kVersion, version)) {
        return badState(-1, QStringLiteral("reserved-number state must have format \"%1\" and "
                                           "version %2")
                                .arg(kFormat)
                                .arg(kVersion));
    }
    const QJsonValue blocksValue = root.value(QStringLiteral("blocks"));
    if (!blocksValue.isArray())
        return badState(-1, QStringLiteral("reserved-number state has no \"blocks\" array"));
    const QJsonArray blocks = blocksValue.toArray();
    QList<Entry> entries;
    entries.reserve(blocks.size());
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const QJsonValue v = blocks.at(i);
        if (!v.isObject())
            return badState(i, QStringLiteral("block is not a JSON object"));
        const QJsonObject o = v.toObject();
        Entry e;
        const QJsonValue agency = o.value(QStringLiteral("agencyId"));
        const QJsonValue day = o.value(QStringLiteral("day"));
        if (!agency.isString() || !day.isString())
            return badState(i, QStringLiteral("block needs string fields agencyId and day"));
        e.block.agencyId = agency.toString();
        e.block.day = QDate::fromString(day.toString(), Qt::ISODate);
        // Only the exact yyyy-MM-dd form this class writes is accepted back.
        if (!e.block.day.isValid() || e.block.day.toString(Qt::ISODate) != day.toString())
            return badState(i, QStringLiteral("block day must be a date yyyy-MM-dd"));
        if (!intField(o, QStringLiteral("first"), 1, DossierCode::kMaxSequence, e.block.first) ||
            !intField(o, QStringLiteral("count"), 1, DossierCode::kMaxSequence, e.block.count) ||
            !intField(o, QStringLiteral("used"), 0, DossierCode::kMaxSequence, e.used)) {
            return badState(i, QStringLiteral("block needs integer fields first and count "
                                              "(1-9999) and used (0-9999)"));
        }
        entries.append(e);
    }
    return restore(entries);
}

QByteArray ReservedBlockPool::serialiseLocked() const
{
    QJsonArray blocks;
    for (const Entry& e : m_entries) {
        blocks.append(QJsonObject{
            {QStringLiteral("agencyId"), e.block.agencyId},
            {QStringLiteral("day"), e.block.day.toString(Qt::ISODate)},
            {QStringLiteral("first"), e.block.first},
            {QStringLiteral("count"), e.block.count},
            {QStringLiteral("used"), e.used},
        });
    }
    const QJsonObject root{
        {QStringLiteral("format"), kFormat},
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("blocks"), blocks},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Status ReservedBlockPool::persistLocked()
{
    if (!m_persist)
        return success();
    Status saved = m_persist(serialiseLocked());
    if (saved)
        return saved;
    return Error{QStringLiteral("codes.persist_failed"),
                 QStringLiteral("could not save the reserved-number state: ") +
                     saved.error().describe(),
                 {}};
}

} // namespace motcua
