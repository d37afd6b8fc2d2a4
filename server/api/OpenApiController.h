#pragma once

#include "http/Router.h"

#include <QJsonObject>

namespace motcua::server {

// GET /api/v1/openapi.json: an OpenAPI 3 document of every route in the router (so none can be
// missing), with schemas derived from common/'s codec descriptions.
class OpenApiController {
public:
    explicit OpenApiController(std::string version)
        : m_version(std::move(version))
    {}
    // Call last: the document lists the routes registered so far (and itself).
    void registerRoutes(Router& router);

    static QJsonObject document(const Router& router, const std::string& version);

private:
    std::string m_version;
    QJsonObject m_document;
};

} // namespace motcua::server
