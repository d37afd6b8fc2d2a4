#pragma once

#include "core/net/ServerConnection.h"

#include <QMainWindow>

class QLabel;

namespace motcua::client {

class TodayPanel;

// The main window. Its status bar always shows the connection to motcua-server.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(ServerConnection* connection, QWidget* parent = nullptr);

    TodayPanel* todayPanel() const { return m_today; }

private:
    void showConnection(ServerConnection::State state);

    ServerConnection* m_connection;
    TodayPanel* m_today;
    QLabel* m_connectionLabel;
};

} // namespace motcua::client
