#include "ApiClient.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/StreamCopier.h>

namespace motcua::test {

struct ApiClient::Impl {
    explicit Impl(unsigned short port)
        : session("127.0.0.1", port)
    {
        session.setKeepAlive(true);
    }
    Poco::Net::HTTPClientSession session;
};

ApiClient::ApiClient(unsigned short port)
    : m_impl(new Impl(port))
{}
ApiClient::~ApiClient()
{
    delete m_impl;
}

std::string compact(const QJsonValue& v)
{
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return doc.toJson(QJsonDocument::Compact).toStdString();
}

ApiClient::Reply ApiClient::request(const std::string& method, const std::string& path,
                                    const std::string& body,
                                    const std::map<std::string, std::string>& headers)
{
    Poco::Net::HTTPRequest req(method, path, Poco::Net::HTTPRequest::HTTP_1_1);
    if (!m_token.empty())
        req.set("Authorization", "Bearer " + m_token);
    for (const auto& [k, v] : headers)
        req.set(k, v);
    if (!body.empty() || method == "POST" || method == "PUT") {
        req.setContentType("application/json");
        req.setContentLength64(static_cast<Poco::Int64>(body.size()));
    }
    m_impl->session.sendRequest(req) << body;
    Poco::Net::HTTPResponse resp;
    std::istream& in = m_impl->session.receiveResponse(resp);
    Reply r;
    Poco::StreamCopier::copyToString(in, r.body);
    r.status = resp.getStatus();
    r.contentType = resp.getContentType();
    for (const auto& [k, v] : resp)
        r.headers[k] = v;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(r.body));
    r.json = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return r;
}

ApiClient::Reply ApiClient::post(const std::string& path, const QJsonValue& body,
                                 const std::map<std::string, std::string>& headers)
{
    return request("POST", path, compact(body), headers);
}

ApiClient::Reply ApiClient::put(const std::string& path, const QJsonValue& body)
{
    return request("PUT", path, compact(body));
}

ApiClient::Reply ApiClient::login(const std::string& username, const std::string& password)
{
    m_token.clear();
    Reply r =
        post("/api/v1/auth/login", QJsonObject{{"username", QString::fromStdString(username)},
                                               {"password", QString::fromStdString(password)}});
    if (r.status == 200)
        m_token = r.object().value("accessToken").toString().toStdString();
    return r;
}

} // namespace motcua::test
