#pragma once

#include <string>

namespace motcua::test {

// A fresh, empty PostgreSQL database in the test suite's throwaway cluster (CTest fixture "pg",
// found through MOTCUA_TEST_PG_CONNINFO_FILE), dropped again when this object goes away.
class PgTestDatabase {
public:
    PgTestDatabase();
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase&) = delete;
    PgTestDatabase& operator=(const PgTestDatabase&) = delete;

    // Empty when no cluster is available; error() says why.
    const std::string& connectionString() const { return m_conninfo; }
    const std::string& error() const { return m_error; }

private:
    std::string m_admin;
    std::string m_name;
    std::string m_conninfo;
    std::string m_error;
};

} // namespace motcua::test
