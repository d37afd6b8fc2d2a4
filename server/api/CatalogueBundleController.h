#pragma once

#include "context/ServerContext.h"
#include "http/Router.h"

namespace motcua::server {

// Our own catalogue as one JSON document, to move a configuration between servers or keep it in
// version control (administrators):
// - GET /api/v1/catalogue/export: {"format": "motcua-catalogue", "formatVersion": 1,
//   "exportedAt", "agencyId", "fields": [...], "procedures": [{"nationalCode", "versions":
//   [...every version, drafts included, processes inside]}]} for the caller's agency (a
//   province-wide administrator: every agency);
// - POST /api/v1/catalogue/import-bundle?dryRun=true|false: such a document, each procedure
//   planned by common/'s CatalogueBundle and answered as the national import answers (new,
//   changed, unchanged or refused with its problems); dryRun=false writes the new versions
//   (published ones with their days) and the unknown fields, journalled as procedure.import.
//   Importing the same document again changes nothing.
class CatalogueBundleController {
public:
    explicit CatalogueBundleController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void exportBundle(RequestContext& ctx);
    void importBundle(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace motcua::server
