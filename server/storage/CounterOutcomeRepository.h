#pragma once

#include "storage/Database.h"

#include <string>
#include <vector>

namespace motcua::server {

// Intakes that did not become a dossier: the citizen was guided to complete the papers (Mẫu 02,
// "guide") or refused (Mẫu 03, "refuse"). Kept on the server so that they count in the
// statistics of the agency, whichever workstation recorded them (online, or later from its
// outbox).
class CounterOutcomeRepository {
public:
    struct Outcome {
        Poco::Int64 id = 0;
        std::string agencyId;
        std::string clerk;
        std::string kind;   // "guide" | "refuse"
        Poco::Int64 at = 0; // ms since the epoch: when it happened at the counter
        std::string procedureCode;
        std::string applicant;
        std::string details; // a JSON object: reasons, papers missing, ...
        Poco::Int64 recordedAt = 0;
    };

    explicit CounterOutcomeRepository(Database& db)
        : m_db(db)
    {}

    Poco::Int64 insert(Poco::Data::Session& s, const Outcome& o);
    // One agency's outcomes with `from <= at < to` (ms), oldest first; kind "" = both.
    std::vector<Outcome> list(const std::string& agencyId, Poco::Int64 from, Poco::Int64 to,
                              const std::string& kind, int limit);

private:
    Database& m_db;
};

} // namespace motcua::server
