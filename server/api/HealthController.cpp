#include "api/HealthController.h"

#include "http/ApiVersion.h"

#include <QJsonObject>

namespace motcua::server {

HealthController::HealthController(std::string version)
    : m_version(std::move(version))
{}

void HealthController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/health", Access::anyone(), [this](RequestContext& ctx) {
        ctx.sendJson(QJsonObject{{"status", "ok"},
                                 {"version", QString::fromStdString(m_version)},
                                 {"apiVersion", QString::fromLatin1(kApiVersion)}});
    });
}

} // namespace motcua::server
