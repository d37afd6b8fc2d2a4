#include "storage/DatabaseSequenceAllocator.h"

#include "code/DossierCode.h"

using namespace Poco::Data::Keywords;

namespace motcua::server {

Expected<int> DatabaseSequenceAllocator::take(const QString& agencyId, QDate day, int count)
{
    if (auto key = checkKey(agencyId, day); !key)
        return key.error();
    const std::string agency = agencyId.toStdString(), d = day.toString(Qt::ISODate).toStdString();
    // Creates the row or locks it, in one statement on both backends.
    m_session << m_db.sql(
        "INSERT INTO dossier_sequences (agency_id, day, last_value) VALUES (?, ?, 0) "
        "ON CONFLICT (agency_id, day) DO UPDATE SET last_value = dossier_sequences.last_value"),
        bind(agency), bind(d), now;
    int last = 0;
    m_session << m_db.sql(
        "SELECT last_value FROM dossier_sequences WHERE agency_id = ? AND day = ?"),
        into(last), bind(agency), bind(d), now;
    if (last + count > DossierCode::kMaxSequence) {
        return Error{QStringLiteral("codes.sequence_exhausted"),
                     QStringLiteral("only %1 dossier numbers are left for %2 on %3")
                         .arg(DossierCode::kMaxSequence - last)
                         .arg(agencyId, day.toString(Qt::ISODate)),
                     QString()};
    }
    m_session << m_db.sql(
        "UPDATE dossier_sequences SET last_value = ? WHERE agency_id = ? AND day = ?"),
        bind(last + count), bind(agency), bind(d), now;
    return last + 1;
}

int DatabaseSequenceAllocator::lastIssued(const QString& agencyId, QDate day)
{
    std::vector<int> last;
    const std::string agency = agencyId.toStdString(), d = day.toString(Qt::ISODate).toStdString();
    m_session << m_db.sql(
        "SELECT last_value FROM dossier_sequences WHERE agency_id = ? AND day = ?"),
        into(last), bind(agency), bind(d), now;
    return last.empty() ? 0 : last.front();
}

Expected<int> DatabaseSequenceAllocator::next(const QString& agencyId, QDate day)
{
    return take(agencyId, day, 1);
}

Expected<CodeBlock> DatabaseSequenceAllocator::reserve(const QString& agencyId, QDate day,
                                                       int count)
{
    if (count < 1 || count > DossierCode::kMaxSequence) {
        return Error{QStringLiteral("codes.bad_count"),
                     QStringLiteral("a block holds 1 to %1 numbers").arg(DossierCode::kMaxSequence),
                     QStringLiteral("count")};
    }
    auto first = take(agencyId, day, count);
    if (!first)
        return first.error();
    return CodeBlock{agencyId, day, *first, count};
}

} // namespace motcua::server
