#pragma once

#include "domain/Dossier.h"
#include "storage/Database.h"

#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace motcua::server {

class SqliteKeyLookup;

// Dossiers, stored whole (wire JSON) with the columns that lists and search need.
class DossierRepository {
public:
    struct Query {
        QString text; // accent-insensitive: owner name, code, phone, citizen ID
        std::optional<DossierStatus> status;
        QString fieldCode;
        QString assignee;
        QString agencyId;
        QDateTime from, to; // received in [from, to)
        int offset = 0;
        int limit = 50;
    };
    struct Page {
        std::vector<Dossier> items;
        Poco::Int64 total = 0;    // at most kCountCap
        bool totalIsExact = true; // false: there are more than kCountCap matches
    };
    static constexpr Poco::Int64 kCountCap = 1000;

    explicit DossierRepository(Database& db);
    ~DossierRepository();

    std::optional<Dossier> find(const std::string& code);
    // The stored citizen-facing view (codec::publicView) as JSON text; empty when no such dossier.
    std::string publicDocument(const std::string& code);
    // Inside a write transaction; on PostgreSQL the row is locked until commit so that two
    // actions on one dossier queue up and the second sees the first's version.
    std::optional<Dossier> findForUpdate(Poco::Data::Session& s, const std::string& code);
    void insert(Poco::Data::Session& s, const Dossier& d, const QString& fieldCode);
    // Writes `d` only if the stored version is still `expectedVersion`; false otherwise.
    bool update(Poco::Data::Session& s, const Dossier& d, Poco::Int64 expectedVersion);
    Page search(const Query& q);

    // The stored documents (wire JSON, as sent) of those of `codes` that belong to `agencyId`
    // (any agency when empty), as (code, document); unknown codes are left out.
    std::vector<std::pair<std::string, std::string>>
    documents(const std::vector<std::string>& codes, const std::string& agencyId);

    // What a new workstation takes before it follows the change feed: the dossiers still open
    // (any age) and those received since `recentFrom`, newest first, a page at a time with a
    // keyset cursor (received instant, code) that stays valid while dossiers are written.
    struct SnapshotCursor {
        Poco::Int64 receivedAt = std::numeric_limits<Poco::Int64>::max();
        std::string code;
    };
    struct SnapshotPage {
        std::vector<std::string> documents;
        std::optional<SnapshotCursor> next; // none: this was the last page
    };
    SnapshotPage snapshot(const std::string& agencyId, const QDateTime& recentFrom,
                          const SnapshotCursor& after, int limit);

    // The text search runs over: code, owner, submitter and representative names, phones and ID
    // numbers, folded (never the procedure's name: its words would match people's names).
    static std::string searchText(const Dossier& d);

private:
    Database& m_db;
    std::unique_ptr<SqliteKeyLookup> m_publicLookup; // SQLite only: the public lookup's fast path
};

} // namespace motcua::server
