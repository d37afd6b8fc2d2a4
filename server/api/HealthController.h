#pragma once

#include "http/Router.h"

namespace motcua::server {

// GET /api/v1/health: liveness for operators and load balancers (no login).
class HealthController {
public:
    explicit HealthController(std::string version);
    void registerRoutes(Router& router);

private:
    std::string m_version;
};

} // namespace motcua::server
