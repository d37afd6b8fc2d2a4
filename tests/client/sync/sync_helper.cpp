// The client side of the kill-mid-sync test, as its own process: opens the workstation's store in
// a data folder, logs in, pushes the outbox and pulls, and exits once nothing is pending.
//
//   motcua-sync-helper DATA_DIR SERVER_URL USERNAME [--crash-after-response N]
//                      [--block-after-response N]
// The password comes from MOTCUA_HELPER_PASSWORD. Prints "ack CODE" for each acknowledged
// outbox item and "done" at the end. --crash-after-response N: SIGKILL itself as soon as the
// server has answered the N-th push, before the answer is saved (the worst moment).
// --block-after-response N: print "sent CODE" then wait on stdin, for the test to kill it.

#include "core/store/LocalStore.h"
#include "core/sync/SyncEngine.h"
#include "core/sync/Workstation.h"

#include <csignal>
#include <cstdio>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QTimer>

using namespace motcua;
using namespace motcua::client;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addPositionalArgument("data", "data folder");
    parser.addPositionalArgument("url", "server URL");
    parser.addPositionalArgument("user", "username");
    parser.addOption({"crash-after-response", "SIGKILL after the N-th push's answer", "N", "0"});
    parser.addOption({"block-after-response", "wait on stdin after the N-th answer", "N", "0"});
    parser.process(app);
    const QStringList args = parser.positionalArguments();
    if (args.size() != 3)
        parser.showHelp(1);
    const int crashAfter = parser.value("crash-after-response").toInt();
    const int blockAfter = parser.value("block-after-response").toInt();

    SyncEngine::Options options;
    options.minBackoffMs = 100;
    options.maxBackoffMs = 1000;
    SyncEngine engine(QDir(args.at(0)).filePath(Workstation::storeFileName()), options);
    if (Status s = engine.start(); !s) {
        std::fprintf(stderr, "store: %s\n", qPrintable(s.error().message));
        return 2;
    }
    int responses = 0;
    engine.setPushObserver([&](const OutboxItem& item, SyncEngine::PushPhase phase) {
        if (phase == SyncEngine::PushPhase::AfterResponse) {
            ++responses;
            if (responses == crashAfter)
                std::raise(SIGKILL);
            if (responses == blockAfter) {
                std::printf("sent %s\n", qPrintable(item.dossierCode));
                std::fflush(stdout);
                (void)std::getchar(); // the test kills us here
            }
        } else if (phase == SyncEngine::PushPhase::Acknowledged) {
            std::printf("ack %s\n", qPrintable(item.dossierCode));
            std::fflush(stdout);
        }
    });
    QObject::connect(&engine, &SyncEngine::loginFailed, &app,
                     [](const QString& code, const QString&) {
                         std::fprintf(stderr, "login failed: %s\n", qPrintable(code));
                         QCoreApplication::exit(2);
                     });
    QObject::connect(&engine, &SyncEngine::cycleFinished, &app, [&](bool ok) {
        if (ok && engine.store()->pendingCount() == 0) {
            std::printf("done\n");
            std::fflush(stdout);
            QCoreApplication::exit(0);
        }
    });
    QTimer::singleShot(120000, &app, [] { QCoreApplication::exit(3); });
    // Inside the event loop, so that exit() above ends it.
    QTimer::singleShot(0, &app, [&] {
        engine.setServerUrl(QUrl(args.at(1)));
        engine.login(args.at(2), qEnvironmentVariable("MOTCUA_HELPER_PASSWORD"));
    });
    return app.exec();
}
