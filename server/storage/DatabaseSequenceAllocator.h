#pragma once

#include "code/CodeBlockReserver.h"
#include "code/SequenceAllocator.h"
#include "storage/Database.h"

namespace motcua::server {

// common/'s SequenceAllocator and CodeBlockReserver on the database, bound to the session of the
// request's transaction: the number is taken in the same transaction that stores the dossier
// (an aborted intake leaves a gap, never a duplicate). One row per (agency, day) holds the last
// number handed out, by next() or as part of a reserved block, so the two can never overlap;
// concurrent transactions serialise on that row (SQLite: one writer; PostgreSQL: the upsert's
// row lock).
class DatabaseSequenceAllocator : public SequenceAllocator, public CodeBlockReserver {
public:
    DatabaseSequenceAllocator(Database& db, Poco::Data::Session& session)
        : m_db(db)
        , m_session(session)
    {}

    Expected<int> next(const QString& agencyId, QDate day) override;
    Expected<CodeBlock> reserve(const QString& agencyId, QDate day, int count) override;

    // The highest number handed out so far for (agency, day), 0 when none; takes nothing.
    int lastIssued(const QString& agencyId, QDate day);

private:
    // Advances the counter by `count` and returns the first number of the range.
    Expected<int> take(const QString& agencyId, QDate day, int count);

    Database& m_db;
    Poco::Data::Session& m_session;
};

} // namespace motcua::server
