#include "core/api/ApiClient.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace motcua::client {

namespace {

// Errors raised before a single byte of the request could have reached the server.
bool certainlyNotDelivered(QNetworkReply::NetworkError e)
{
    switch (e) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::ProtocolUnknownError:
        return true;
    default:
        return false;
    }
}

} // namespace

ApiClient::ApiClient(QObject* parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
{}

ApiClient::~ApiClient()
{
    // No callback may run into a half-destroyed owner: drop the replies silently.
    for (const QPointer<QNetworkReply>& reply : std::as_const(m_inFlight)) {
        if (reply) {
            disconnect(reply, nullptr, this, nullptr);
            reply->abort();
        }
    }
}

void ApiClient::setBaseUrl(const QUrl& url)
{
    if (url == m_baseUrl)
        return;
    m_baseUrl = url;
    // Connections to the old address are useless (and a restarted server closed them anyway).
    m_network->clearConnectionCache();
}

void ApiClient::setTokens(const QString& accessToken, const QString& refreshToken)
{
    m_access = accessToken;
    m_refresh = refreshToken;
    emit tokensChanged();
}

void ApiClient::clearTokens()
{
    m_access.clear();
    m_refresh.clear();
    emit tokensChanged();
}

QUrl ApiClient::urlFor(const Request& request) const
{
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + QStringLiteral("/api/v1") + request.path);
    if (!request.query.isEmpty())
        url.setQuery(request.query);
    return url;
}

void ApiClient::send(const Request& request, Callback done)
{
    dispatch(request, std::move(done), false);
}

void ApiClient::dispatch(const Request& request, Callback done, bool retried)
{
    if (!m_baseUrl.isValid() || m_baseUrl.isEmpty()) {
        ApiResult r;
        r.networkError = true;
        r.notDelivered = true;
        r.networkErrorText = QStringLiteral("no server address");
        done(r);
        return;
    }
    QNetworkRequest nr(urlFor(request));
    nr.setTransferTimeout(request.timeoutMs > 0 ? request.timeoutMs : m_timeoutMs);
    nr.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    nr.setRawHeader("Accept", "application/json");
    const QString tokenUsed = request.authenticate ? m_access : QString();
    if (!tokenUsed.isEmpty())
        nr.setRawHeader("Authorization", "Bearer " + tokenUsed.toUtf8());
    for (const auto& [name, value] : request.headers)
        nr.setRawHeader(name, value);

    QNetworkReply* reply = request.body.isEmpty() && request.method == "GET"
                               ? m_network->get(nr)
                               : m_network->sendCustomRequest(nr, request.method, request.body);
    m_inFlight.append(reply);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, request, done = std::move(done), retried, tokenUsed]() mutable {
                m_inFlight.removeAll(reply);
                reply->deleteLater();
                const ApiResult result = resultOf(reply);
                const bool mayRefresh = result.httpStatus == 401 && request.authenticate &&
                                        !retried && !m_refresh.isEmpty();
                if (!mayRefresh) {
                    done(result);
                    return;
                }
                if (m_access != tokenUsed) {
                    // Someone refreshed while this call was in flight: just repeat it.
                    dispatch(request, std::move(done), true);
                    return;
                }
                m_waitingForRefresh.append({request, std::move(done)});
                if (!m_refreshing)
                    startRefresh();
            });
}

void ApiClient::startRefresh()
{
    m_refreshing = true;
    Request r;
    r.method = "POST";
    r.path = QStringLiteral("/auth/refresh");
    r.authenticate = false;
    r.body = QJsonDocument(QJsonObject{{QStringLiteral("refreshToken"), m_refresh}})
                 .toJson(QJsonDocument::Compact);
    dispatch(
        r, [this](const ApiResult& result) { finishRefresh(result); }, true);
}

void ApiClient::finishRefresh(const ApiResult& result)
{
    m_refreshing = false;
    QList<Pending> waiting;
    waiting.swap(m_waitingForRefresh);
    const QJsonObject o = result.body.toObject();
    if (result.ok() && o.value(QStringLiteral("accessToken")).isString()) {
        setTokens(o.value(QStringLiteral("accessToken")).toString(),
                  o.value(QStringLiteral("refreshToken")).toString());
        for (Pending& p : waiting)
            dispatch(p.request, std::move(p.done), true);
        return;
    }
    ApiResult failure = result;
    if (!result.networkError && !result.isTransient()) {
        // The refresh token is spent or revoked: the session is over.
        clearTokens();
        failure.httpStatus = 401;
        if (failure.problemCode.isEmpty())
            failure.problemCode = QStringLiteral("auth.refresh_invalid");
        emit sessionLost(failure.problemCode);
    }
    for (Pending& p : waiting)
        p.done(failure);
}

ApiResult ApiClient::call(const Request& request)
{
    // Shared with the callback: if the loop is left early (the thread is quitting), the reply is
    // aborted and the callback must still find live state to write to.
    struct State {
        ApiResult result;
        bool done = false;
        QEventLoop* loop = nullptr;
    };
    auto state = std::make_shared<State>();
    QEventLoop loop;
    state->loop = &loop;
    send(request, [state](const ApiResult& r) {
        state->result = r;
        state->done = true;
        if (state->loop)
            state->loop->quit();
    });
    if (!state->done)
        loop.exec();
    state->loop = nullptr;
    if (!state->done) {
        abortAll();
        if (!state->done) {
            state->result = ApiResult{};
            state->result.networkError = true;
            state->result.networkErrorText = QStringLiteral("aborted");
        }
    }
    return state->result;
}

ApiResult ApiClient::get(const QString& path, const QUrlQuery& query)
{
    Request r;
    r.path = path;
    r.query = query;
    return call(r);
}

ApiResult ApiClient::post(const QString& path, const QByteArray& json, const Headers& headers)
{
    Request r;
    r.method = "POST";
    r.path = path;
    r.body = json;
    r.headers = headers;
    return call(r);
}

void ApiClient::abortAll()
{
    const auto replies = m_inFlight;
    for (const QPointer<QNetworkReply>& reply : replies) {
        if (reply)
            reply->abort();
    }
}

ApiResult ApiClient::resultOf(QNetworkReply* reply)
{
    ApiResult r;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (reply->isOpen())
        r.rawBody = reply->readAll();
    if (!status.isValid()) {
        r.networkError = true;
        r.notDelivered = certainlyNotDelivered(reply->error());
        r.networkErrorText = reply->errorString();
        return r;
    }
    r.httpStatus = status.toInt();
    r.apiVersion = QString::fromLatin1(reply->rawHeader("MotCua-Api-Version"));
    if (!r.rawBody.isEmpty()) {
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.rawBody, &error);
        if (error.error == QJsonParseError::NoError)
            r.body = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    }
    if (r.httpStatus >= 400) {
        const QJsonObject o = r.body.toObject();
        r.problemCode = o.value(QStringLiteral("code")).toString();
        r.problemDetail = o.value(QStringLiteral("detail")).toString();
        r.problemField = o.value(QStringLiteral("field")).toString();
        r.problems = o.value(QStringLiteral("errors")).toArray();
        if (r.problemCode.isEmpty())
            r.problemCode = QStringLiteral("http.%1").arg(r.httpStatus);
    }
    return r;
}

} // namespace motcua::client
