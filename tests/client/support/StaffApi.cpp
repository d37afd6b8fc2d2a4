#include "StaffApi.h"

#include "codec/JsonCodec.h"

#include <QJsonDocument>
#include <QUrlQuery>
#include <QtDebug>

namespace motcua::test {

using client::ApiClient;
using client::ApiResult;

StaffApi::StaffApi(const QUrl& server, const QString& username, const QString& password)
{
    m_api.setBaseUrl(server);
    // Not authenticated: there is no token yet, and a 401 must not start a refresh.
    ApiClient::Request login;
    login.method = "POST";
    login.path = QStringLiteral("/auth/login");
    login.body = QJsonDocument(QJsonObject{{"username", username}, {"password", password}})
                     .toJson(QJsonDocument::Compact);
    login.authenticate = false;
    const ApiResult r = m_api.call(login);
    m_loggedIn = r.ok();
    if (!m_loggedIn)
        qWarning() << "staff login failed" << username << r.httpStatus << r.problemCode;
    m_api.setTokens(r.body.toObject().value("accessToken").toString(),
                    r.body.toObject().value("refreshToken").toString());
}

std::optional<Dossier> StaffApi::dossier(const QString& code)
{
    const ApiResult r = m_api.get(QStringLiteral("/dossiers/") + code);
    if (!r.ok())
        return std::nullopt;
    auto d = codec::fromJson<Dossier>(r.body);
    return d ? std::optional<Dossier>(*d) : std::nullopt;
}

Dossier StaffApi::get(const QString& code)
{
    return codec::fromJson<Dossier>(m_api.get(QStringLiteral("/dossiers/") + code).body)
        .value_or(Dossier{});
}

QStringList StaffApi::codes()
{
    QStringList out;
    for (int page = 1;; ++page) {
        QUrlQuery q;
        q.addQueryItem("page", QString::number(page));
        q.addQueryItem("pageSize", "200");
        const ApiResult r = m_api.get(QStringLiteral("/dossiers"), q);
        if (!r.ok())
            return {QStringLiteral("error %1").arg(r.httpStatus)};
        const QJsonArray items = r.body.toObject().value("items").toArray();
        for (const QJsonValue& v : items)
            out << v.toObject().value("code").toString();
        if (items.size() < 200)
            return out;
    }
}

QString StaffApi::intake(const IntakeRequest& request)
{
    const ApiResult r = m_api.post(QStringLiteral("/dossiers"), codec::encode(request));
    return r.body.toObject().value("code").toString();
}

ApiResult StaffApi::act(const QString& code, const QJsonObject& command)
{
    return m_api.post(QStringLiteral("/dossiers/") + code + QStringLiteral("/actions"),
                      QJsonDocument(command).toJson(QJsonDocument::Compact));
}

int StaffApi::act(const QString& code, WorkflowAction action, const QString& comment,
                  const QString& toUser)
{
    ActionCommand c;
    c.action = action;
    c.version = get(code).version;
    c.comment = comment;
    c.toUser = toUser;
    return m_api.post(QStringLiteral("/dossiers/%1/actions").arg(code), codec::encode(c))
        .httpStatus;
}

int StaffApi::createUser(const User& user, const QString& password)
{
    const QJsonObject body{{"user", codec::toJson(user)}, {"password", password}};
    return m_api.post(QStringLiteral("/users"), QJsonDocument(body).toJson(QJsonDocument::Compact))
        .httpStatus;
}

ApiResult StaffApi::attachments(const QString& code)
{
    return m_api.get(QStringLiteral("/dossiers/%1/attachments").arg(code));
}

QByteArray StaffApi::attachmentBytes(const QString& code, const QString& sha256)
{
    return m_api.get(QStringLiteral("/dossiers/%1/attachments/%2").arg(code, sha256)).rawBody;
}

QJsonArray StaffApi::notifications(const QString& code)
{
    return m_api.get(QStringLiteral("/dossiers/%1/notifications").arg(code)).body.toArray();
}

} // namespace motcua::test
