#include "ServerProcess.h"

#include "ContractProxy.h"
#include "ContractViolations.h"

#include <csignal>

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTest>

namespace motcua::test {

ServerProcess::ServerProcess(QString binary)
    : m_binary(std::move(binary))
{
    // The server's log goes to a file: a pipe nobody drains would fill up and block the server
    // on its next log line.
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_dir.path() + QStringLiteral("/server.log"),
                                    QIODevice::Append);
    // The server reads MOTCUA_* variables (passwords, data folder, ...): a test sets the ones it
    // wants with setEnvironment(), and none leaks in from the shell that runs the tests.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys()) {
        if (name.startsWith(QLatin1String("MOTCUA_")))
            env.remove(name);
    }
    // In a sanitizer tree the server's reports go to files of their own (sanitizer.PID), beside
    // its log: a report must fail the test even when the server is killed with SIGKILL (exit code
    // lost) or reports at exit (LeakSanitizer). The other options come from the test's
    // environment (tests/CMakeLists.txt); uninstrumented builds ignore these variables.
    for (const char* name : {"ASAN_OPTIONS", "UBSAN_OPTIONS", "TSAN_OPTIONS"}) {
        const QString options = env.value(QLatin1String(name));
        env.insert(QLatin1String(name), options + (options.isEmpty() ? "" : ":") +
                                            QStringLiteral("log_path=") + m_dir.path() +
                                            QStringLiteral("/sanitizer"));
    }
    m_process.setProcessEnvironment(env);
}

ServerProcess::~ServerProcess()
{
    // A report no stop() handed to the test (a test that leaves its server to this destructor)
    // still fails it.
    const bool shown = m_sanitizerReportShown;
    if (m_process.state() != QProcess::NotRunning)
        stop(5000);
    if (!shown && !sanitizerReport().isEmpty())
        qFatal("motcua-server: sanitizer report:\n%s", qPrintable(sanitizerReport()));
}

QString ServerProcess::sanitizerReport() const
{
    QString report;
    const QDir dir(m_dir.path());
    for (const QString& name : dir.entryList({QStringLiteral("sanitizer.*")}, QDir::Files)) {
        QFile file(dir.filePath(name));
        if (file.open(QIODevice::ReadOnly))
            report += QString::fromUtf8(file.readAll());
    }
    return report;
}

void ServerProcess::setEnvironment(const QString& name, const QString& value)
{
    QProcessEnvironment env = m_process.processEnvironment();
    env.insert(name, value);
    m_process.setProcessEnvironment(env);
}

void ServerProcess::kill()
{
    m_proxy.reset();
    if (m_process.state() == QProcess::NotRunning)
        return;
    ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
    m_process.waitForFinished(20000);
}

bool ServerProcess::start(const QStringList& extraArgs, int timeoutMs)
{
    const QString portFile = m_dir.path() + QStringLiteral("/port");
    QFile::remove(portFile);
    QStringList args{QStringLiteral("--port"),      QStringLiteral("0"),
                     QStringLiteral("--bind"),      QStringLiteral("127.0.0.1"),
                     QStringLiteral("--data-dir"),  dataDir(),
                     QStringLiteral("--port-file"), portFile};
    args += extraArgs;
    m_process.start(m_binary, args);
    if (!m_process.waitForStarted(timeoutMs))
        return false;
    QFile file(portFile);
    const bool up = QTest::qWaitFor(
        [&] { return file.exists() || m_process.state() == QProcess::NotRunning; }, timeoutMs);
    if (!up || !file.open(QIODevice::ReadOnly))
        return false;
    m_port = static_cast<quint16>(file.readAll().trimmed().toUInt());
    if (m_port == 0)
        return false;
    m_proxyError.clear();
    if (const QString prism = ContractProxy::requestedPrism(); !prism.isEmpty()) {
        m_proxy =
            std::make_unique<ContractProxy>(prism, m_dir.path() + QStringLiteral("/prism.log"));
        if (!m_proxy->start(m_port)) {
            m_proxyError = m_proxy->error();
            m_proxy.reset();
            stop();
            return false;
        }
    }
    return true;
}

quint16 ServerProcess::port() const
{
    return m_proxy ? m_proxy->port() : m_port;
}

int ServerProcess::stop(int timeoutMs)
{
    m_proxy.reset();
    ContractViolations::reportPending(); // what request threads found, before the test ends
    int code = -1;
    if (m_process.state() == QProcess::NotRunning) {
        code = m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    } else {
        ::kill(static_cast<pid_t>(m_process.processId()), SIGTERM);
        if (!m_process.waitForFinished(timeoutMs)) {
            m_process.kill();
            m_process.waitForFinished(timeoutMs);
        } else if (m_process.exitStatus() == QProcess::NormalExit) {
            code = m_process.exitCode();
        }
    }
    if (const QString report = sanitizerReport(); !report.isEmpty()) {
        if (!m_sanitizerReportShown)
            qWarning().noquote() << "motcua-server: sanitizer report:\n" << report;
        m_sanitizerReportShown = true;
        return SanitizerReport;
    }
    return code;
}

QUrl ServerProcess::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port()));
}

QString ServerProcess::output() const
{
    QFile log(m_dir.path() + QStringLiteral("/server.log"));
    return (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString()) +
           m_proxyError;
}

} // namespace motcua::test
