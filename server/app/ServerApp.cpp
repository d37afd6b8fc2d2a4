#include "app/ServerApp.h"

#include "api/AttachmentController.h"
#include "api/AuthController.h"
#include "api/Authenticator.h"
#include "api/CalendarController.h"
#include "api/CatalogueBundleController.h"
#include "api/CatalogueController.h"
#include "api/CatalogueImportController.h"
#include "api/CounterOutcomeController.h"
#include "api/DossierController.h"
#include "api/FeedController.h"
#include "api/FormController.h"
#include "api/HealthController.h"
#include "api/NotificationController.h"
#include "api/OpenApiController.h"
#include "api/ProcedureVersionController.h"
#include "api/PublicController.h"
#include "api/UserController.h"
#include "auth/PasswordPolicy.h"
#include "context/ServerContext.h"
#include "core/VnTime.h"
#include "demo/DemoLoader.h"
#include "http/ApiRequestHandler.h"
#include "http/Router.h"
#include "notify/NotificationDispatcher.h"
#include "notify/NotificationSetup.h"
#include "storage/Migrations.h"
#include "storage/PgChangeListener.h"

#include <iostream>

#include <Poco/AsyncChannel.h>
#include <Poco/AutoPtr.h>
#include <Poco/ConsoleChannel.h>
#include <Poco/Crypto/Crypto.h>
#include <Poco/File.h>
#include <Poco/FileStream.h>
#include <Poco/FormattingChannel.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPServer.h>
#include <Poco/Net/HTTPServerParams.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureServerSocket.h>
#include <Poco/Net/ServerSocket.h>
#include <Poco/Path.h>
#include <Poco/PatternFormatter.h>
#include <Poco/ThreadPool.h>
#include <Poco/Util/HelpFormatter.h>
#include <Poco/Util/Option.h>
#include <Poco/Util/OptionSet.h>

namespace motcua::server {

using Poco::Util::Option;
using Poco::Util::OptionSet;

void ServerApp::initialize(Poco::Util::Application& self)
{
    // Poco::Crypto reference-counts OpenSSL's initialisation per DigestEngine; under load the
    // count drops to zero and back on many threads at once and corrupts the heap (seen as
    // aborts in JWT verification). Holding one reference for the whole run prevents that.
    Poco::Crypto::initializeCrypto();
    loadConfiguration(); // motcua-server.properties next to the binary, if any
    ServerApplication::initialize(self);

    // One line per event on stderr, with time and level; the level is a setting.
    Poco::AutoPtr<Poco::PatternFormatter> fmt(
        new Poco::PatternFormatter("%Y-%m-%d %H:%M:%S.%i %p %s: %t"));
    fmt->setProperty("times", "local");
    Poco::AutoPtr<Poco::FormattingChannel> channel(new Poco::FormattingChannel(
        fmt, Poco::AutoPtr<Poco::Channel>(new Poco::ConsoleChannel(std::cerr))));
    // Request threads hand log lines to a writer thread instead of waiting on the write.
    m_logChannel = new Poco::AsyncChannel(channel);
    logger().setChannel(m_logChannel);
    logger().setLevel(config().getString("motcua.log.level", "information"));
}

void ServerApp::uninitialize()
{
    if (m_logChannel)
        m_logChannel->close(); // writes out every queued line before the process ends
    ServerApplication::uninitialize();
}

void ServerApp::defineOptions(OptionSet& options)
{
    ServerApplication::defineOptions(options);
    options.addOption(
        Option("help", "h", "show the options and exit").required(false).repeatable(false));
    options.addOption(Option("port", "p", "TCP port to listen on (0 = any free port)")
                          .argument("PORT")
                          .binding("motcua.server.port"));
    options.addOption(Option("bind", "b", "address to listen on (default 127.0.0.1)")
                          .argument("ADDRESS")
                          .binding("motcua.server.bind"));
    options.addOption(Option("data-dir", "d", "folder for the embedded database and attachments")
                          .argument("DIR")
                          .binding("motcua.data.dir"));
    options.addOption(Option("database", "",
                             "PostgreSQL connection string (host=... dbname=...); "
                             "absent = embedded SQLite in the data folder")
                          .argument("CONNINFO")
                          .binding("motcua.database"));
    options.addOption(Option("config", "c", "load settings from a .properties file")
                          .argument("FILE")
                          .repeatable(true));
    options.addOption(Option("demo", "", "load the demo catalogue and demo users")
                          .binding("motcua.demo")
                          .noArgument());
    options.addOption(Option("bootstrap-admin", "",
                             "create administrator NAME (password from "
                             "MOTCUA_ADMIN_PASSWORD)")
                          .argument("NAME")
                          .binding("motcua.bootstrapAdmin"));
    options.addOption(Option("port-file", "", "write the port actually bound to FILE (for tests)")
                          .argument("FILE")
                          .binding("motcua.server.portFile"));
    options.addOption(Option("setup-only", "",
                             "migrate the database, apply --demo / --bootstrap-admin, then exit")
                          .binding("motcua.setupOnly")
                          .noArgument());
    options.addOption(Option("set", "D", "set a configuration property, NAME=VALUE")
                          .argument("NAME=VALUE")
                          .repeatable(true));
    options.addOption(
        Option("log-level", "", "fatal|critical|error|warning|notice|information|debug|trace")
            .argument("LEVEL")
            .binding("motcua.log.level"));
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
    } else if (name == "setup-only") {
        config().setBool("motcua.setupOnly", true);
    } else if (name == "set") {
        const auto eq = value.find('=');
        if (eq == std::string::npos)
            throw Poco::InvalidArgumentException("--set needs NAME=VALUE");
        config().setString(value.substr(0, eq), value.substr(eq + 1));
    }
}

