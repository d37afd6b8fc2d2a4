#include "ServerProcess.h"
#include "core/net/ServerConnection.h"

#include <QSignalSpy>
#include <QtTest>

using namespace motcua::client;
using namespace motcua::test;

class TstServerConnection : public QObject {
    Q_OBJECT
private slots:
    void onlineWhileTheServerAnswersOfflineWhenItStops()
    {
        ServerProcess server{QStringLiteral(MOTCUA_SERVER_BIN)};
        QVERIFY2(server.start(), qPrintable(server.output()));

        ServerConnection connection;
        connection.setServerUrl(server.url());
        connection.setInterval(60000, 60000); // the test drives the checks itself
        QSignalSpy changes(&connection, &ServerConnection::stateChanged);
        connection.start();
        QTRY_COMPARE(connection.state(), ServerConnection::State::Online);
        QCOMPARE(connection.serverVersion(), QStringLiteral("0.1.0"));

        QCOMPARE(server.stop(), 0);
        connection.checkNow();
        QTRY_COMPARE(connection.state(), ServerConnection::State::Offline);
        QCOMPARE(changes.size(), 2);
    }

    void anInvalidAddressIsOffline()
    {
        ServerConnection connection;
        connection.setServerUrl(QUrl());
        connection.start();
        QCOMPARE(connection.state(), ServerConnection::State::Offline);
    }
};

QTEST_GUILESS_MAIN(TstServerConnection)
#include "tst_serverconnection.moc"
