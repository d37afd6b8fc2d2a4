#include "api/PublicController.h"

#include "http/ApiError.h"

#include <algorithm>

#include <Poco/Timestamp.h>

namespace motcua::server {

using Poco::Net::HTTPResponse;

void PublicController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/public/dossiers/{code}", Access::anyone(),
               [this](RequestContext& ctx) { lookup(ctx); });
}

bool PublicController::allow(const std::string& address)
{
    // A token bucket per address: m_perMinute lookups at once, then one every 60/m_perMinute
    // seconds (a fixed per-minute window would allow twice as many around its boundary).
    const Poco::Int64 now = Poco::Timestamp().epochMicroseconds();
    const double perMicrosecond = double(m_perMinute) / 60e6;
    std::lock_guard lock(m_mutex);
    if (m_buckets.size() > 100000) // bounded memory: forget the addresses whose bucket is full
        std::erase_if(m_buckets, [&](const auto& e) {
            return e.second.tokens + double(now - e.second.at) * perMicrosecond >= m_perMinute;
        });
    Bucket& b = m_buckets.try_emplace(address, Bucket{double(m_perMinute), now}).first->second;
    b.tokens = std::min(double(m_perMinute), b.tokens + double(now - b.at) * perMicrosecond);
    b.at = now;
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

void PublicController::lookup(RequestContext& ctx)
{
    if (!allow(ctx.clientAddress())) {
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
