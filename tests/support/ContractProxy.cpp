#include "ContractProxy.h"

#include <map>
#include <mutex>

#include <QFile>
#include <QFileInfo>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace motcua::test {
namespace {

std::mutex g_mutex;
std::map<quint16, quint16> g_upstreams; // proxy port → server port, of the proxies running

sockaddr_in loopback(quint16 port)
{
    sockaddr_in a{};
    a.sin_family = AF_INET;
    a.sin_port = htons(port);
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    return a;
}

// A port the kernel hands out for a socket bound to port 0; closed again for Prism to take.
quint16 freePort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in a = loopback(0);
    socklen_t size = sizeof a;
    quint16 port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr*>(&a), sizeof a) == 0 &&
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&a), &size) == 0)
        port = ntohs(a.sin_port);
    ::close(fd);
    return port;
}

bool accepts(quint16 port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const sockaddr_in a = loopback(port);
    const bool ok = ::connect(fd, reinterpret_cast<const sockaddr*>(&a), sizeof a) == 0;
    ::close(fd);
    return ok;
}

} // namespace

QString ContractProxy::requestedPrism()
{
    return qEnvironmentVariable("MOTCUA_TEST_CONTRACT");
}

quint16 ContractProxy::upstreamOf(quint16 port)
{
    std::lock_guard lock(g_mutex);
    const auto it = g_upstreams.find(port);
    return it == g_upstreams.end() ? 0 : it->second;
}

ContractProxy::ContractProxy(QString prism, QString logFile)
    : m_prism(std::move(prism))
    , m_logFile(std::move(logFile))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(m_logFile, QIODevice::Append);
}

ContractProxy::~ContractProxy()
{
    stop();
}

bool ContractProxy::start(quint16 upstreamPort, int timeoutMs)
{
    // A missing Prism fails the test: the contract would otherwise pass unchecked.
    if (!QFileInfo(m_prism).isExecutable()) {
        m_error = QStringLiteral("Stoplight Prism not found at %1: run installer/dev.sh, which "
                                 "installs it with `npm ci` in tests/contract")
                      .arg(m_prism);
        return false;
    }
    m_port = freePort();
    const QString upstream = QStringLiteral("http://127.0.0.1:%1").arg(upstreamPort);
    // The document as the server serves it: Prism loads it from the URL before it listens.
    m_process.start(m_prism, {QStringLiteral("proxy"), upstream + "/api/v1/openapi.json", upstream,
                              QStringLiteral("--host"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("--port"), QString::number(m_port),
                              // answers as the server sent them; the log for failures only
                              QStringLiteral("--cors"), QStringLiteral("false"),
                              QStringLiteral("--verboseLevel"), QStringLiteral("warn")});
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = QStringLiteral("cannot run %1: %2").arg(m_prism, m_process.errorString());
        return false;
    }
    const bool up = QTest::qWaitFor(
        [&] { return m_process.state() == QProcess::NotRunning || accepts(m_port); }, timeoutMs);
    if (!up || m_process.state() == QProcess::NotRunning) {
        QFile log(m_logFile);
        m_error = QStringLiteral("Prism did not start:\n") +
                  (log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll().right(4000))
                                                 : QString());
        stop();
        return false;
    }
    m_upstream = upstreamPort;
    std::lock_guard lock(g_mutex);
    g_upstreams[m_port] = m_upstream;
    return true;
}

void ContractProxy::stop()
{
    if (m_upstream) {
        std::lock_guard lock(g_mutex);
        g_upstreams.erase(m_port);
        m_upstream = 0;
    }
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(10000);
    }
}

} // namespace motcua::test
