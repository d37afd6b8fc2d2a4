#pragma once

#include <QUrl>

class QApplication;

namespace motcua::client {

struct StartupOptions {
    QUrl serverUrl;
};

// Application identity, language (Vietnamese by default; --lang en or the saved setting) with
// Qt's own translations alongside ours, and the command line (--server URL, remembered).
StartupOptions startup(QApplication& app);

} // namespace motcua::client
