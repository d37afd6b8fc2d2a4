#pragma once

#include <memory>

#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>
#include <QUrl>

namespace motcua::test {

class ContractProxy;

// A real motcua-server process on a loopback port chosen by the kernel (--port 0), with its own
// temporary data folder. start() returns once the server has bound its port (it writes the port to
// a file only after listening), so tests never guess ports or sleep. With MOTCUA_TEST_CONTRACT set
// (the *_contract tests) the server is reached through Stoplight Prism (ContractProxy), which
// checks every exchange against the server's API document; port() is then the proxy's.
class ServerProcess {
public:
    explicit ServerProcess(QString binary);
    ~ServerProcess();

    // Extra environment variables for the server process (e.g. MOTCUA_DEMO_PASSWORD). The process
    // inherits the test's environment without any MOTCUA_* variable of the caller's shell.
    void setEnvironment(const QString& name, const QString& value);
    // Starts on a fresh port; the data folder persists across stop()/start() (restart tests).
    bool start(const QStringList& extraArgs = {}, int timeoutMs = 20000);
    // SIGKILL: the process gets no chance to flush or close anything.
    void kill();
    // SIGTERM and wait; returns the exit code (-1 if it had to be killed or crashed), or
    // SanitizerReport when a sanitizer reported anything in any run of this server (a sanitizer
    // tree, MOTCUA_SANITIZE): the report is printed, and tests' QCOMPARE(stop(), 0) then fails.
    int stop(int timeoutMs = 20000);
    static constexpr int SanitizerReport = -2;
    // What ASan, UBSan, LSan or TSan wrote about this server so far (all its runs); empty if
    // nothing, and always in an uninstrumented build.
    QString sanitizerReport() const;

    QUrl url() const;
    quint16 port() const; // where API clients connect: the contract proxy's port, if there is one
    quint16 serverPort() const { return m_port; }
    QString dataDir() const { return m_dir.path() + QStringLiteral("/data"); }
    QString output() const; // everything the server logged so far (all its runs)

private:
    QString m_binary;
    QTemporaryDir m_dir;
    QProcess m_process;
    quint16 m_port = 0;
    std::unique_ptr<ContractProxy> m_proxy;
    QString m_proxyError;
    bool m_sanitizerReportShown = false;
};

} // namespace motcua::test
