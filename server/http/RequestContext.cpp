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
        throw ApiError::badRequest("bad_query",
                                   "query parameter '" + name + "' must be an integer from " +
                                       std::to_string(min) + " to " + std::to_string(max),
                                   name);
    }
    return v;
}

namespace {

// A client that sends a body we refuse is still sending it; reading (and dropping) a bounded
// amount lets it receive the 413 instead of a connection reset. Beyond that we close.
constexpr std::size_t kMaxDiscard = 8u << 20;

bool discard(std::istream& in, std::size_t limit)
{
    char buffer[16384];
    std::size_t dropped = 0;
    while (in && dropped <= limit) {
        in.read(buffer, sizeof buffer);
        dropped += static_cast<std::size_t>(in.gcount());
    }
    return dropped <= limit;
}

} // namespace

const QByteArray& RequestContext::body()
{
    if (m_body)
        return *m_body;
    auto tooLarge = [this](bool drained) {
        ApiError e(HTTPResponse::HTTP_REQUEST_ENTITY_TOO_LARGE, "body_too_large",
                   "the request body exceeds " + std::to_string(m_maxBody) + " bytes");
        if (!drained)
            m_response.setKeepAlive(false);
        return e;
    };
    std::istream& in = m_request.stream();
    const auto declared = m_request.getContentLength64();
    if (declared != Poco::Net::HTTPMessage::UNKNOWN_CONTENT_LENGTH &&
        static_cast<std::size_t>(declared) > m_maxBody) {
        const bool small = static_cast<std::size_t>(declared) <= kMaxDiscard;
        throw tooLarge(small && discard(in, kMaxDiscard));
    }
    // Read at most one byte past the limit so a chunked body cannot exhaust memory.
    std::string data;
    char buffer[8192];
    while (in) {
        in.read(buffer, sizeof buffer);
        data.append(buffer, static_cast<std::size_t>(in.gcount()));
        if (data.size() > m_maxBody)
            throw tooLarge(discard(in, kMaxDiscard));
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

void RequestContext::sendBytes(const std::string& bytes, const std::string& contentType)
{
    m_response.setStatusAndReason(HTTPResponse::HTTP_OK);
    m_response.setContentType(contentType);
    m_response.setContentLength64(static_cast<Poco::Int64>(bytes.size()));
    m_response.send().write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    m_sent = true;
}

} // namespace motcua::server
