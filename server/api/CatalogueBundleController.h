#pragma once

#include "context/ServerContext.h"
#include "http/Router.h"
#include "storage/AttachmentStore.h"

namespace motcua::server {

// Our own catalogue as one JSON document, to move a configuration between servers or keep it in
// version control (administrators):
// - GET /api/v1/catalogue/export: {"format": "motcua-catalogue", "formatVersion": 1,
//   "exportedAt", "agencyId", "fields": [...], "procedures": [{"nationalCode", "versions":
//   [...every version, drafts included, processes inside]}], "forms": [{"sha256", "name",
//   "mime", "data" (base64)}]} for the caller's agency (a province-wide administrator: every
//   agency), "forms" holding the blank forms its papers name;
// - POST /api/v1/catalogue/import-bundle?dryRun=true|false: such a document, each procedure
//   planned by common/'s CatalogueBundle and answered as the national import answers (new,
//   changed, unchanged or refused with its problems); dryRun=false writes the new versions
//   (published ones with their days) and the unknown fields, journalled as procedure.import.
//   Importing the same document again changes nothing. A version naming a blank form that
//   neither this server nor the document holds is refused (procedure.unknown_form); the
//   document's forms are stored with the versions. A document is read whole, up to
//   motcua.catalogue.maxImportBytes (256 MiB).
class CatalogueBundleController {
public:
    CatalogueBundleController(ServerContext& context, AttachmentStore& store,
                              std::size_t maxImportBytes)
        : m_context(context)
        , m_store(store)
        , m_maxImportBytes(maxImportBytes)
    {}
    void registerRoutes(Router& router);

private:
    void exportBundle(RequestContext& ctx);
    void importBundle(RequestContext& ctx);

    ServerContext& m_context;
    AttachmentStore& m_store;
    std::size_t m_maxImportBytes;
};

} // namespace motcua::server
