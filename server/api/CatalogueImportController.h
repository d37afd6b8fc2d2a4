#pragma once

#include "context/ServerContext.h"
#include "http/Router.h"

namespace motcua::server {

// POST /api/v1/catalogue/import?dryRun=true|false (administrators): records of the national
// procedures database (LayThuTuc; one object or an array) read by common/'s NationalRecord for
// the caller's agency. Each record's answer says whether the procedure is new, changed (every
// change, field by field, against its draft, else its newest published version) or unchanged, and
// what could not be taken as it is. Without dryRun (dryRun=false) the new and changed ones become
// drafts — a published version is never touched; a draft that exists is replaced; every case keeps
// the process of the case of the same name (the record's steps are prose) — each journalled as
// procedure.import. A record that cannot be read is answered "refused" with its problem, and the
// others go on.
class CatalogueImportController {
public:
    explicit CatalogueImportController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void import(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace motcua::server
