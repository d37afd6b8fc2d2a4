#pragma once

#include <algorithm>
#include <cctype>
#include <map>
#include <string>

#include <QJsonObject>
#include <QJsonValue>

namespace motcua::test {

// Header names compare without case, as HTTP says (a proxy may pass them on in lower case).
struct HeaderNameLess {
    bool operator()(const std::string& a, const std::string& b) const
    {
        return std::lexicographical_compare(
            a.begin(), a.end(), b.begin(), b.end(),
            [](unsigned char x, unsigned char y) { return std::tolower(x) < std::tolower(y); });
    }
};

// A small HTTP/JSON client for API tests (Poco's HTTPClientSession, one keep-alive connection).
class ApiClient {
public:
    struct Reply {
        int status = 0;
        std::string contentType;
        std::map<std::string, std::string, HeaderNameLess> headers;
        std::string body;
        QJsonValue json;
        QJsonObject object() const { return json.toObject(); }
        QString code() const { return object().value(QStringLiteral("code")).toString(); }
    };

    explicit ApiClient(unsigned short port);
    ~ApiClient();

    void setToken(const std::string& token) { m_token = token; }
    Reply request(const std::string& method, const std::string& path, const std::string& body = {},
                  const std::map<std::string, std::string>& headers = {});
    Reply get(const std::string& path) { return request("GET", path); }
    Reply post(const std::string& path, const QJsonValue& body,
               const std::map<std::string, std::string>& headers = {});
    Reply put(const std::string& path, const QJsonValue& body);

    // Logs in and keeps the access token for later requests; returns the login reply.
    Reply login(const std::string& username, const std::string& password);

private:
    struct Impl;
    Impl* m_impl;
    std::string m_token;
};

std::string compact(const QJsonValue& v);

} // namespace motcua::test
