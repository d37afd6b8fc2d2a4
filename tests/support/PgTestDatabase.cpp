#include "PgTestDatabase.h"

#include <cstdlib>

#include <QFile>

#include <Poco/Data/PostgreSQL/Connector.h>
#include <Poco/Data/Session.h>
#include <Poco/UUIDGenerator.h>

using namespace Poco::Data::Keywords;

namespace motcua::test {

PgTestDatabase::PgTestDatabase()
{
    const char* file = std::getenv("MOTCUA_TEST_PG_CONNINFO_FILE");
    if (!file) {
        m_error = "MOTCUA_TEST_PG_CONNINFO_FILE is not set: run the suite with ctest (or "
                  "installer/dev.sh test)";
        return;
    }
    QFile f(QString::fromLocal8Bit(file));
    if (!f.open(QIODevice::ReadOnly)) {
        m_error = std::string("cannot read ") + file + ": the pg_cluster_start fixture did not run";
        return;
    }
    m_admin = f.readAll().trimmed().toStdString();
    Poco::Data::PostgreSQL::Connector::registerConnector();
    std::string uuid = Poco::UUIDGenerator::defaultGenerator().createRandom().toString();
    uuid.erase(std::remove(uuid.begin(), uuid.end(), '-'), uuid.end());
    m_name = "motcua_t_" + uuid.substr(0, 16);
    try {
        Poco::Data::Session admin("PostgreSQL", m_admin);
        admin << "CREATE DATABASE " + m_name + " ENCODING 'UTF8' TEMPLATE template0", now;
    } catch (const Poco::Exception& e) {
        m_error = "cannot create a test database: " + e.displayText();
        return;
    }
    m_conninfo = m_admin.substr(0, m_admin.find("dbname=")) + "dbname=" + m_name;
}

PgTestDatabase::~PgTestDatabase()
{
    if (m_conninfo.empty())
        return;
    try {
        Poco::Data::Session admin("PostgreSQL", m_admin);
        admin << "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)", now;
    } catch (...) {
        // The cluster is thrown away after the run anyway.
    }
}

} // namespace motcua::test
