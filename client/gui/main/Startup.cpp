#include "gui/main/Startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace motcua::client {

StartupOptions startup(QApplication& app)
{
    QApplication::setOrganizationName(QStringLiteral("MotCua"));
    QApplication::setApplicationName(QStringLiteral("motcua"));
    QApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("MotCua one-stop counter client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("motcua-server address"), QStringLiteral("URL"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("interface language: vi or en"),
                                        QStringLiteral("LANG"));
    parser.addOption(serverOption);
    parser.addOption(langOption);
    parser.process(app);

    QSettings settings;
    const QString lang =
        parser.isSet(langOption)
            ? parser.value(langOption)
            : settings.value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString();
    const QLocale locale(lang == QStringLiteral("en") ? QLocale::English : QLocale::Vietnamese,
                         lang == QStringLiteral("en") ? QLocale::UnitedKingdom : QLocale::Vietnam);
    QLocale::setDefault(locale);
    // Parented to the application, so they live as long as it does.
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("motcua"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);

    StartupOptions options;
    if (parser.isSet(serverOption)) {
        options.serverUrl = QUrl::fromUserInput(parser.value(serverOption));
        settings.setValue(QStringLiteral("server/url"), options.serverUrl.toString());
    } else {
        options.serverUrl = QUrl(
            settings.value(QStringLiteral("server/url"), QStringLiteral("http://127.0.0.1:8686"))
                .toString());
    }
    return options;
}

} // namespace motcua::client