int ServerApp::bootstrapAdmin(ServerContext& context, const std::string& username)
{
    const char* password = std::getenv("MOTCUA_ADMIN_PASSWORD");
    if (!password || !*password) {
        logger().fatal("--bootstrap-admin needs the password in MOTCUA_ADMIN_PASSWORD");
        return EXIT_CONFIG;
    }
    if (auto ok = PasswordPolicy::check(password, username); !ok) {
        logger().fatal("MOTCUA_ADMIN_PASSWORD refused: %s", ok.error().message.toStdString());
        return EXIT_CONFIG;
    }
    const bool created = context.database.write([&](Poco::Data::Session& s) {
        if (context.users.exists(s, username))
            return false; // never overwrite an existing account's password
        auto hash = context.hasher.hash(password);
        if (!hash)
            throw Poco::InvalidArgumentException(hash.error().message.toStdString());
        User u;
        u.username = QString::fromStdString(username);
        u.fullName = QStringLiteral("Quản trị hệ thống");
        u.roles = {Role::Administrator};
        u.version = 1;
        context.users.save(s, u, *hash);
        context.journal.record(
            s, {"bootstrap", "user.create", "user", username, 0, 1, "bootstrap administrator", ""});
        return true;
    });
    logger().information(created ? "administrator %s created"
                                 : "administrator %s already exists; left unchanged",
                         username);
    return EXIT_OK;
}

void ServerApp::displayHelp()
{
    Poco::Util::HelpFormatter help(options());
    help.setCommand(commandName());
    help.setUsage("[OPTIONS]");
    help.setHeader("MotCua server: the authoritative one-stop counter workflow service.");
    help.format(std::cout);
}

