#include "http/RequestContext.h"

#include "http/ApiError.h"

#include <Poco/StreamCopier.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <charconv>
#include <istream>

namespace motcua::server {

using Poco::Net::HTTPResponse;

RequestContext::RequestContext(Poco::Net::HTTPServerRequest& request,
                               Poco::Net::HTTPServerResponse& response, std::size_t maxBodyBytes)
    : m_request(request)
    , m_response(response)
    , m_maxBody(maxBodyBytes)
{
    try {
        const Poco::URI uri(request.getURI());
        m_path = uri.getPath();
        m_query = uri.getQueryParameters();
    } catch (const Poco::Exception&) {
        throw ApiError::badRequest("bad_uri", "the request URI is malformed");
    }
}

std::optional<std::string> RequestContext::query(const std::string& name) const
{
    for (const auto& [k, v] : m_query) {
        if (k == name)
            return v;
    }
    return std::nullopt;
}

std::optional<long long> RequestContext::queryInt(const std::string& name, long long min,
                                                  long long max) const
{
    const auto text = query(name);
    if (!text)
        return std::nullopt;
    long long v = 0;
    const auto* end = text->data() + text->size();
    const auto [p, ec] = std::from_chars(text->data(), end, v);
    if (ec != std::errc() || p != end || v < min || v > max) {
        throw ApiError::badRequest("bad_query", "query parameter '" + name + "' must be an integer from " +
                                                    std::to_string(min) + " to " + std::to_string(max),
                                   name);
    }
    return v;
}

const QByteArray& RequestContext::body()
{
    if (m_body)
        return *m_body;
    const auto declared = m_request.getContentLength64();
    if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
        static_cast<std::size_t>(declared) > m_maxBody) {
        throw ApiError(HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                       "the request body exceeds " + std::to_string(m_maxBody) + " bytes");
    }
    // Read at most one byte past the limit so a chunked body cannot exhaust memory.
    std::string data;
    std::istream& in = m_request.stream();
    char buffer[8192];
    while (in) {
        in.read(buffer, sizeof buffer);
        data.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (data.size() > m_maxBody) {
            throw ApiError(HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                           "the request body exceeds " + std::to_string(m_maxBody) + " bytes");
        }
    }
    m_body = QByteArray(data.data(), static_cast<qsizetype>(data.size()));
    return *m_body;
}

void RequestContext::sendJson(const QJsonValue& value, HTTPResponse::HTTPStatus status)
{
    const QJsonDocument doc = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray text = doc.toJson(QJsonDocument::Compact);
    m_response.setStatusAndReason(status);
    m_response.setContentType("application/json; charset=utf-8");
    m_response.setContentLength64(text.size());
    m_response.send().write(text.constData(), text.size());
    m_sent = true;
}

} // namespace motcua::server
