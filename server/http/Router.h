#pragma once

#include "http/Access.h"
#include "http/RequestContext.h"

#include <functional>
#include <string>
#include <vector>

namespace motcua::server {

// An explicit table of routes: method + path pattern ("/api/v1/dossiers/{code}") + who may call
// it → handler. Unknown paths are 404; a known path with another method is 405 with an Allow
// header. Every route but the public ones passes the guard before its handler runs: the guard
// authenticates the caller, checks the route's Access rule and sets RequestContext::principal().
class Router {
public:
    using Handler = std::function<void(RequestContext&)>;
    using Guard = std::function<void(RequestContext&, const Access&)>;

    Router() = default; // without a guard, every non-public route answers 401
    explicit Router(Guard guard)
        : m_guard(std::move(guard))
    {}

    // Throws std::logic_error (a startup error) for a route without a rule of who may call it.
    void add(std::string method, std::string pattern, Access access, Handler handler);

    // Finds and runs the handler; throws ApiError for 404/405.
    void dispatch(RequestContext& ctx) const;

    struct Route {
        std::string method;
        std::string pattern;
        std::vector<std::string> segments;
        Access access;
        Handler handler;
    };
    const std::vector<Route>& routes() const { return m_routes; }

private:
    static bool match(const Route& route, const std::vector<std::string>& segments,
                      std::map<std::string, std::string>& params);

    Guard m_guard;
    std::vector<Route> m_routes;
};

} // namespace motcua::server
