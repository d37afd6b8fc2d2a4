#pragma once

#include "http/Router.h"
#include "http/TrustedProxies.h"

#include <Poco/Logger.h>
#include <Poco/Net/HTTPRequestHandler.h>
#include <Poco/Net/HTTPRequestHandlerFactory.h>

namespace motcua::server {

// Runs one request through the router, maps every failure to a problem+json response in this one
// place (never a bare 500, never a crash), and writes one access-log line:
// method, path (personal data masked), status, milliseconds, user.
class ApiRequestHandler : public Poco::Net::HTTPRequestHandler {
public:
    ApiRequestHandler(const Router& router, Poco::Logger& log, std::size_t maxBodyBytes,
                      const TrustedProxies& proxies);
    void handleRequest(Poco::Net::HTTPServerRequest& request,
                       Poco::Net::HTTPServerResponse& response) override;

private:
    const Router& m_router;
    Poco::Logger& m_log;
    std::size_t m_maxBody;
    const TrustedProxies& m_proxies;
};

class ApiRequestHandlerFactory : public Poco::Net::HTTPRequestHandlerFactory {
public:
    ApiRequestHandlerFactory(const Router& router, Poco::Logger& log, std::size_t maxBodyBytes,
                             TrustedProxies proxies);
    Poco::Net::HTTPRequestHandler*
    createRequestHandler(const Poco::Net::HTTPServerRequest&) override;

private:
    const Router& m_router;
    Poco::Logger& m_log;
    std::size_t m_maxBody;
    TrustedProxies m_proxies;
};

} // namespace motcua::server
