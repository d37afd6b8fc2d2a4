#include "storage/IdempotencyRepository.h"

#include <Poco/Timestamp.h>

using namespace Poco::Data::Keywords;

namespace motcua::server {

std::optional<IdempotencyRepository::Stored>
IdempotencyRepository::find(Poco::Data::Session& s, const std::string& user, const std::string& key)
{
    std::vector<std::string> hashes, bodies;
    std::vector<int> statuses;
    s << m_db.sql("SELECT request_hash, status, body FROM idempotency_keys WHERE username = ? AND "
                  "idem_key = ?"),
        into(hashes), into(statuses), into(bodies), bind(user), bind(key), now;
    if (hashes.empty())
        return std::nullopt;
    return Stored{hashes.front(), statuses.front(), bodies.front()};
}

void IdempotencyRepository::save(Poco::Data::Session& s, const std::string& user,
                                 const std::string& key, const Stored& value)
{
    const Poco::Int64 at = Poco::Timestamp().epochMicroseconds() / 1000;
    s << m_db.sql(
        "INSERT INTO idempotency_keys (username, idem_key, request_hash, status, body, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)"),
        bind(user), bind(key), bind(value.requestHash), bind(value.status), bind(value.body),
        bind(at), now;
}

} // namespace motcua::server
