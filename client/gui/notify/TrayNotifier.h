#pragma once

#include "gui/notify/Reminders.h"

#include <QObject>
#include <QString>
#include <QStringList>

class QStatusBar;
class QSystemTrayIcon;

namespace motcua::client {

// Shows reminders as desktop notifications from a system tray icon, or — where the desktop has
// no tray (QSystemTrayIcon::isSystemTrayAvailable() is false, e.g. offscreen) — in the window's
// status bar. Clicking a notification opens its (first) dossier.
class TrayNotifier : public QObject {
    Q_OBJECT
public:
    TrayNotifier(QStatusBar* fallback, QObject* parent = nullptr);

    bool usesTray() const { return m_tray != nullptr; }
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    QStringList lastCodes() const { return m_lastCodes; }

public slots:
    void show(motcua::client::Reminders::Kind kind, const QStringList& codes, const QString& title,
              const QString& message);
    // What a click on the last notification does (public for the status-bar fallback and tests).
    void activateLast();

signals:
    void openDossier(const QString& code);

private:
    QStatusBar* m_fallback;
    QSystemTrayIcon* m_tray = nullptr;
    QString m_lastTitle;
    QString m_lastMessage;
    QStringList m_lastCodes;
};

} // namespace motcua::client
