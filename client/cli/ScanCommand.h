#pragma once

#include <QCoreApplication>
#include <QStringList>

class QGuiApplication;

namespace motcua::client {

// `motcua scan --device NAME [--source flatbed|adf|duplex] [--mode color|gray|lineart]
//  [--resolution DPI] [--page-size a4|a5|letter|legal|full] [--jpeg-quality N]
//  [--option NAME=VALUE]... --output FILE.pdf`
// scans every page the source gives (one from the glass; the whole stack from a feeder) into one
// PDF, without the window, for scripts and tests. `motcua scan --list-devices` lists the
// scanners SANE finds, one "NAME<TAB>description" per line.
//
// Pages are written as they come: when the scanner stops part-way (jam, cover open, unplugged)
// the pages already scanned are still in the PDF, and the exit status says it failed.
// Exit codes: 0 scanned, 1 failed (a one-line reason on stderr), 2 bad command line.
class ScanCommand {
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)
public:
    // `arguments` as QCoreApplication::arguments() gives them, without the "scan" word.
    static int run(QGuiApplication& app, const QStringList& arguments);
};

} // namespace motcua::client
