#pragma once

#include "app/ServerContext.h"
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
    struct Window {
        Poco::Int64 minute = 0;
        int count = 0;
    };
    std::unordered_map<std::string, Window> m_windows;
};

} // namespace motcua::server