// Poco's Application::run() catches and logs whatever main() throws, and a startup failure
// (a bad configuration, a database that cannot be opened) is meant to end the process that way.
int ServerApp::main(const std::vector<std::string>&) // NOLINT(bugprone-exception-escape)
{
    if (m_helpRequested) {
        displayHelp();
        return EXIT_OK;
    }
    const auto& cfg = config();
    // A clock set for tests and demonstrations (the evening before a version takes effect):
    // never on a real centre's server, so it is said loudly.
    if (const std::string start = cfg.getString("motcua.testing.now", ""); !start.empty()) {
        const QDateTime at = QDateTime::fromString(QString::fromStdString(start), Qt::ISODate);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
            throw Poco::InvalidArgumentException(
                "motcua.testing.now: an ISO instant with its offset, e.g. "
                "2027-03-08T23:59:50+07:00");
        vntime::setClockForTesting(at);
        logger().warning("THE CLOCK IS SET FOR TESTING: it showed %s at start-up", start);
    }
    const std::string bind = cfg.getString("motcua.server.bind", "127.0.0.1");
    const int port = cfg.getInt("motcua.server.port", 8686);
    const std::size_t maxBody =
        static_cast<std::size_t>(cfg.getInt("motcua.server.maxBodyBytes", 1 << 20));

    // Storage: embedded SQLite in the data folder unless a PostgreSQL connection string is given.
    const std::string dataDir =
        cfg.getString("motcua.data.dir", Poco::Path::dataHome() + "motcua/server");
    Poco::File(dataDir).createDirectories();
    Database::Options dbOptions;
    dbOptions.connectionString = cfg.getString("motcua.database", "");
    dbOptions.sqlitePath = Poco::Path(dataDir).append("motcua.db").toString();
    dbOptions.maxSessions = cfg.getInt("motcua.database.maxSessions", 32);
    dbOptions.sqliteSynchronous = cfg.getString("motcua.sqlite.synchronous", "NORMAL");

    // The token signing key: shared through configuration when several servers share one
    // PostgreSQL database, otherwise kept (0600) in the data folder.
    auto key = cfg.has("motcua.auth.secret")
                   ? SecretKey::fromHex(cfg.getString("motcua.auth.secret"))
                   : SecretKey::loadOrCreate(Poco::Path(dataDir).append("secret.key").toString());
    if (!key) {
        logger().fatal("signing key: %s", key.error().describe().toStdString());
        return EXIT_CONFIG;
    }
    PasswordHasher::Params hashing;
    hashing.memoryKiB = static_cast<std::uint32_t>(
        cfg.getInt("motcua.auth.argon2.memoryKiB", int(hashing.memoryKiB)));
    hashing.iterations = static_cast<std::uint32_t>(
        cfg.getInt("motcua.auth.argon2.iterations", int(hashing.iterations)));
    TokenService::Settings tokens;
    tokens.accessLifetime = std::chrono::seconds(cfg.getInt("motcua.auth.accessTokenSeconds", 900));
    ServerContext context(dbOptions, std::move(key).value(), hashing, tokens);
    context.refreshLifetime =
        std::chrono::seconds(cfg.getInt("motcua.auth.refreshTokenSeconds", 7 * 24 * 3600));
    // During a key rotation the replaced key still verifies the tokens it signed (docs/API.md).
    if (cfg.has("motcua.auth.previousSecret")) {
        auto previous = SecretKey::fromHex(cfg.getString("motcua.auth.previousSecret"));
        if (!previous) {
            logger().fatal("motcua.auth.previousSecret: %s",
                           previous.error().describe().toStdString());
            return EXIT_CONFIG;
        }
        context.tokenService.acceptAlso(std::move(previous).value());
    }
    logger().information("token signing key id %s", context.tokenService.currentKeyId());
    const int schema = Migrations::migrate(context.database);
    logger().information(
        "database: %s, schema version %d",
        std::string(context.database.isPostgres() ? "PostgreSQL" : dbOptions.sqlitePath), schema);
    // Other server processes on the same PostgreSQL database wake this one's long polls.
    std::unique_ptr<PgChangeListener> changeListener;
    if (context.database.isPostgres())
        changeListener = std::make_unique<PgChangeListener>(dbOptions.connectionString,
                                                            context.journal.changeSignal());

    if (cfg.getBool("motcua.demo", false)) {
        const char* demoPassword = std::getenv("MOTCUA_DEMO_PASSWORD");
        DemoLoader loader(context.database, context.catalogue, context.users, context.settings,
                          context.journal, context.hasher);
        const int n =
            loader.load(demoPassword ? demoPassword : "", [this](const std::string& message) {
                // A secret: on the terminal once, never into the log (which is kept and shipped).
                std::cout << message << std::endl;
                logger().warning("demo users created with a generated password, printed once on "
                                 "the terminal (standard output), not logged");
            });
        logger().information("demo catalogue: %d procedures", n);
    }
    if (cfg.has("motcua.bootstrapAdmin")) {
        if (int rc = bootstrapAdmin(context, cfg.getString("motcua.bootstrapAdmin")); rc != EXIT_OK)
            return rc;
    }

    if (cfg.getBool("motcua.setupOnly", false)) {
        logger().information("setup done; exiting (--setup-only)");
        return EXIT_OK;
    }

    // Behind a reverse proxy: X-Forwarded-For is believed from these addresses only.
    TrustedProxies proxies;
    try {
        proxies = TrustedProxies(cfg.getString("motcua.server.trustedProxies", ""));
    } catch (const Poco::InvalidArgumentException& e) {
        logger().fatal("motcua.server.trustedProxies: %s", e.message());
        return EXIT_CONFIG;
    }

    // Citizen notifications: channels from motcua.notify.*, delivered by a thread of their own.
    NotificationDispatcher dispatcher(context.notifications,
                                      NotificationSetup::dispatcherSettings(cfg), logger());
    NotificationSetup::configure(cfg, context.notifications, dispatcher, logger());

    // Every route declares who may call it; the authenticator is the guard of all but the
    // public ones (default deny).
    Authenticator auth(context);
    Router router([&auth](RequestContext& ctx, const Access& access) { auth.admit(ctx, access); });
    HealthController health(MOTCUA_VERSION);
    health.registerRoutes(router);
    AuthController authApi(context);
    authApi.registerRoutes(router);
    CalendarController calendarApi(context);
    calendarApi.registerRoutes(router);
    CatalogueController catalogueApi(context);
    catalogueApi.registerRoutes(router);
    ProcedureVersionController procedureVersionApi(context);
    procedureVersionApi.registerRoutes(router);
    CatalogueImportController catalogueImportApi(context);
    catalogueImportApi.registerRoutes(router);
    UserController userApi(context);
    userApi.registerRoutes(router);
    DossierController dossierApi(context);
    dossierApi.registerRoutes(router);
    // Each waiting workstation holds a request thread (Poco serves a connection on one thread):
    // the pool is sized for a province's workstations, and the waits are capped below it so
    // that the other requests always find a thread.
    const int maxThreads = cfg.getInt("motcua.server.maxThreads", 1024);
    FeedController feedApi(context, cfg.getInt("motcua.feed.maxWaiters", maxThreads * 3 / 4));
    feedApi.registerRoutes(router);
    PublicController publicApi(context, cfg.getInt("motcua.public.lookupsPerMinute", 120));
    publicApi.registerRoutes(router);
    AttachmentStore attachments(context.database, dataDir);
    CatalogueBundleController catalogueBundleApi(
        context, attachments,
        std::size_t(cfg.getInt64("motcua.catalogue.maxImportBytes", 256LL << 20)));
    catalogueBundleApi.registerRoutes(router);
    AttachmentController attachmentApi(
        context, attachments, std::size_t(cfg.getInt64("motcua.attachments.maxBytes", 50LL << 20)));
    attachmentApi.registerRoutes(router);
    FormController formApi(context, attachments,
                           std::size_t(cfg.getInt64("motcua.forms.maxBytes", 10LL << 20)));
    formApi.registerRoutes(router);
    NotificationController notificationApi(context);
    notificationApi.registerRoutes(router);
    CounterOutcomeController counterApi(context);
    counterApi.registerRoutes(router);
    OpenApiController openApi(MOTCUA_VERSION);
    openApi.registerRoutes(router); // last: it documents every route registered before it

    // Made before the pool's threads start: everything a request thread reads (the router, the
    // controllers, this factory) is then written before those threads exist, which is what
    // ThreadSanitizer can see (the hand-off inside Poco, not instrumented, it cannot).
    Poco::Net::HTTPRequestHandlerFactory::Ptr handlers(
        new ApiRequestHandlerFactory(router, logger(), maxBody, std::move(proxies)));

    // Poco's default pool (16 threads) starves keep-alive clients: size ours on purpose. A thread
    // waits in a long poll or a keep-alive read most of its life; its stack is only reserved.
    Poco::ThreadPool pool("http", cfg.getInt("motcua.server.minThreads", 8), maxThreads);
    Poco::AutoPtr<Poco::Net::HTTPServerParams> params(new Poco::Net::HTTPServerParams);
    params->setMaxThreads(maxThreads);
    params->setMaxQueued(cfg.getInt("motcua.server.maxQueued", 256));
    params->setKeepAlive(true);
    params->setKeepAliveTimeout(
        Poco::Timespan(cfg.getInt("motcua.server.keepAliveSeconds", 10), 0));
    params->setMaxKeepAliveRequests(cfg.getInt("motcua.server.maxKeepAliveRequests", 10000));

    // TLS when a certificate is configured (TLS 1.2 or newer only).
    const std::string certificate = cfg.getString("motcua.server.tls.certificate", "");
    const std::string privateKey = cfg.getString("motcua.server.tls.privateKey", "");
    const Poco::Net::SocketAddress address(bind, static_cast<Poco::UInt16>(port));
    std::unique_ptr<Poco::Net::ServerSocket> listener;
    if (!certificate.empty()) {
        Poco::Net::initializeSSL();
        Poco::Net::Context::Ptr tls = new Poco::Net::Context(
            Poco::Net::Context::TLS_SERVER_USE, privateKey, certificate, "",
            Poco::Net::Context::VERIFY_NONE, 9, false, "HIGH:!aNULL:!eNULL:!MD5:!RC4:@STRENGTH");
        tls->requireMinimumProtocol(Poco::Net::Context::PROTO_TLSV1_2);
        listener = std::make_unique<Poco::Net::SecureServerSocket>(address, 64, tls);
    } else {
        listener = std::make_unique<Poco::Net::ServerSocket>(address);
    }
    Poco::Net::ServerSocket& socket = *listener;
    const auto actualPort = socket.address().port();
    Poco::Net::HTTPServer server(handlers, pool, socket, params);
    server.start();
    if (cfg.getBool("motcua.notify.enabled", true))
        dispatcher.start();
    logger().information("motcua-server %s listening on %s://%s:%hu", std::string(MOTCUA_VERSION),
                         std::string(certificate.empty() ? "http" : "https"), bind, actualPort);

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
    context.journal.changeSignal().close(); // long polls answer now, not at their deadline
    changeListener.reset();
    server.stopAll(false);
    pool.joinAll();
    dispatcher.stop(); // after the last request: nothing more is queued
    logger().information("stopped");
    return EXIT_OK;
}

} // namespace motcua::server
