#include "http/Router.h"

#include "http/ApiError.h"

#include <algorithm>
#include <stdexcept>

#include <Poco/URI.h>

namespace motcua::server {
namespace {

std::vector<std::string> split(const std::string& path)
{
    std::vector<std::string> out;
    std::string current;
    for (char c : path) {
        if (c == '/') {
            if (!current.empty())
                out.push_back(std::move(current));
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.empty())
        out.push_back(std::move(current));
    return out;
}

} // namespace

void Router::add(std::string method, std::string pattern, Access access, Handler handler)
{
    const bool unset = access.kind() == Access::Kind::Unset ||
                       (access.kind() == Access::Kind::Roles && access.roleList().empty());
    const std::string route = method + ' ' + pattern;
    if (unset)
        throw std::logic_error("route " + route +
                               " was registered without a rule of who may call it");
    for (const Route& r : m_routes) {
        if (r.method == method && r.pattern == pattern)
            throw std::logic_error("route " + route + " is registered twice");
    }
    std::vector<std::string> segments = split(pattern);
    Route r{std::move(method), std::move(pattern), std::move(segments), std::move(access),
            std::move(handler)};
    m_routes.push_back(std::move(r));
}

bool Router::match(const Route& route, const std::vector<std::string>& segments,
                   std::map<std::string, std::string>& params)
{
    if (route.segments.size() != segments.size())
        return false;
    std::map<std::string, std::string> found;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const std::string& pattern = route.segments[i];
        if (pattern.size() > 2 && pattern.front() == '{' && pattern.back() == '}') {
            std::string decoded;
            Poco::URI::decode(segments[i], decoded);
            found[pattern.substr(1, pattern.size() - 2)] = decoded;
        } else if (pattern != segments[i]) {
            return false;
        }
    }
    params = std::move(found);
    return true;
}

void Router::dispatch(RequestContext& ctx) const
{
    const auto segments = split(ctx.path());
    std::vector<std::string> allowed;
    for (const Route& route : m_routes) {
        std::map<std::string, std::string> params;
        if (!match(route, segments, params))
            continue;
        if (route.method == ctx.request().getMethod()) {
            ctx.params = std::move(params);
            if (!route.access.isPublic()) {
                if (!m_guard) // fail closed
                    throw ApiError(Poco::Net::HTTPResponse::HTTP_UNAUTHORIZED, "auth.required",
                                   "this route needs an authenticated caller");
                m_guard(ctx, route.access);
            }
            route.handler(ctx);
            return;
        }
        if (std::find(allowed.begin(), allowed.end(), route.method) == allowed.end())
            allowed.push_back(route.method);
    }
    if (allowed.empty())
        throw ApiError::notFound("no such resource: " + ctx.path());
    ApiError e(Poco::Net::HTTPResponse::HTTP_METHOD_NOT_ALLOWED, "method_not_allowed",
               ctx.request().getMethod() + " is not allowed here");
    e.allow = allowed;
    throw e;
}

} // namespace motcua::server
