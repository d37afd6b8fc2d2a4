#include "gui/main/MainWindow.h"

#include "core/VnTime.h"
#include "gui/main/TodayPanel.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QStatusBar>

namespace motcua::client {

MainWindow::MainWindow(ServerConnection* connection, QWidget* parent)
    : QMainWindow(parent)
    , m_connection(connection)
    , m_today(new TodayPanel(this))
    , m_connectionLabel(new QLabel(this))
{
    setWindowTitle(tr("MotCua — One-stop counter"));
    setCentralWidget(m_today);
    m_connectionLabel->setObjectName(QStringLiteral("connectionState"));
    statusBar()->addPermanentWidget(m_connectionLabel);

    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, qApp, &QApplication::quit);

    m_today->showDay(vntime::civilDate(vntime::now()), WorkingCalendar());
    connect(m_connection, &ServerConnection::stateChanged, this, &MainWindow::showConnection);
    showConnection(m_connection->state());
}

void MainWindow::showConnection(ServerConnection::State state)
{
    const QString server = m_connection->serverUrl().toString();
    switch (state) {
    case ServerConnection::State::Online:
        m_connectionLabel->setText(tr("Connected to %1").arg(server));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #1b7a2f;"));
        break;
    case ServerConnection::State::Offline:
        m_connectionLabel->setText(tr("Offline: %1 does not answer").arg(server));
        m_connectionLabel->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: bold;"));
        break;
    case ServerConnection::State::Unknown:
        m_connectionLabel->setText(tr("Connecting to %1…").arg(server));
        m_connectionLabel->setStyleSheet(QString());
        break;
    }
}

} // namespace motcua::client
