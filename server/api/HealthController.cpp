#include "api/HealthController.h"

#include <QJsonObject>

namespace motcua::server {

HealthController::HealthController(std::string version)
    : m_version(std::move(version))
{}

void HealthController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/health", [this](RequestContext& ctx) {
        ctx.sendJson(QJsonObject{{"status", "ok"}, {"version", QString::fromStdString(m_version)}});
    });
}

} // namespace motcua::server
