#pragma once

#include <QObject>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;

namespace motcua::client {

// Watches whether motcua-server answers, so every screen can show the connection state and the
// counter can switch to its offline mode. Polls GET /api/v1/health; never blocks the GUI thread.
class ServerConnection : public QObject {
    Q_OBJECT
public:
    enum class State { Unknown, Online, Offline };
    Q_ENUM(State)

    explicit ServerConnection(QObject* parent = nullptr);

    void setServerUrl(const QUrl& url);
    QUrl serverUrl() const { return m_url; }
    State state() const { return m_state; }
    QString serverVersion() const { return m_version; }

    // Polling period while online; retries come sooner while offline.
    void setInterval(int onlineMs, int offlineMs);
    void start();
    void checkNow();

signals:
    void stateChanged(motcua::client::ServerConnection::State state);

private:
    void setState(State s);

    QNetworkAccessManager* m_network;
    QTimer m_timer;
    QUrl m_url;
    State m_state = State::Unknown;
    QString m_version;
    int m_onlineMs = 15000;
    int m_offlineMs = 3000;
    bool m_inFlight = false;
};

} // namespace motcua::client
