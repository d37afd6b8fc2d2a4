#pragma once

#include "storage/Database.h"

#include <optional>
#include <string>

namespace motcua::server {

// Refresh tokens, by the SHA-256 of the token (the token itself is never stored). Refreshing
// rotates: the old token is revoked and a new one issued; logout revokes.
class RefreshTokenRepository {
public:
    explicit RefreshTokenRepository(Database& db)
        : m_db(db)
    {}

    void save(Poco::Data::Session& s, const std::string& hash, const std::string& username,
              Poco::Int64 issuedAtMs, Poco::Int64 expiresAtMs);
    // The user of a live (not revoked, not expired) token, revoking it in the same transaction.
    std::optional<std::string> consume(Poco::Data::Session& s, const std::string& hash,
                                       Poco::Int64 nowMs);
    void revoke(Poco::Data::Session& s, const std::string& hash);
    void revokeAllOf(Poco::Data::Session& s, const std::string& username);

private:
    Database& m_db;
};

} // namespace motcua::server
