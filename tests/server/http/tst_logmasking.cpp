#include "http/LogMasking.h"

#include <QtTest>

using motcua::server::maskedUri;

class TstLogMasking : public QObject {
    Q_OBJECT
private slots:
    void personalDataIsMasked_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("logged");
        QTest::newRow("search words") << "/api/v1/dossiers?q=nguyen%20van%20an&page=2"
                                      << "/api/v1/dossiers?q=***&page=2";
        QTest::newRow("phone by name") << "/x?phone=0912345678"
                                       << "/x?phone=***";
        QTest::newRow("ID number by name") << "/x?idNumber=001190012345"
                                           << "/x?idNumber=***";
        QTest::newRow("e-mail by shape") << "/x?to=an%40example.vn"
                                         << "/x?to=***";
        QTest::newRow("phone by shape") << "/x?dossier=0912%20345%20678"
                                        << "/x?dossier=***";
        QTest::newRow("number in the path") << "/api/v1/citizens/001190012345/dossiers"
                                            << "/api/v1/citizens/***/dossiers";
        QTest::newRow("file name") << "/api/v1/dossiers/C/components/1/attachments?name=cccd.pdf"
                                   << "/api/v1/dossiers/C/components/1/attachments?name=***";
        QTest::newRow("codes stay") << "/api/v1/dossiers/000.00.71.H36-261122-0001?x=1"
                                    << "/api/v1/dossiers/000.00.71.H36-261122-0001?x=1";
        QTest::newRow("any long number") << "/api/v1/changes?since=123456789012&limit=500"
                                         << "/api/v1/changes?since=***&limit=500";
        QTest::newRow("no query") << "/api/v1/health"
                                  << "/api/v1/health";
        QTest::newRow("flag without value") << "/x?q&state=failed"
                                            << "/x?q&state=failed";
    }
    void personalDataIsMasked()
    {
        QFETCH(QString, uri);
        QFETCH(QString, logged);
        QCOMPARE(QString::fromStdString(maskedUri(uri.toStdString())), logged);
    }
};

QTEST_GUILESS_MAIN(TstLogMasking)
#include "tst_logmasking.moc"
