#pragma once

#include "domain/User.h"
#include "storage/Database.h"

#include <optional>
#include <vector>

namespace motcua::server {

// Staff accounts: the domain User plus the password hash, which never leaves this class's
// callers in the auth layer (it is not part of the wire type).
class UserRepository {
public:
    struct Account {
        User user;
        std::string passwordHash;
    };

    explicit UserRepository(Database& db)
        : m_db(db)
    {}

    std::optional<Account> find(const std::string& username);
    std::optional<Account> find(Poco::Data::Session& s, const std::string& username);
    std::vector<User> list();
    bool exists(Poco::Data::Session& s, const std::string& username);
    // Inserts or replaces; the caller has bumped user.version.
    void save(Poco::Data::Session& s, const User& user, const std::string& passwordHash);

private:
    Database& m_db;
};

} // namespace motcua::server
