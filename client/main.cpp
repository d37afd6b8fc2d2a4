#include "core/net/ServerConnection.h"
#include "gui/main/MainWindow.h"
#include "gui/main/Startup.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const auto options = motcua::client::startup(app);
    motcua::client::ServerConnection connection;
    connection.setServerUrl(options.serverUrl);
    motcua::client::MainWindow window(&connection);
    window.resize(1024, 700);
    window.show();
    connection.start();
    return app.exec();
}
