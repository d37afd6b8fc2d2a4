#include "api/PublicController.h"

#include "http/ApiError.h"

#include <Poco/Timestamp.h>

namespace motcua::server {

using Poco::Net::HTTPResponse;

void PublicController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/public/dossiers/{code}",
               [this](RequestContext& ctx) { lookup(ctx); });
}

bool PublicController::allow(const std::string& address)
{
    const Poco::Int64 minute = Poco::Timestamp().epochMicroseconds() / 60000000;
    std::lock_guard lock(m_mutex);
    if (m_windows.size() > 100000) // bounded memory: forget past windows
        std::erase_if(m_windows, [&](const auto& e) { return e.second.minute != minute; });
    Window& w = m_windows[address];
    if (w.minute != minute)
        w = Window{minute, 0};
    return ++w.count <= m_perMinute;
}

void PublicController::lookup(RequestContext& ctx)
{
    if (!allow(ctx.request().clientAddress().host().toString())) {
        ApiError e(HTTPResponse::HTTP_TOO_MANY_REQUESTS, "public.rate_limited",
                   "too many lookups; try again in a minute");
        e.retryAfterSeconds = 60;
        throw e;
    }
    const std::string view = m_context.dossiers.publicDocument(ctx.params.at("code"));
    if (view.empty())
        throw ApiError::notFound("no dossier with this code");
    ctx.sendBytes(view, "application/json; charset=utf-8");
}

} // namespace motcua::server
