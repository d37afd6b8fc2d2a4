#pragma once

#include "http/RequestContext.h"

#include <functional>
#include <string>
#include <vector>

namespace motcua::server {

// An explicit table of routes: method + path pattern ("/api/v1/dossiers/{code}") → handler.
// Unknown paths are 404; a known path with another method is 405 with an Allow header.
class Router {
public:
    using Handler = std::function<void(RequestContext&)>;

    void add(std::string method, std::string pattern, Handler handler);

    // Finds and runs the handler; throws ApiError for 404/405.
    void dispatch(RequestContext& ctx) const;

    struct Route {
        std::string method;
        std::string pattern;
        std::vector<std::string> segments;
        Handler handler;
    };
    const std::vector<Route>& routes() const { return m_routes; }

private:
    static bool match(const Route& route, const std::vector<std::string>& segments,
                      std::map<std::string, std::string>& params);

    std::vector<Route> m_routes;
};

} // namespace motcua::server
