#pragma once

#include <QString>
#include <QUrl>

class QCoreApplication;

namespace motcua::client {

struct StartupOptions {
    QUrl serverUrl;            // --server: empty = the one remembered by the workstation
    QString dataDir;           // --data-dir: the workstation's store and drafts
    bool benchStartup = false; // --bench-startup: log in from MOTCUA_USER/PASSWORD, report, quit
};

// Application identity (organisation, name, version): before anything reads settings.
void setIdentity();
// Vietnamese by default; "en" for English. Qt's own translations are installed alongside ours.
void installTranslations(QCoreApplication& app, const QString& language);
// The language chosen on the command line (--lang) or saved in the settings.
QString chosenLanguage(const QStringList& arguments);
// The window's command line: --server URL, --data-dir DIR, --lang vi|en, --bench-startup.
StartupOptions startup(QCoreApplication& app);

} // namespace motcua::client
