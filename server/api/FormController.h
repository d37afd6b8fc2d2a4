#pragma once

#include "context/ServerContext.h"
#include "http/Router.h"
#include "storage/AttachmentStore.h"

namespace motcua::server {

// The blank forms (mẫu đơn, tờ khai) of procedures' papers:
//  POST /api/v1/forms?name=FILE  (raw bytes; administrators) → 201 {sha256, name, mime, size}
//  GET  /api/v1/forms/{sha256}   (staff) → the file
// A paper of a procedure version names its form by the SHA-256 (formSha256) and keeps the name
// shown to people (formName); a version naming a form this server does not hold is refused. The
// type is sniffed from the bytes: PDF, PNG, JPEG, TIFF, .docx, .doc, .odt (415 otherwise); the
// size is limited by motcua.forms.maxBytes (10 MiB). Forms are not an agency's secret — every
// procedure's forms are published — so any member of staff may read any of them.
class FormController {
public:
    FormController(ServerContext& context, AttachmentStore& store, std::size_t maxBytes)
        : m_context(context)
        , m_store(store)
        , m_maxBytes(maxBytes)
    {}
    void registerRoutes(Router& router);

private:
    void upload(RequestContext& ctx);
    void download(RequestContext& ctx);

    ServerContext& m_context;
    AttachmentStore& m_store;
    std::size_t m_maxBytes;
};

} // namespace motcua::server
