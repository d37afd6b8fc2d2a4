#pragma once

#include "auth/Principal.h"
#include "http/TrustedProxies.h"

#include <map>
#include <optional>
#include <string>

#include <QByteArray>
#include <QJsonValue>

#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/URI.h>

namespace motcua::server {

// What a route handler sees of one request: path parameters, query, the body, and ways to answer.
class RequestContext {
public:
    RequestContext(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                   std::size_t maxBodyBytes, const TrustedProxies& proxies);

    Poco::Net::HTTPServerRequest& request() { return m_request; }
    Poco::Net::HTTPServerResponse& response() { return m_response; }
    const std::string& path() const { return m_path; }
    // The client's address, through configured reverse proxies (TrustedProxies).
    std::string clientAddress() const { return m_proxies.clientOf(m_request); }

    std::map<std::string, std::string> params; // from the route pattern, e.g. {code}

    // A query parameter, or nullopt when absent.
    std::optional<std::string> query(const std::string& name) const;
    // An integer query parameter within bounds; a precise 400 otherwise.
    std::optional<long long> queryInt(const std::string& name, long long min, long long max) const;

    // The body, read once, refused with 413 beyond the configured limit.
    const QByteArray& body();
    // Routes that take files raise the limit before reading the body.
    void setMaxBodyBytes(std::size_t limit) { m_maxBody = limit; }

    // Answers with JSON (compact, UTF-8).
    void sendJson(const QJsonValue& value,
                  Poco::Net::HTTPResponse::HTTPStatus status = Poco::Net::HTTPResponse::HTTP_OK);
    // Answers with raw bytes of the given type.
    void sendBytes(const std::string& bytes, const std::string& contentType);
    bool sent() const { return m_sent; }
    // Whether the whole request body was read (false after a 413: the rest is still unread).
    bool bodyFullyRead() const { return m_body.has_value(); }

    // Who made the request, for the access log ("-" when anonymous).
    std::string user = "-";

    // The authenticated caller, set by the router's guard before a non-public route's handler
    // runs. Asking for it on a public route is a programming error (std::logic_error).
    const Principal& principal() const;
    void setPrincipal(Principal p);

private:
    Poco::Net::HTTPServerRequest& m_request;
    Poco::Net::HTTPServerResponse& m_response;
    std::size_t m_maxBody;
    const TrustedProxies& m_proxies;
    std::string m_path;
    Poco::URI::QueryParameters m_query;
    std::optional<QByteArray> m_body;
    std::optional<Principal> m_principal;
    bool m_sent = false;
};

} // namespace motcua::server
