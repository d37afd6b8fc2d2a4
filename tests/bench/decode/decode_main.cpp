// `motcua decode` as its own small program, started the way client/main.cpp starts the
// sub-commands that need no window (a QGuiApplication, offscreen without a display), so that the
// whole process can be timed beside zbarimg: see run-decode-bench.sh.
#include "cli/DecodeCommand.h"

#include <QGuiApplication>

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    return motcua::client::DecodeCommand::run(app, app.arguments());
}
