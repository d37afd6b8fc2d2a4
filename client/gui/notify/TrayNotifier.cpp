#include "gui/notify/TrayNotifier.h"

#include <QApplication>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>

namespace motcua::client {

TrayNotifier::TrayNotifier(QStatusBar* fallback, QObject* parent)
    : QObject(parent)
    , m_fallback(fallback)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setIcon(qApp->windowIcon().isNull()
                            ? qApp->style()->standardIcon(QStyle::SP_FileDialogDetailedView)
                            : qApp->windowIcon());
        m_tray->setToolTip(tr("MotCua"));
        m_tray->show();
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &TrayNotifier::activateLast);
    }
}

void TrayNotifier::show(Reminders::Kind kind, const QStringList& codes, const QString& title,
                        const QString& message)
{
    m_lastTitle = title;
    m_lastMessage = message;
    m_lastCodes = codes;
    if (m_tray) {
        const auto icon = kind == Reminders::Kind::Overdue ? QSystemTrayIcon::Warning
                                                           : QSystemTrayIcon::Information;
        m_tray->showMessage(title, message, icon, 15000);
    } else if (m_fallback) {
        m_fallback->showMessage(title + QStringLiteral(": ") + message, 30000);
    }
}

void TrayNotifier::activateLast()
{
    if (!m_lastCodes.isEmpty())
        emit openDossier(m_lastCodes.first());
}

} // namespace motcua::client
