#include "http/ApiRequestHandler.h"

#include "http/ApiError.h"
#include "http/ApiVersion.h"
#include "http/LingeringClose.h"
#include "http/LogMasking.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <Poco/Net/NetException.h>
#include <Poco/Stopwatch.h>

namespace motcua::server {

using Poco::Net::HTTPResponse;

namespace {

void sendProblem(Poco::Net::HTTPServerRequest& request, Poco::Net::HTTPServerResponse& response,
                 const ApiError& e)
{
    QJsonObject problem{
        {"type", QString::fromStdString("urn:motcua:problem:" + e.code())},
        {"title", QString::fromStdString(HTTPResponse::getReasonForStatus(e.status()))},
        {"status", int(e.status())},
        {"detail", QString::fromStdString(e.what())},
        {"code", QString::fromStdString(e.code())},
        {"instance", QString::fromStdString(request.getURI()).left(300)},
    };
    if (!e.field().empty())
        problem.insert("field", QString::fromStdString(e.field()));
    if (!e.extraJson.empty()) {
        const QJsonObject extra =
            QJsonDocument::fromJson(QByteArray::fromStdString(e.extraJson)).object();
        for (auto it = extra.begin(); it != extra.end(); ++it)
            problem.insert(it.key(), it.value());
    }
    if (e.status() == HTTPResponse::HTTP_UNAUTHORIZED) // RFC 9110: a 401 names its scheme
        response.set("WWW-Authenticate", "Bearer realm=\"motcua\"");
    if (e.retryAfterSeconds > 0)
        response.set("Retry-After", std::to_string(e.retryAfterSeconds));
    if (!e.allow.empty()) {
        std::string allow;
        for (const auto& m : e.allow)
            allow += (allow.empty() ? "" : ", ") + m;
        response.set("Allow", allow);
    }
    const QByteArray body = QJsonDocument(problem).toJson(QJsonDocument::Compact);
    response.setStatusAndReason(e.status());
    response.setContentType("application/problem+json; charset=utf-8");
    response.setContentLength64(body.size());
    std::ostream& out = response.send();
    out.write(body.constData(), body.size());
    out.flush(); // on the wire before a lingering close half-closes the socket
}

} // namespace

ApiRequestHandler::ApiRequestHandler(const Router& router, Poco::Logger& log,
                                     std::size_t maxBodyBytes, const TrustedProxies& proxies)
    : m_router(router)
    , m_log(log)
    , m_maxBody(maxBodyBytes)
    , m_proxies(proxies)
{}

void ApiRequestHandler::handleRequest(Poco::Net::HTTPServerRequest& request,
                                      Poco::Net::HTTPServerResponse& response)
{
    Poco::Stopwatch watch;
    watch.start();
    std::string user = "-";
    bool unreadBody = false;
    response.set(kApiVersionHeader, kApiVersion);
    try {
        try {
            RequestContext ctx(request, response, m_maxBody, m_proxies);
            try {
                m_router.dispatch(ctx);
            } catch (...) {
                user = ctx.user;
                // Refused before the body was read (401, 403, 404 ...): its bytes are still in
                // the connection and would be parsed as the next request. Close it instead.
                unreadBody = !ctx.bodyFullyRead() && (request.getChunkedTransferEncoding() ||
                                                      request.getContentLength64() > 0);
                if (unreadBody)
                    response.setKeepAlive(false);
                throw;
            }
            user = ctx.user;
            if (!ctx.sent())
                throw std::logic_error("handler sent no response");
        } catch (const ApiError& e) {
            if (response.sent())
                throw;
            sendProblem(request, response, e);
            if (unreadBody)
                LingeringClose::drain(request);
        } catch (const Poco::Net::NetException&) {
            throw; // the client went away: nothing to answer
        } catch (const std::exception& e) {
            m_log.error("unhandled error on %s %s: %s", request.getMethod(),
                        maskedUri(request.getURI()), std::string(e.what()));
            if (response.sent())
                throw;
            sendProblem(request, response,
                        ApiError(HTTPResponse::HTTP_INTERNAL_SERVER_ERROR, "internal",
                                 "the server failed to handle the request; it has been logged"));
        }
    } catch (const std::exception& e) {
        m_log.warning("connection error on %s %s: %s", request.getMethod(),
                      maskedUri(request.getURI()), std::string(e.what()));
    }
    if (m_log.information())
        m_log.information("%s %s %d %.1fms %s", request.getMethod(), maskedUri(request.getURI()),
                          int(response.getStatus()), double(watch.elapsed()) / 1000.0, user);
}

ApiRequestHandlerFactory::ApiRequestHandlerFactory(const Router& router, Poco::Logger& log,
                                                   std::size_t maxBodyBytes, TrustedProxies proxies)
    : m_router(router)
    , m_log(log)
    , m_maxBody(maxBodyBytes)
    , m_proxies(std::move(proxies))
{}

Poco::Net::HTTPRequestHandler*
ApiRequestHandlerFactory::createRequestHandler(const Poco::Net::HTTPServerRequest&)
{
    return new ApiRequestHandler(m_router, m_log, m_maxBody, m_proxies);
}

} // namespace motcua::server
