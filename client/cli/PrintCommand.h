#pragma once

#include <QStringList>

class QGuiApplication;

namespace motcua::client {

// `motcua print --form receipt|control-slip|supplement|refusal --dossier CODE --output FILE.pdf
//  [--server URL] [--data-dir DIR] [--lang vi|en]`: reprints a form without the window, for scripts
//  and for a
// clerk's "print again". With MOTCUA_USER / MOTCUA_PASSWORD it logs in and takes the dossier
// fresh from the server (and keeps the copy in the local cache, unless local changes to it wait
// to be sent); when the server cannot be reached, or without credentials, it prints from the
// workstation's local cache — the store of this OS account, which the window keeps in sync.
// Prints one line on success, a precise message on stderr otherwise. Exit codes: 0 printed,
// 1 failed, 2 bad command line.
class PrintCommand {
public:
    static int run(QGuiApplication& app, const QStringList& arguments);
};

} // namespace motcua::client
