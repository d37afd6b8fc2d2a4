#pragma once

#include "core/Error.h"
#include "domain/Agency.h"
#include "domain/Field.h"
#include "domain/Procedure.h"
#include "storage/Database.h"

#include <optional>
#include <vector>

namespace motcua::server {

// Agencies, fields and procedures with their versions. Every version is kept (dossiers freeze
// the version they were received under); the rules of versions are the callers' to check
// (common/catalogue/ProcedureVersions), this class only stores.
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

    // Procedures have versions (common/catalogue/ProcedureVersions): drafts, then published with
    // the day they take effect. `day` is a Vietnam civil day.

    // The versions in force on `day`, optionally only those whose folded name/code/field contains
    // every word of `query`.
    std::vector<Procedure> procedures(const QDate& day, const QString& query = {});
    // Every published version in force on `from` or on a later day (what a workstation keeps, so
    // that a version published for a later day takes effect there without a sync).
    std::vector<Procedure> proceduresFrom(const QDate& from);
    // Every version of every procedure, drafts and ended ones included (administration).
    std::vector<Procedure> allVersions();
    std::optional<Procedure> procedure(const std::string& nationalCode, const QDate& day);
    std::optional<Procedure> procedure(Poco::Data::Session& s, const std::string& nationalCode,
                                       const QDate& day);
    // Every version of a procedure, oldest first (empty: no such procedure).
    QList<Procedure> versions(const std::string& nationalCode);
    QList<Procedure> versions(Poco::Data::Session& s, const std::string& nationalCode);
    // The agency a procedure belongs to, or nullopt when there is no such procedure.
    std::optional<QString> owner(Poco::Data::Session& s, const std::string& nationalCode);

    // Stores `p` as the procedure's next version, a draft (its days are ignored); returns its
    // number.
    int addDraft(Poco::Data::Session& s, Procedure p);
    // Replaces the content of draft `p.version` (the caller checked it is one).
    void replaceDraft(Poco::Data::Session& s, const Procedure& p);
    // Sets the days of a version (publishing a draft, ending a published one).
    void setDays(Poco::Data::Session& s, const Procedure& p);
    // Replaces what published version p.version says, its days kept (an audited correction).
    void correctPublished(Poco::Data::Session& s, const Procedure& p);
    // Saves `p` as a new version in force from `day` when its content differs from the version
    // in force that day (the demo loader and the one-step PUT), and sets `p` to the version in
    // force. Returns why the rules refuse it (nothing written), or nothing.
    QList<Error> saveInForce(Poco::Data::Session& s, Procedure& p, const QDate& day);

private:
    Database& m_db;
};

} // namespace motcua::server
