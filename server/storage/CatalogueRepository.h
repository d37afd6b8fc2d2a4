#pragma once

#include "domain/Agency.h"
#include "domain/Field.h"
#include "domain/Procedure.h"
#include "storage/Database.h"

#include <optional>
#include <vector>

namespace motcua::server {

// Agencies, fields and procedures. Saving a procedure whose content changed makes a new version;
// every version is kept (dossiers freeze the version they were received under).
class CatalogueRepository {
public:
    explicit CatalogueRepository(Database& db)
        : m_db(db)
    {}

    std::vector<Agency> agencies();
    std::optional<Agency> agency(const std::string& id);
    void saveAgency(Poco::Data::Session& s, const Agency& a);

    std::vector<Field> fields();
    void saveField(Poco::Data::Session& s, const Field& f);

    // Current versions, optionally only those whose folded name/code/field contains every word.
    std::vector<Procedure> procedures(const QString& query = {});
    std::optional<Procedure> procedure(const std::string& nationalCode);
    std::optional<Procedure> procedure(Poco::Data::Session& s, const std::string& nationalCode);
    // Stores `p` as the next version when it differs from the current one; returns the version
    // now current.
    int saveProcedure(Poco::Data::Session& s, Procedure p);

private:
    Database& m_db;
};

} // namespace motcua::server
