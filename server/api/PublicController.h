#pragma once

#include "context/ServerContext.h"
#include "http/Router.h"

#include <mutex>
#include <unordered_map>

namespace motcua::server {

// GET /api/v1/public/dossiers/{code}: progress lookup for citizens (kiosk, QR, web, SMS) without
// login. It shows only what the holder of the receipt already knows or needs: status, current
// step, appointment, whether the result is ready — never names, phones, e-mails, ID numbers or
// addresses. Rate-limited per client address, since codes are guessable.
class PublicController {
public:
    explicit PublicController(ServerContext& context, int perMinute = 120)
        : m_context(context)
        , m_perMinute(perMinute)
    {}
    void registerRoutes(Router& router);

private:
    void lookup(RequestContext& ctx);
    bool allow(const std::string& address);

    ServerContext& m_context;
    int m_perMinute;
    std::mutex m_mutex;
    struct Bucket {
        double tokens = 0;
        Poco::Int64 at = 0; // µs since the epoch of the last refill
    };
    std::unordered_map<std::string, Bucket> m_buckets;
};

} // namespace motcua::server
