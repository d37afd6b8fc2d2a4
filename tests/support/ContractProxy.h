#pragma once

#include <QProcess>
#include <QString>

namespace motcua::test {

// Stoplight Prism in proxy mode in front of a motcua-server: it forwards every request, checks
// the request and the answer against the server's own /api/v1/openapi.json and reports what the
// document does not describe in an `sl-violations` answer header (ContractViolations judges it).
// Used by ServerProcess when MOTCUA_TEST_CONTRACT names the prism executable (the *_contract
// tests); docs/API.md, "The contract test".
class ContractProxy {
public:
    // The prism executable the environment asks for, or empty when the contract is not checked.
    static QString requestedPrism();
    // The server behind the running proxy on `port`, or 0 when `port` is no proxy of ours: the
    // few exchanges Prism cannot carry faithfully go there directly (ApiClient).
    static quint16 upstreamOf(quint16 port);

    ContractProxy(QString prism, QString logFile);
    ~ContractProxy();

    // Starts Prism on a port the kernel chose, in front of 127.0.0.1:upstreamPort; returns once
    // it accepts connections, false (with error()) if it cannot start or exits.
    bool start(quint16 upstreamPort, int timeoutMs = 60000);
    void stop();
    quint16 port() const { return m_port; }
    QString error() const { return m_error; }

private:
    QString m_prism;
    QString m_logFile;
    QProcess m_process;
    quint16 m_port = 0;
    quint16 m_upstream = 0;
    QString m_error;
};

} // namespace motcua::test
