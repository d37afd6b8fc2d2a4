// `motcua scan`, through ScanCommand::run as main() calls it, against SANE's test backend: the
// feeder's stack into one PDF, line-art as 1 bit, exit codes for bad command lines and failures,
// and the pages already scanned kept in the file when the scanner fails part-way.
#include "PdfTools.h"
#include "cli/ScanCommand.h"

#include <csignal>

#include <QFile>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace motcua::client;
namespace pdf = motcua::test::pdf;

class TstScanCommand : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    int scan(const QStringList& args)
    {
        return ScanCommand::run(*qobject_cast<QGuiApplication*>(QCoreApplication::instance()),
                                QStringList{QStringLiteral("motcua")} + args);
    }

    // Whether the first page is `paper` (in points) within a pixel's truncation: the scanner
    // gives whole pixels, so an A4 page at 100 dpi is 826 px = 594.7 pt wide.
    static bool pageIs(const QString& file, QSizeF paper)
    {
        const QStringList f = pdf::pageSize(file).split(u' ');
        return f.size() >= 3 && qAbs(f[0].toDouble() - paper.width()) < 1.0 &&
               qAbs(f[2].toDouble() - paper.height()) < 1.0;
    }

    // `pdfimages -list` rows as "color comp bpc enc".
    static QStringList imageKinds(const QString& file)
    {
        QStringList kinds;
        const QStringList lines =
            pdf::run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), file}).split(u'\n');
        for (const QString& line : lines.mid(2)) {
            const QStringList f = line.simplified().split(u' ');
            if (f.size() >= 9)
                kinds << f.mid(5, 4).join(u' ');
        }
        return kinds;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR"))
            qputenv("SANE_CONFIG_DIR", MOTCUA_SANE_CONFIG_DIR);
        // QtTest takes SIGPIPE for a crash and installs a handler for it. SANE's reader threads
        // meet a closed pipe whenever a page ends early (cancel, injected fault), and SANE
        // ignores SIGPIPE around its threads only when it finds the default disposition — as it
        // does in the application: give it that.
        std::signal(SIGPIPE, SIG_DFL);
        QStandardPaths::setTestModeEnabled(true); // the last device goes to a test QSettings
        QVERIFY(m_dir.isValid());
        if (!pdf::have(QStringLiteral("pdfinfo")) || !pdf::have(QStringLiteral("pdfimages")))
            QFAIL("poppler-utils is not installed (installer/dev.sh installs it)");
    }

    void theFeederStackIntoOnePdf()
    {
        const QString file = m_dir.filePath(QStringLiteral("adf.pdf"));
        QCOMPARE(scan({QStringLiteral("--device"), QStringLiteral("test:0"),
                       QStringLiteral("--source"), QStringLiteral("adf"), QStringLiteral("--mode"),
                       QStringLiteral("gray"), QStringLiteral("--resolution"),
                       QStringLiteral("100"), QStringLiteral("--output"), file}),
                 0);
        QCOMPARE(pdf::pageCount(file), 10); // the test backend's feeder holds 10 pages
        const QStringList kinds = imageKinds(file);
        QCOMPARE(kinds.size(), 10);
        for (const QString& k : kinds)
            QCOMPARE(k, QStringLiteral("gray 1 8 jpeg"));
        QVERIFY2(pageIs(file, {595.3, 841.9}), qPrintable(pdf::pageSize(file))); // A4
    }

    void modes_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("kind");
        QTest::newRow("color") << "color"
                               << "rgb 3 8 jpeg";
        QTest::newRow("gray") << "gray"
                              << "gray 1 8 jpeg";
        QTest::newRow("lineart") << "lineart"
                                 << "gray 1 1 image";
    }
    void modes()
    {
        QFETCH(QString, mode);
        QFETCH(QString, kind);
        const QString file = m_dir.filePath(mode + QStringLiteral(".pdf"));
        QCOMPARE(scan({QStringLiteral("--device=test:0"), QStringLiteral("--mode"), mode,
                       QStringLiteral("--output"), file}),
                 0);
        QCOMPARE(pdf::pageCount(file), 1); // flatbed by default: one page
        QCOMPARE(imageKinds(file), QStringList{kind});
        QVERIFY2(pageIs(file, {595.3, 841.9}), qPrintable(pdf::pageSize(file))); // A4
    }

    void badCommandLines_data()
    {
        QTest::addColumn<QStringList>("args");
        const QString out = QStringLiteral("--output=x.pdf");
        const QString dev = QStringLiteral("--device=test:0");
        QTest::newRow("no output") << QStringList{dev};
        QTest::newRow("no device") << QStringList{out};
        QTest::newRow("mode") << QStringList{dev, out, QStringLiteral("--mode=sepia")};
        QTest::newRow("source") << QStringList{dev, out, QStringLiteral("--source=tray")};
        QTest::newRow("resolution") << QStringList{dev, out, QStringLiteral("--resolution=high")};
        QTest::newRow("page size") << QStringList{dev, out, QStringLiteral("--page-size=b4")};
        QTest::newRow("quality") << QStringList{dev, out, QStringLiteral("--jpeg-quality=0")};
        QTest::newRow("option") << QStringList{dev, out, QStringLiteral("--option=depth")};
        QTest::newRow("unknown") << QStringList{dev, out, QStringLiteral("--colour")};
        QTest::newRow("extra word") << QStringList{dev, out, QStringLiteral("now")};
    }
    void badCommandLines()
    {
        QFETCH(QStringList, args);
        QCOMPARE(scan(args), 2);
        QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
    }

    void failuresWriteNoFile()
    {
        const QString file = m_dir.filePath(QStringLiteral("none.pdf"));
        QCOMPARE(scan({QStringLiteral("--device=test:9"), QStringLiteral("--output"), file}), 1);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(scan({QStringLiteral("--device=test:0"), QStringLiteral("--source=duplex"),
                       QStringLiteral("--output"), file}),
                 1);
        QVERIFY(!QFile::exists(file));
        // Jammed from the first page: nothing to keep.
        QCOMPARE(scan({QStringLiteral("--device=test:0"), QStringLiteral("--source=adf"),
                       QStringLiteral("--option=read-return-value=SANE_STATUS_JAMMED"),
                       QStringLiteral("--output"), file}),
                 1);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(scan({QStringLiteral("--device=test:0"), QStringLiteral("--output"),
                       QStringLiteral("/no/such/folder/x.pdf")}),
                 1);
    }

    void backendOptionsAndListing()
    {
        const QString file = m_dir.filePath(QStringLiteral("black.pdf"));
        QCOMPARE(scan({QStringLiteral("--device=test:1"), QStringLiteral("--mode=lineart"),
                       QStringLiteral("--option=test-picture=Solid black"),
                       QStringLiteral("--option=read-delay=no"), QStringLiteral("--page-size=a5"),
                       QStringLiteral("--output"), file}),
                 0);
        QVERIFY2(pageIs(file, {419.5, 595.3}), qPrintable(pdf::pageSize(file))); // A5
        QCOMPARE(scan({QStringLiteral("--list-devices")}), 0);
        QCOMPARE(scan({QStringLiteral("--help")}), 0);
    }
};

QTEST_MAIN(TstScanCommand)
#include "tst_scancommand.moc"
