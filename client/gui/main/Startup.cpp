#include "gui/main/Startup.h"

#include "core/sync/Workstation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace motcua::client {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MotCua"));
    QCoreApplication::setApplicationName(QStringLiteral("motcua"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MOTCUA_VERSION));
}

QString chosenLanguage(const QStringList& arguments)
{
    const int i = arguments.indexOf(QStringLiteral("--lang"));
    if (i >= 0 && i + 1 < arguments.size())
        return arguments.at(i + 1);
    for (const QString& a : arguments) {
        if (a.startsWith(QStringLiteral("--lang=")))
            return a.mid(7);
    }
    return QSettings().value(QStringLiteral("ui/language"), QStringLiteral("vi")).toString();
}

namespace {

// Qt's standard dialog buttons take their words from qtbase's catalogue, and Debian ships no
// Vietnamese qtbase_vi.qm: without these entries every "Cancel" and "Close" of our dialogs would
// stay English. Listed here so that lupdate keeps them in our own catalogue, under Qt's context
// (Qt 6.4, QPlatformTheme::defaultStandardButtonText).
[[maybe_unused]] const char* const kStandardButtons[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

} // namespace

void installTranslations(QCoreApplication& app, const QString& language)
{
    const bool english = language == QStringLiteral("en");
    const QLocale locale(english ? QLocale::English : QLocale::Vietnamese,
                         english ? QLocale::UnitedKingdom : QLocale::Vietnam);
    QLocale::setDefault(locale);
    // Parented to the application, so they live as long as it does.
    auto* ours = new QTranslator(&app);
    if (ours->load(locale, QStringLiteral("motcua"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

StartupOptions startup(QCoreApplication& app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("MotCua one-stop counter client. Also: motcua print --help, "
                       "motcua scan --help, motcua decode --help"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOption(
        QStringLiteral("server"), QStringLiteral("motcua-server address"), QStringLiteral("URL"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("interface language: vi or en"),
                                        QStringLiteral("LANG"));
    const QCommandLineOption dataOption(QStringLiteral("data-dir"),
                                        QStringLiteral("the workstation's data folder"),
                                        QStringLiteral("DIR"));
    const QCommandLineOption benchOption(
        QStringLiteral("bench-startup"),
        QStringLiteral("benchmark: log in from MOTCUA_USER/MOTCUA_PASSWORD, print the time to a "
                       "ready screen, quit"));
    parser.addOptions({serverOption, langOption, dataOption, benchOption});
    parser.process(app);

    const QString language = chosenLanguage(app.arguments());
    installTranslations(app, language);
    if (parser.isSet(langOption))
        QSettings().setValue(QStringLiteral("ui/language"), language);

    StartupOptions options;
    if (parser.isSet(serverOption))
        options.serverUrl = QUrl::fromUserInput(parser.value(serverOption));
    options.dataDir =
        parser.isSet(dataOption) ? parser.value(dataOption) : Workstation::defaultDataDir();
    options.benchStartup = parser.isSet(benchOption);
    return options;
}

} // namespace motcua::client
