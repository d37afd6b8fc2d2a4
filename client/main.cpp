#include "cli/DecodeCommand.h"
#include "cli/PrintCommand.h"
#include "cli/ScanCommand.h"
#include "core/api/ProblemText.h"
#include "core/sync/Workstation.h"
#include "gui/login/LoginDialog.h"
#include "gui/main/MainWindow.h"
#include "gui/main/Startup.h"

#include <cstring>

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QMessageBox>
#include <QScreen>
#include <QTextStream>
#include <QTimer>

using namespace motcua;
using namespace motcua::client;

namespace {

// The headless sub-commands (`motcua print|scan|decode ...`): no window, so no display is
// needed either.
int commandMain(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    setIdentity();
    QStringList args = app.arguments();
    installTranslations(app, chosenLanguage(args));
    const QString command = args.takeAt(1);
    if (command == QLatin1String("scan"))
        return ScanCommand::run(app, args);
    if (command == QLatin1String("decode"))
        return DecodeCommand::run(app, args);
    return PrintCommand::run(app, args);
}

} // namespace

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (argc > 1 && (std::strcmp(argv[1], "print") == 0 || std::strcmp(argv[1], "scan") == 0 ||
                     std::strcmp(argv[1], "decode") == 0))
        return commandMain(argc, argv);

    QApplication app(argc, argv);
    setIdentity();
    const StartupOptions options = startup(app);

    QDir().mkpath(options.dataDir);
    Workstation workstation(options.dataDir);
    if (const Status s = workstation.open(); !s) {
        QMessageBox::critical(nullptr, QObject::tr("MotCua"),
                              QObject::tr("The workstation's data in %1 cannot be opened: %2")
                                  .arg(options.dataDir, s.error().message));
        return 1;
    }
    if (options.serverUrl.isValid() && !options.serverUrl.isEmpty())
        workstation.setServerUrl(options.serverUrl);

    // One login, one window; File → Log out / switch user ends the window's session and goes
    // round again for the next clerk of a shared counter.
    for (bool first = true;; first = false) {
        LoginDialog login;
        login.setServerUrl(workstation.serverUrl());
        if (first)
            login.setUsername(
                workstation.store().setting(QStringLiteral("login/lastUser")).toString());
        QObject::connect(&login, &LoginDialog::loginRequested, &workstation,
                         [&](const QUrl& server, const QString& user, const QString& password) {
                             workstation.setServerUrl(server);
                             workstation.login(user, password);
                         });
        QObject::connect(&workstation, &Workstation::loggedIn, &login, [&](const User& user, bool) {
            workstation.setSetting(QStringLiteral("login/lastUser"), user.username);
            login.accept();
        });
        QObject::connect(&workstation, &Workstation::loginFailed, &login,
                         [&](const QString& code, const QString&) { login.showFailure(code); });

        if (options.benchStartup) {
            // The benchmark logs in as a clerk would, without typing.
            QEventLoop wait;
            QObject::connect(&workstation, &Workstation::loggedIn, &wait, &QEventLoop::quit);
            QObject::connect(&workstation, &Workstation::loginFailed, &wait,
                             [&](const QString& code) {
                                 QTextStream(stderr) << "login failed: " << code << Qt::endl;
                                 wait.exit(1);
                             });
            workstation.login(qEnvironmentVariable("MOTCUA_USER"),
                              qEnvironmentVariable("MOTCUA_PASSWORD"));
            if (wait.exec() != 0)
                return 1;
        } else if (login.exec() != QDialog::Accepted) {
            return 0;
        }

        MainWindow window(&workstation, *workstation.currentUser(), workstation.offlineSession());
        bool switching = false;
        QObject::connect(&window, &MainWindow::switchUserRequested, &app, [&] {
            switching = true;
            app.exit(0);
        });
        // A counter screen: as large as the desktop allows.
        const QRect desk = window.screen()->availableGeometry();
        window.resize(std::min(1366, desk.width()), std::min(900, desk.height()));
        window.show();
        // Kiosk-like counters run without a window manager: ask for the keyboard focus
        // ourselves, or window shortcuts (F2, F3, F9…) would not work until the clerk clicks
        // the window.
        window.raise();
        window.activateWindow();
        if (options.benchStartup) {
            // Ready = the window shown and every event queued by building it processed.
            QTimer::singleShot(0, &app, [&] {
                QTextStream(stdout) << "ready_ms " << sinceStart.elapsed() << Qt::endl;
                app.quit();
            });
        }
        const int code = app.exec();
        if (!switching)
            return code;
        workstation.logout();
    }
}
