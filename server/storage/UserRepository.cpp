#include "storage/UserRepository.h"

#include "storage/Documents.h"

using namespace Poco::Data::Keywords;

namespace motcua::server {

std::optional<UserRepository::Account> UserRepository::find(const std::string& username)
{
    return m_db.read([&](Poco::Data::Session& s) { return find(s, username); });
}

std::optional<UserRepository::Account> UserRepository::find(Poco::Data::Session& s,
                                                            const std::string& username)
{
    std::vector<std::string> docs, hashes;
    s << m_db.sql("SELECT doc, password_hash FROM users WHERE username = ?"), into(docs),
        into(hashes), bind(username), now;
    if (docs.empty())
        return std::nullopt;
    return Account{fromDocument<User>(docs.front()), hashes.front()};
}

std::vector<User> UserRepository::list()
{
    std::vector<std::string> docs;
    m_db.read([&](Poco::Data::Session& s) {
        s << "SELECT doc FROM users ORDER BY username", into(docs), now;
    });
    std::vector<User> out;
    out.reserve(docs.size());
    for (const auto& d : docs)
        out.push_back(fromDocument<User>(d));
    return out;
}

bool UserRepository::exists(Poco::Data::Session& s, const std::string& username)
{
    int n = 0;
    s << m_db.sql("SELECT COUNT(*) FROM users WHERE username = ?"), into(n), bind(username), now;
    return n > 0;
}

void UserRepository::save(Poco::Data::Session& s, const User& user, const std::string& passwordHash)
{
    const std::string name = user.username.toStdString(), doc = toDocument(user);
    const int active = user.active ? 1 : 0;
    const Poco::Int64 version = user.version;
    s << m_db.sql("DELETE FROM users WHERE username = ?"), bind(name), now;
    s << m_db.sql(
        "INSERT INTO users (username, password_hash, active, version, doc) VALUES (?, ?, ?, ?, ?)"),
        bind(name), bind(passwordHash), bind(active), bind(version), bind(doc), now;
}

} // namespace motcua::server
