#include "http/RequestContext.h"

#include "http/ApiError.h"

#include <charconv>
#include <istream>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <Poco/StreamCopier.h>

namespace motcua::server {

using Poco::Net::HTTPResponse;

RequestContext::RequestContext(Poco::Net::HTTPServerRequest& request,
                               Poco::Net::HTTPServerResponse& response, std::size_t maxBodyBytes,
                               const TrustedProxies& proxies)
    : m_request(request)
    , m_response(response)
    , m_maxBody(maxBodyBytes)
    , m_proxies(proxies)
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
        throw ApiError::badRequest("bad_query",
                                   "query parameter '" + name + "' must be an integer from " +
                                       std::to_string(min) + " to " + std::to_string(max),
                                   name);
    }
    return v;
}

const QByteArray& RequestContext::body()
{
    if (m_body)
        return *m_body;
    // Refused at once, unread: the request handler answers 413 and ends the connection with a
    // lingering close, so that a client still sending reads the answer rather than a reset.
    auto tooLarge = [this] {
        return ApiError(HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                        "the request body exceeds " + std::to_string(m_maxBody) + " bytes");
    };
    std::istream& in = m_request.stream();
    const auto declared = m_request.getContentLength64();
    if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
        static_cast<std::size_t>(declared) > m_maxBody)
        throw tooLarge();
    // Read at most one byte past the limit so a chunked body cannot exhaust memory.
    std::string data;
    char buffer[8192];
    while (in) {
        in.read(buffer, sizeof buffer);
        data.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (data.size() > m_maxBody)
            throw tooLarge();
    }
    m_body = QByteArray(data.data(), static_cast<qsizetype>(data.size()));
    return *m_body;
}

void RequestContext::sendJson(const QJsonValue& value, HTTPResponse::HTTPStatus status)
{
    const QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    const QByteArray text = doc.toJson(QJsonDocument::Compact);
    m_response.setStatusAndReason(status);
    m_response.setContentType("application/json; charset=utf-8");
    m_response.setContentLength64(text.size());
    m_response.send().write(text.constData(), text.size());
    m_sent = true;
}

} // namespace motcua::server

namespace motcua::server {

const Principal& RequestContext::principal() const
{
    if (!m_principal)
        throw std::logic_error("principal() on a route without authentication");
    return *m_principal;
}

void RequestContext::setPrincipal(Principal p)
{
    user = p.user.username.toStdString();
    m_principal = std::move(p);
}

void RequestContext::sendBytes(const std::string& bytes, const std::string& contentType)
{
    m_response.setStatusAndReason(HTTPResponse::HTTP_OK);
    m_response.setContentType(contentType);
    m_response.setContentLength64(static_cast<Poco::Int64>(bytes.size()));
    m_response.send().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    m_sent = true;
}

} // namespace motcua::server
