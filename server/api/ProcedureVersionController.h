#pragma once

#include "context/ServerContext.h"
#include "http/Router.h"

#include <QList>

namespace motcua::server {

// The versions of a procedure (common/catalogue/ProcedureVersions has the rules):
// POST /api/v1/procedures (a new procedure, as draft version 1);
// GET /api/v1/procedures/{code}/versions and .../versions/{n};
// POST /api/v1/procedures/{code}/versions (a new draft); PUT .../versions/{n} (drafts only: 409
// for a published version); POST .../versions/{n}/publish {"effectiveFrom": "YYYY-MM-DD"} (422
// listing every problem). Reading is for the staff of the procedure's agency (drafts for its
// administrators only); writing for its administrators. Every write is journalled, so it is in
// the audit log and reaches workstations through the change feed.
class ProcedureVersionController {
public:
    explicit ProcedureVersionController(ServerContext& context)
        : m_context(context)
    {}
    void registerRoutes(Router& router);

private:
    void create(RequestContext& ctx);
    void list(RequestContext& ctx);
    void get(RequestContext& ctx);
    void addDraft(RequestContext& ctx);
    void replaceDraft(RequestContext& ctx);
    void publish(RequestContext& ctx);
    void end(RequestContext& ctx);
    void correct(RequestContext& ctx);
    // The published versions' routes: the body's `reason` (required: it goes to the audit log),
    // then the procedure's versions read for a change in `s` (404 for another agency's).
    static std::string reason(const QJsonObject& body);
    QList<Procedure> versionsToChange(RequestContext& ctx, Poco::Data::Session& s);

    // The versions the caller may read of the procedure in the path (404 when none).
    QList<Procedure> readable(RequestContext& ctx);
    // The body as a procedure for the one in the path, of the caller's agency (400 / 422).
    Procedure body(RequestContext& ctx);

    ServerContext& m_context;
};

} // namespace motcua::server
