#include "storage/RefreshTokenRepository.h"

using namespace Poco::Data::Keywords;

namespace motcua::server {

void RefreshTokenRepository::save(Poco::Data::Session& s, const std::string& hash,
                                  const std::string& username, Poco::Int64 issuedAtMs,
                                  Poco::Int64 expiresAtMs)
{
    s << m_db.sql(
        "INSERT INTO refresh_tokens (token_hash, username, issued_at, expires_at, revoked) "
        "VALUES (?, ?, ?, ?, 0)"),
        bind(hash), bind(username), bind(issuedAtMs), bind(expiresAtMs), now;
}

std::optional<std::string>
RefreshTokenRepository::consume(Poco::Data::Session& s, const std::string& hash, Poco::Int64 nowMs)
{
    std::vector<std::string> users;
    const std::string lock = m_db.isPostgres() ? " FOR UPDATE" : "";
    s << m_db.sql("SELECT username FROM refresh_tokens WHERE token_hash = ? AND revoked = 0 AND "
                  "expires_at > ?" +
                  lock),
        into(users), bind(hash), bind(nowMs), now;
    if (users.empty())
        return std::nullopt;
    revoke(s, hash);
    return users.front();
}

void RefreshTokenRepository::revoke(Poco::Data::Session& s, const std::string& hash)
{
    s << m_db.sql("UPDATE refresh_tokens SET revoked = 1 WHERE token_hash = ?"), bind(hash), now;
}

void RefreshTokenRepository::revokeAllOf(Poco::Data::Session& s, const std::string& username)
{
    s << m_db.sql("UPDATE refresh_tokens SET revoked = 1 WHERE username = ?"), bind(username), now;
}

} // namespace motcua::server
