#pragma once

#include "storage/Database.h"

#include <optional>
#include <string>

namespace motcua::server {

// Remembers the response to a request made with an Idempotency-Key, so that a retried intake
// (a lost response, a double click, a resent offline queue) returns the first result instead of
// creating a second dossier. Keys are per user.
class IdempotencyRepository {
public:
    struct Stored {
        std::string requestHash;
        int status = 0;
        std::string body;
    };

    explicit IdempotencyRepository(Database& db)
        : m_db(db)
    {}

    std::optional<Stored> find(Poco::Data::Session& s, const std::string& user,
                               const std::string& key);
    void save(Poco::Data::Session& s, const std::string& user, const std::string& key,
              const Stored& value);

private:
    Database& m_db;
};

} // namespace motcua::server
