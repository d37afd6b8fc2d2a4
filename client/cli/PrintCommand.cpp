#include "cli/PrintCommand.h"

#include "codec/JsonCodec.h"
#include "core/api/ApiClient.h"
#include "core/api/ProblemText.h"
#include "core/api/ServerJson.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "forms/FormDataFactory.h"
#include "forms/FormRenderer.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTextStream>

namespace motcua::client {

namespace {

int fail(const QString& message, int code = 1)
{
    QTextStream(stderr) << "motcua print: " << message << Qt::endl;
    return code;
}

} // namespace

int PrintCommand::run(QGuiApplication& app, const QStringList& arguments)
{
    Q_UNUSED(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "PrintCommand", "Prints a form of a dossier to a PDF file without opening the window."));
    parser.addHelpOption();
    const QCommandLineOption formOption(
        QStringLiteral("form"),
        QCoreApplication::translate(
            "PrintCommand", "receipt, control-slip, supplement, refusal, separator or apology"),
        QStringLiteral("FORM"));
    const QCommandLineOption dossierOption(
        QStringLiteral("dossier"), QCoreApplication::translate("PrintCommand", "dossier code"),
        QStringLiteral("CODE"));
    const QCommandLineOption outputOption(
        QStringLiteral("output"), QCoreApplication::translate("PrintCommand", "PDF file to write"),
        QStringLiteral("FILE"));
    const QCommandLineOption serverOption(
        QStringLiteral("server"),
        QCoreApplication::translate("PrintCommand", "motcua-server address"),
        QStringLiteral("URL"));
    const QCommandLineOption dataOption(
        QStringLiteral("data-dir"),
        QCoreApplication::translate("PrintCommand", "the workstation's data folder"),
        QStringLiteral("DIR"));
    // Read before the parser runs (the messages are translated already): see chosenLanguage().
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QCoreApplication::translate("PrintCommand", "vi or en"),
                                        QStringLiteral("LANG"));
    parser.addOptions(
        {formOption, dossierOption, outputOption, serverOption, dataOption, langOption});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    const auto kind = parseFormKind(parser.value(formOption));
    if (!kind || *kind == FormKind::Register)
        return fail(
            QCoreApplication::translate(
                "PrintCommand",
                "--form must be receipt, control-slip, supplement, refusal, separator or apology"),
            2);
    const QString code = parser.value(dossierOption).trimmed();
    const QString output = parser.value(outputOption);
    if (code.isEmpty() || output.isEmpty())
        return fail(
            QCoreApplication::translate("PrintCommand", "--dossier and --output are required"), 2);

    // The window's own store (same folder, same file), so that a reprint works offline too.
    const QString dataDir =
        parser.isSet(dataOption) ? parser.value(dataOption) : Workstation::defaultDataDir();
    QDir().mkpath(dataDir);
    auto opened = LocalStore::open(QDir(dataDir).filePath(Workstation::storeFileName()));
    if (!opened)
        return fail(QCoreApplication::translate("PrintCommand", "cannot open the local store: %1")
                        .arg(opened.error().message));
    LocalStore& store = **opened;

    const QString username = qEnvironmentVariable("MOTCUA_USER");
    const QString password = qEnvironmentVariable("MOTCUA_PASSWORD");
    const QUrl server = parser.isSet(serverOption)
                            ? QUrl::fromUserInput(parser.value(serverOption))
                            : QUrl(store.setting(QStringLiteral("server/url")).toString());
    std::optional<Dossier> dossier;
    User clerk;
    QString source;
    if (!username.isEmpty() && !password.isEmpty() && server.isValid()) {
        ApiClient api;
        api.setBaseUrl(server);
        const QJsonObject credentials{{"username", username}, {"password", password}};
        ApiClient::Request login;
        login.method = "POST";
        login.path = QStringLiteral("/auth/login");
        login.body = QJsonDocument(credentials).toJson(QJsonDocument::Compact);
        login.authenticate = false;
        const ApiResult session = api.call(login);
        if (session.ok()) {
            const QJsonObject o = session.body.toObject();
            api.setTokens(o.value("accessToken").toString(), o.value("refreshToken").toString());
            clerk = fromServer<User>(o.value("user")).value_or(User{});
            const ApiResult got = api.get(QStringLiteral("/dossiers/") + code);
            if (got.ok()) {
                auto d = fromServer<Dossier>(got.body);
                if (!d) {
                    // Printing a wrong form would be worse than none: a newer server has sent
                    // what this version cannot represent (a status added later, say).
                    return fail(QCoreApplication::translate(
                                    "PrintCommand",
                                    "dossier %1 comes from a newer version of the server than "
                                    "this application understands: update the application (%2)")
                                    .arg(code, d.error().describe()));
                }
                dossier = *d;
                source = server.toString();
                if (!store.isPending(code))
                    (void)store.saveDossier(*d, false);
            } else if (!got.unreachable()) {
                return fail(
                    got.httpStatus == 404
                        ? QCoreApplication::translate("PrintCommand", "no dossier %1 on the server")
                              .arg(code)
                        : ProblemText::message(got.problemCode));
            }
            // Logged out again at once: a reprint leaves no session behind.
            api.post(QStringLiteral("/auth/logout"),
                     QJsonDocument(QJsonObject{{"refreshToken", api.refreshToken()}})
                         .toJson(QJsonDocument::Compact));
        } else if (!session.unreachable()) {
            return fail(ProblemText::message(session.problemCode));
        } else {
            // Offline: the password is still checked, against this workstation's cache.
            auto offline = store.verifyOfflineLogin(username, password);
            if (!offline)
                return fail(ProblemText::message(offline.error().code));
            clerk = *offline;
        }
    }
    if (!dossier) {
        dossier = store.dossier(code);
        source = QCoreApplication::translate("PrintCommand", "the local cache");
        if (!dossier)
            return fail(QCoreApplication::translate(
                            "PrintCommand",
                            "dossier %1 is not in the local cache and the server was not "
                            "reached (set MOTCUA_USER and MOTCUA_PASSWORD, and --server)")
                            .arg(code));
    }

    const FormDataFactory factory(store);
    if (*kind == FormKind::Receipt || clerk.username.isEmpty()) {
        const User officer = factory.receivingOfficer(*dossier);
        if (!officer.username.isEmpty())
            clerk = officer;
    }
    const FormData data = factory.forDossier(*kind, *dossier, clerk);
    const FormRenderer renderer(FormSettings::load(QSettings()));
    if (const Status s = renderer.renderPdf(data, output); !s)
        return fail(s.error().message +
                    (s.error().path.isEmpty() ? QString() : u' ' + s.error().path));
    QTextStream(stdout) << QCoreApplication::translate("PrintCommand", "%1: %2 of %3 (from %4)")
                               .arg(output, formKindTitle(*kind), code, source)
                        << Qt::endl;
    return 0;
}

} // namespace motcua::client
