#pragma once

#include <QObject>
#include <QTcpServer>
#include <QUrl>

class QTcpSocket;

namespace motcua::test {

// A loopback TCP proxy in front of the server that can lose the server's answers: the request
// arrives and is done, the client only sees its connection reset — the ambiguous failure. It runs
// on the test's thread: wait with QTest::qWaitFor, never with a blocking waitFor*.
class LossyProxy : public QObject {
public:
    explicit LossyProxy(quint16 target);
    QUrl url() const;
    bool loseAnswers = false;
    int lost = 0;

private:
    void relay(QTcpSocket* client);

    QTcpServer m_listener;
    quint16 m_target;
};

} // namespace motcua::test
