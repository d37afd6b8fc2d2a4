#pragma once

#include "core/api/ApiResult.h"

#include <functional>
#include <memory>
#include <utility>

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

class QNetworkAccessManager;
class QNetworkReply;

namespace motcua::client {

// JSON over HTTP to motcua-server's /api/v1, with the session's bearer token. When a call is
// refused with 401 because the 15-minute access token expired, the client trades the refresh
// token for a new pair once (several calls failing together share that one refresh, because the
// server's refresh tokens are single use) and repeats the call; only if that fails does the 401
// reach the caller (and sessionLost() is emitted).
//
// Thread affinity: one ApiClient per thread (it owns a QNetworkAccessManager). send() is
// asynchronous; call() blocks in a local event loop and is meant for a worker thread (never the
// GUI thread).
class ApiClient : public QObject {
    Q_OBJECT
public:
    using Callback = std::function<void(const ApiResult&)>;
    using Headers = QList<std::pair<QByteArray, QByteArray>>;

    struct Request {
        QByteArray method = "GET";
        QString path; // relative to /api/v1, e.g. "/dossiers" or "/dossiers/{code}/actions"
        QUrlQuery query;
        QByteArray body; // JSON text, sent byte for byte (the server hashes idempotent bodies)
        Headers headers; // e.g. {"Idempotency-Key", key}
        bool authenticate = true; // send the bearer token and refresh it on 401
        int timeoutMs = 0;        // this call's transfer timeout; 0: the client's (setTimeout)
    };

    explicit ApiClient(QObject* parent = nullptr);
    ~ApiClient() override;

    void setBaseUrl(const QUrl& url);
    QUrl baseUrl() const { return m_baseUrl; }
    // Transfer timeout of each call (QNetworkRequest::setTransferTimeout); default 10 s.
    void setTimeout(int ms) { m_timeoutMs = ms; }

    void setTokens(const QString& accessToken, const QString& refreshToken);
    void clearTokens();
    QString accessToken() const { return m_access; }
    QString refreshToken() const { return m_refresh; }
    bool hasSession() const { return !m_refresh.isEmpty() || !m_access.isEmpty(); }

    void send(const Request& request, Callback done);
    ApiResult call(const Request& request);

    ApiResult get(const QString& path, const QUrlQuery& query = {});
    ApiResult post(const QString& path, const QByteArray& json, const Headers& headers = {});

    // Aborts every call in flight; their callbacks receive a network error.
    void abortAll();

    // Parses a finished reply (exposed for tests).
    static ApiResult resultOf(QNetworkReply* reply);

signals:
    void tokensChanged();
    // The refresh token was refused (expired, revoked, account disabled): log in again.
    void sessionLost(const QString& code);

private:
    struct Pending {
        Request request;
        Callback done;
    };

    void dispatch(const Request& request, Callback done, bool retried);
    void startRefresh();
    void finishRefresh(const ApiResult& result);
    QUrl urlFor(const Request& request) const;

    QNetworkAccessManager* m_network;
    QUrl m_baseUrl;
    int m_timeoutMs = 10000;
    QString m_access;
    QString m_refresh;
    bool m_refreshing = false;
    QList<Pending> m_waitingForRefresh;
    QList<QPointer<QNetworkReply>> m_inFlight;
};

} // namespace motcua::client
