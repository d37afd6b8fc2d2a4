#include "app/ServerApp.h"

#include "api/CalendarController.h"
#include "api/HealthController.h"
#include "http/ApiRequestHandler.h"
#include "http/Router.h"

#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/PatternFormatter.h>
#include <Poco/Path.h>
#include <Poco/ThreadPool.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

#include <iostream>

namespace motcua::server {

using Poco::Util::Option;
using Poco::Util::OptionSet;

void ServerApp::initialize(Poco::Util::Application& self)
{
    loadConfiguration(); // motcua-server.properties next to the binary, if any
    ServerApplication::initialize(self);

    // One line per event on stderr, with time and level; the level is a setting.
    Poco::AutoPtr<Poco::PatternFormatter> fmt(new Poco::PatternFormatter("%Y-%m-%d %H:%M:%S.%i %p %s: %t"));
    fmt->setProperty("times", "local");
    Poco::AutoPtr<Poco::FormattingChannel> channel(
        new Poco::FormattingChannel(fmt, Poco::AutoPtr<Poco::Channel>(new Poco::ConsoleChannel(std::cerr))));
    logger().setChannel(channel);
    logger().setLevel(config().getString("motcua.log.level", "information"));
}

void ServerApp::defineOptions(OptionSet& options)
{
    ServerApplication::defineOptions(options);
    options.addOption(Option("help", "h", "show the options and exit").required(false).repeatable(false));
    options.addOption(Option("port", "p", "TCP port to listen on (0 = any free port)")
                          .argument("PORT").binding("motcua.server.port"));
    options.addOption(Option("bind", "b", "address to listen on (default 127.0.0.1)")
                          .argument("ADDRESS").binding("motcua.server.bind"));
    options.addOption(Option("data-dir", "d", "folder for the embedded database and attachments")
                          .argument("DIR").binding("motcua.data.dir"));
    options.addOption(Option("database", "", "PostgreSQL connection string (host=... dbname=...); "
                                            "absent = embedded SQLite in the data folder")
                          .argument("CONNINFO").binding("motcua.database"));
    options.addOption(Option("config", "c", "load settings from a .properties file")
                          .argument("FILE").repeatable(true));
    options.addOption(Option("demo", "", "load the demo catalogue and demo users")
                          .binding("motcua.demo").noArgument());
    options.addOption(Option("bootstrap-admin", "", "create administrator NAME (password from "
                                                   "MOTCUA_ADMIN_PASSWORD)")
                          .argument("NAME").binding("motcua.bootstrapAdmin"));
    options.addOption(Option("port-file", "", "write the port actually bound to FILE (for tests)")
                          .argument("FILE").binding("motcua.server.portFile"));
    options.addOption(Option("log-level", "", "fatal|critical|error|warning|notice|information|debug|trace")
                          .argument("LEVEL").binding("motcua.log.level"));
}

void ServerApp::handleOption(const std::string& name, const std::string& value)
{
    ServerApplication::handleOption(name, value);
    if (name == "help") {
        m_helpRequested = true;
        stopOptionsProcessing();
    } else if (name == "config") {
        loadConfiguration(value, PRIO_DEFAULT - 1); // explicit files override the defaults
    } else if (name == "demo") {
        config().setBool("motcua.demo", true);
    }
}

void ServerApp::displayHelp()
{
    Poco::Util::HelpFormatter help(options());
    help.setCommand(commandName());
    help.setUsage("[OPTIONS]");
    help.setHeader("MotCua server: the authoritative one-stop counter workflow service.");
    help.format(std::cout);
}

int ServerApp::main(const std::vector<std::string>&)
{
    if (m_helpRequested) {
        displayHelp();
        return EXIT_OK;
    }
    const auto& cfg = config();
    const std::string bind = cfg.getString("motcua.server.bind", "127.0.0.1");
    const int port = cfg.getInt("motcua.server.port", 8686);
    const std::size_t maxBody = static_cast<std::size_t>(cfg.getInt("motcua.server.maxBodyBytes", 1 << 20));

    Router router;
    HealthController health(MOTCUA_VERSION);
    health.registerRoutes(router);
    // The standard calendar until the storage layer keeps the administrator's settings.
    const WorkingCalendar calendar(CalendarSettings::standard());
    CalendarController calendarApi(calendar);
    calendarApi.registerRoutes(router);

    // Poco's default pool (16 threads) starves keep-alive clients: size ours on purpose.
    Poco::ThreadPool pool("http", cfg.getInt("motcua.server.minThreads", 8),
                          cfg.getInt("motcua.server.maxThreads", 64));
    Poco::AutoPtr<Poco::Net::HTTPServerParams> params(new Poco::Net::HTTPServerParams);
    params->setMaxThreads(cfg.getInt("motcua.server.maxThreads", 64));
    params->setMaxQueued(cfg.getInt("motcua.server.maxQueued", 256));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(Poco::Timespan(cfg.getInt("motcua.server.keepAliveSeconds", 10), 0));
    params->setMaxKeepAliveRequests(cfg.getInt("motcua.server.maxKeepAliveRequests", 10000));

    Poco::Net::ServerSocket socket(Poco::Net::SocketAddress(bind, static_cast<Poco::UInt16>(port)));
    const auto actualPort = socket.address().port();
    Poco::Net::HTTPServer server(new ApiRequestHandlerFactory(router, logger(), maxBody), pool, socket, params);
    server.start();
    logger().information("motcua-server %s listening on %s:%hu", std::string(MOTCUA_VERSION), bind, actualPort);

    if (cfg.has("motcua.server.portFile")) {
        // Written atomically so a test polling for it never reads half a number.
        const std::string file = cfg.getString("motcua.server.portFile");
        {
            Poco::FileOutputStream out(file + ".tmp");
            out << actualPort << '\n';
        }
        Poco::File(file + ".tmp").renameTo(file);
    }

    waitForTerminationRequest();
    logger().information("shutting down: no new connections, finishing requests in flight");
    server.stopAll(false);
    pool.joinAll();
    logger().information("stopped");
    return EXIT_OK;
}

} // namespace motcua::server
