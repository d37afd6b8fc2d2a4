#pragma once

#include "auth/Principal.h"
#include "context/ServerContext.h"
#include "http/Router.h"
#include "storage/AttachmentStore.h"

namespace motcua::server {

// Files of a dossier's components (scans, result documents):
//  POST /api/v1/dossiers/{code}/components/{componentId}/attachments?name=FILE  (raw bytes)
//  GET  /api/v1/dossiers/{code}/attachments
//  GET  /api/v1/dossiers/{code}/attachments/{sha256}
// The type is sniffed from the bytes (PDF, PNG, JPEG, TIFF; anything else 415), the size limited
// (motcua.attachments.maxBytes), the SHA-256 kept; uploading marks the component digitised.
// componentId 0 is the result document (kết quả), uploaded by any staff of the dossier's agency
// once the dossier is accepted; it marks nothing digitised and is listed with componentId 0.
class AttachmentController {
public:
    static constexpr int kResultComponent = 0;

    AttachmentController(ServerContext& context, AttachmentStore& store, std::size_t maxBytes)
        : m_context(context)
        , m_store(store)
        , m_maxBytes(maxBytes)
    {}
    void registerRoutes(Router& router);

private:
    void upload(RequestContext& ctx);
    void list(RequestContext& ctx);
    void download(RequestContext& ctx);

    ServerContext& m_context;
    AttachmentStore& m_store;
    std::size_t m_maxBytes;
};

} // namespace motcua::server
