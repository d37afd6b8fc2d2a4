#include "storage/CounterOutcomeRepository.h"

using namespace Poco::Data::Keywords;

namespace motcua::server {

Poco::Int64 CounterOutcomeRepository::insert(Poco::Data::Session& s, const Outcome& o)
{
    Poco::Int64 id = 0;
    s << m_db.sql("INSERT INTO counter_outcomes (agency_id, clerk, kind, at, procedure_code, "
                  "applicant, details, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
        into(id), bind(o.agencyId), bind(o.clerk), bind(o.kind), bind(o.at), bind(o.procedureCode),
        bind(o.applicant), bind(o.details), bind(o.recordedAt), now;
    return id;
}

std::vector<CounterOutcomeRepository::Outcome>
CounterOutcomeRepository::list(const std::string& agencyId, Poco::Int64 from, Poco::Int64 to,
                               const std::string& kind, int limit)
{
    std::vector<Poco::Int64> id, at, recorded;
    std::vector<std::string> clerk, kinds, procedure, applicant, details;
    m_db.read([&](Poco::Data::Session& s) {
        s << m_db.sql("SELECT id, clerk, kind, at, procedure_code, applicant, details, "
                      "recorded_at FROM counter_outcomes WHERE agency_id = ? AND at >= ? AND "
                      "at < ? AND (? = '' OR kind = ?) ORDER BY at, id LIMIT ?"),
            into(id), into(clerk), into(kinds), into(at), into(procedure), into(applicant),
            into(details), into(recorded), bind(agencyId), bind(from), bind(to), bind(kind),
            bind(kind), bind(limit), now;
    });
    std::vector<Outcome> out;
    for (std::size_t i = 0; i < id.size(); ++i)
        out.push_back({id[i], agencyId, clerk[i], kinds[i], at[i], procedure[i], applicant[i],
                       details[i], recorded[i]});
    return out;
}

} // namespace motcua::server
