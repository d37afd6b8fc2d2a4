#include "core/FileType.h"

#include <QtTest>

using namespace motcua;

class TstFileType : public QObject {
    Q_OBJECT
private slots:
    void byContentNotByName_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("mime");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n%\xE2\xE3") << "application/pdf";
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16) << "image/png";
        QTest::newRow("jpeg") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << "image/jpeg";
        QTest::newRow("tiff little-endian") << QByteArray("II*\0\x08\0\0\0", 8) << "image/tiff";
        QTest::newRow("tiff big-endian") << QByteArray("MM\0*\0\0\0\x08", 8) << "image/tiff";
        QTest::newRow("a word file") << QByteArray("PK\x03\x04\x14\0", 6) << "";
        QTest::newRow("text saying PDF") << QByteArray("hello %PDF-1.4") << "";
        QTest::newRow("truncated png") << QByteArray("\x89PNG\r\n", 6) << "";
        QTest::newRow("empty") << QByteArray() << "";
    }
    void byContentNotByName()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, mime);
        QCOMPARE(sniffMimeType(head), mime);
        QCOMPARE(sniffFileType(head) == FileType::Unknown, mime.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstFileType)
#include "tst_filetype.moc"
