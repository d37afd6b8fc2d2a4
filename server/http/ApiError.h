#pragma once

#include <stdexcept>
#include <string>
#include <vector>

#include <Poco/Net/HTTPResponse.h>

namespace motcua::server {

// The server layer's one error style: handlers throw ApiError, and ApiRequestHandler turns it into
// an RFC 7807 application/problem+json response with a stable machine `code` the client
// translates. Anything else thrown becomes a logged 500 with code "internal".
class ApiError : public std::runtime_error {
public:
    ApiError(Poco::Net::HTTPResponse::HTTPStatus status, std::string code,
             const std::string& detail, std::string field = {})
        : std::runtime_error(detail)
        , m_status(status)
        , m_code(std::move(code))
        , m_field(std::move(field))
    {}

    Poco::Net::HTTPResponse::HTTPStatus status() const { return m_status; }
    const std::string& code() const { return m_code; }
    const std::string& field() const { return m_field; }
    // For 405: the methods the route does allow.
    std::vector<std::string> allow;
    // For 429/503: seconds until a retry may succeed (Retry-After); 0 = none.
    int retryAfterSeconds = 0;
    // Extra members for the problem body, as compact JSON of an object (e.g. the current state
    // of a dossier on a 409 conflict); empty = none.
    std::string extraJson;

    static ApiError badRequest(std::string code, const std::string& detail, std::string field = {})
    {
        return {Poco::Net::HTTPResponse::HTTP_BAD_REQUEST, std::move(code), detail,
                std::move(field)};
    }
    static ApiError notFound(const std::string& detail)
    {
        return {Poco::Net::HTTPResponse::HTTP_NOT_FOUND, "not_found", detail};
    }

private:
    Poco::Net::HTTPResponse::HTTPStatus m_status;
    std::string m_code;
    std::string m_field;
};

} // namespace motcua::server
