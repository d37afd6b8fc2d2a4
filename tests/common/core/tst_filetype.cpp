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

    // Blank forms also come as word-processor files, told by content too.
    void formsByContent_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<bool>("printable");
        const QByteArray zip("PK\x03\x04\x14\0", 6);
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << "application/pdf" << true;
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10) << "image/png" << true;
        QTest::newRow("docx")
            << zip + QByteArray(24, '\0') + "[Content_Types].xml....word/document.xml"
            << "application/vnd.openxmlformats-officedocument.wordprocessingml.document" << false;
        QTest::newRow("odt") << zip + QByteArray(24, '\0') +
                                    "mimetypeapplication/vnd.oasis.opendocument.text"
                             << "application/vnd.oasis.opendocument.text" << false;
        QTest::newRow("doc") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0", 9)
                             << "application/msword" << false;
        QTest::newRow("a spreadsheet (xlsx)")
            << zip + QByteArray(24, '\0') + "[Content_Types].xml....xl/workbook.xml"
            << "" << false;
        QTest::newRow("a plain zip") << zip + QByteArray(60, 'x') << "" << false;
        QTest::newRow("odt spreadsheet")
            << zip + QByteArray(24, '\0') + "mimetypeapplication/vnd.oasis.opendocument.spreadsheet"
            << "" << false;
        QTest::newRow("text") << QByteArray("Họ và tên: ......") << "" << false;
    }
    void formsByContent()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mime);
        QFETCH(bool, printable);
        QCOMPARE(sniffFormMimeType(bytes), mime);
        QCOMPARE(isPrintableForm(mime), printable);
    }
};

QTEST_GUILESS_MAIN(TstFileType)
#include "tst_filetype.moc"
