#pragma once

#include "core/Error.h"
#include "domain/Procedure.h"
#include "storage/Database.h"

#include <optional>
#include <string>

#include <QList>

namespace motcua::server {

// The blank forms (mẫu đơn) of procedures' papers: one row per file, named by its SHA-256, with
// the name it was uploaded under and its sniffed type. The bytes are in the AttachmentStore.
// A file is never deleted: a published version that names it may be printed for years.
class FormFileRepository {
public:
    struct Info {
        std::string sha256;
        std::string name;
        std::string mime;
        long long size = 0;
    };

    explicit FormFileRepository(Database& db)
        : m_db(db)
    {}

    // Records the file once; a second upload of the same bytes keeps the first row.
    void add(Poco::Data::Session& s, const Info& info, const std::string& user);
    std::optional<Info> find(Poco::Data::Session& s, const std::string& sha256);
    // The papers of `p` whose blank form this server does not hold (procedure.unknown_form, at
    // the reference's path).
    QList<Error> missing(Poco::Data::Session& s, const Procedure& p);

private:
    Database& m_db;
};

} // namespace motcua::server
