#pragma once

#include "storage/CatalogueRepository.h"
#include "storage/Journal.h"
#include "storage/SettingsRepository.h"
#include "storage/UserRepository.h"

#include <functional>
#include <string>

namespace motcua::server {

class PasswordHasher;

// `--demo`: a realistic commune-level catalogue (resources/demo/catalogue.json), the standard
// working calendar and the demo users (demo-admin, demo-reception, demo-specialist, demo-leader
// and the heads and officers of the other units the demo workflows route to). Their password is
// MOTCUA_DEMO_PASSWORD when set, otherwise generated once and reported through `announce`; there
// is no fixed default password anywhere. Loading again changes nothing that already exists.
class DemoLoader {
public:
    DemoLoader(Database& db, CatalogueRepository& catalogue, UserRepository& users,
               SettingsRepository& settings, Journal& journal, const PasswordHasher& hasher);

    // Returns the number of procedures loaded.
    int load(const std::string& passwordFromEnvironment,
             const std::function<void(const std::string&)>& announce);

private:
    Database& m_db;
    CatalogueRepository& m_catalogue;
    UserRepository& m_users;
    SettingsRepository& m_settings;
    Journal& m_journal;
    const PasswordHasher& m_hasher;
};

} // namespace motcua::server
