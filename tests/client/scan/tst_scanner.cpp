// Scanner against SANE's test backend: discovery, the options a device offers, page sizes,
// line-art polarity, the feeder running out, fault injection (the backend's read-return-value)
// with the pages already scanned kept, cancel in the middle of a page, preview.
#include "core/scan/Scanner.h"

#include <csignal>

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <dlfcn.h>

using namespace motcua::client;

namespace {

// What one job gave: its pages in order, then how it ended.
struct Job {
    QList<QImage> pages;
    QList<int> numbers;
    ScanStatus status = ScanStatus::LibraryFailed;
    QString message;
    int reported = -1;
};

int dpiOf(const QImage& image)
{
    return qRound(image.dotsPerMeterX() * 0.0254);
}

// Darkest and lightest grey of an image.
QPair<int, int> greyRange(const QImage& image)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    int lo = 255;
    int hi = 0;
    for (int y = 0; y < g.height(); ++y) {
        const uchar* line = g.constScanLine(y);
        for (int x = 0; x < g.width(); ++x) {
            lo = qMin(lo, int(line[x]));
            hi = qMax(hi, int(line[x]));
        }
    }
    return {lo, hi};
}

} // namespace

class TstScanner : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Scanner> m_scanner;

    // The test device with the backend's test options back to normal: they stay set on the
    // open device from one job to the next, as real options do.
    static ScanSettings settings(ScanSource source = ScanSource::Flatbed,
                                 ScanMode mode = ScanMode::Gray, int dpi = 150,
                                 const QString& picture = QStringLiteral("Color pattern"))
    {
        ScanSettings s;
        s.device = QStringLiteral("test:0");
        s.source = source;
        s.mode = mode;
        s.resolution = dpi;
        s.deviceOptions = {{QStringLiteral("test-picture"), picture},
                           {QStringLiteral("read-delay"), false},
                           {QStringLiteral("read-return-value"), QStringLiteral("Default")}};
        return s;
    }

    Job run(const ScanSettings& s, bool preview = false)
    {
        Job job;
        QSignalSpy finished(m_scanner.get(), &Scanner::scanFinished);
        const auto onPage = connect(m_scanner.get(), &Scanner::pageScanned, this,
                                    [&job](const QImage& page, int number) {
                                        job.pages << page;
                                        job.numbers << number;
                                    });
        const auto onPreview = connect(m_scanner.get(), &Scanner::previewReady, this,
                                       [&job](const QImage& image) { job.pages << image; });
        if (preview)
            m_scanner->preview(s);
        else
            m_scanner->scan(s);
        const bool done = finished.wait(15000);
        disconnect(onPage);
        disconnect(onPreview);
        if (!done)
            return job;
        job.status = finished.at(0).at(0).value<ScanStatus>();
        job.message = finished.at(0).at(1).toString();
        job.reported = finished.at(0).at(2).toInt();
        return job;
    }

    // The test backend counts every sane_start since it last answered "no documents" (flatbed
    // scans included) and answers it after 10: runs the feeder until then, so that the next
    // feeder job gets a full stack of 10.
    void refillFeeder()
    {
        const Job drain = run(settings(ScanSource::Feeder, ScanMode::Gray, 50));
        QVERIFY(drain.status == ScanStatus::Ok || drain.status == ScanStatus::NoDocuments);
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
        // The test backend's reader thread leaks its picture buffer whenever a page ends early
        // (it returns on the failed write, or is cancelled, without freeing it), and SANE's dll
        // backend unloads the backend at sane_exit: LeakSanitizer would then report the leak
        // in an <unknown module> that no suppression can name. Held here with RTLD_NODELETE
        // (RTLD_LOCAL: none of its sane_* symbols shadows libsane's), the backend stays mapped
        // and its leak is suppressed by name in tests/sanitizers/lsan.supp. The handle is kept
        // for the life of the process on purpose.
        QVERIFY2(dlopen(MOTCUA_SANE_TEST_BACKEND, RTLD_NOW | RTLD_LOCAL | RTLD_NODELETE),
                 dlerror());
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("motcua.conf")),
                                                 QSettings::IniFormat);
        m_scanner = std::make_unique<Scanner>(nullptr, m_settings.get());
    }

    void cleanup() { m_scanner->setPageObserver({}); }

    void cleanupTestCase() { m_scanner.reset(); }

    void discoveryFindsTheTestDevices()
    {
        QSignalSpy found(m_scanner.get(), &Scanner::devicesDiscovered);
        m_scanner->discoverDevices();
        QVERIFY(found.wait(10000));
        QCOMPARE(found.at(0).at(1).value<ScanStatus>(), ScanStatus::Ok);
        const auto devices = found.at(0).at(0).value<QList<ScanDevice>>();
        QStringList names;
        for (const ScanDevice& d : devices)
            names << d.name;
        QVERIFY2(names.contains(QStringLiteral("test:0")), qPrintable(names.join(u',')));
        QVERIFY(names.contains(QStringLiteral("test:1")));
        QCOMPARE(m_scanner->devices(), devices);
        QVERIFY(devices.first().label().contains(QStringLiteral("(test:")));
    }

    void capabilitiesComeFromTheDescriptors()
    {
        QSignalSpy opened(m_scanner.get(), &Scanner::deviceOpened);
        m_scanner->openDevice(QStringLiteral("test:0"));
        QVERIFY(opened.wait(10000));
        const auto caps = opened.at(0).at(0).value<DeviceCapabilities>();
        QCOMPARE(caps.device, QStringLiteral("test:0"));
        QCOMPARE(caps.sources, (QList<ScanSource>{ScanSource::Flatbed, ScanSource::Feeder}));
        // The test backend has Gray and Color; line-art is its grey at depth 1.
        QCOMPARE(caps.modes, (QList<ScanMode>{ScanMode::Color, ScanMode::Gray, ScanMode::Lineart}));
        QCOMPARE(caps.minResolution, 1);
        QCOMPARE(caps.maxResolution, 1200);
        QVERIFY(caps.resolutions.contains(150));
        QVERIFY(caps.resolutions.contains(300));
        QCOMPARE(caps.nearestResolution(290), 300);
        QCOMPARE(caps.maxAreaMm, QSizeF(300, 300)); // test.conf's geometry_max
        QCOMPARE(m_scanner->capabilities().device, QStringLiteral("test:0"));
    }

    void theLastDeviceIsRemembered()
    {
        QSignalSpy opened(m_scanner.get(), &Scanner::deviceOpened);
        m_scanner->openDevice(QStringLiteral("test:1"));
        QVERIFY(opened.wait(10000));
        QCOMPARE(m_scanner->lastDevice(), QStringLiteral("test:1"));
        m_settings->sync();
        QCOMPARE(QSettings(m_settings->fileName(), QSettings::IniFormat)
                     .value(QStringLiteral("scan/lastDevice"))
                     .toString(),
                 QStringLiteral("test:1"));
    }

    void flatbedPageSizes_data()
    {
        QTest::addColumn<ScanMode>("mode");
        QTest::addColumn<int>("dpi");
        QTest::addColumn<QSizeF>("paper");
        QTest::addColumn<QImage::Format>("format");
        QTest::newRow("grey A4 150")
            << ScanMode::Gray << 150 << ScanSettings::a4() << QImage::Format_Grayscale8;
        QTest::newRow("colour A4 150")
            << ScanMode::Color << 150 << ScanSettings::a4() << QImage::Format_RGB888;
        QTest::newRow("line-art A4 150")
            << ScanMode::Lineart << 150 << ScanSettings::a4() << QImage::Format_Mono;
        QTest::newRow("grey A5 100")
            << ScanMode::Gray << 100 << ScanSettings::a5() << QImage::Format_Grayscale8;
        QTest::newRow("grey A4 300")
            << ScanMode::Gray << 300 << ScanSettings::a4() << QImage::Format_Grayscale8;
    }
    void flatbedPageSizes()
    {
        QFETCH(ScanMode, mode);
        QFETCH(int, dpi);
        QFETCH(QSizeF, paper);
        QFETCH(QImage::Format, format);
        ScanSettings s = settings(ScanSource::Flatbed, mode, dpi);
        s.pageSizeMm = paper;
        const Job job = run(s);
        QCOMPARE(job.status, ScanStatus::Ok);
        QVERIFY(job.message.isEmpty());
        QCOMPARE(job.pages.size(), 1); // the glass holds one page
        QCOMPARE(job.reported, 1);
        const QImage& page = job.pages.first();
        QCOMPARE(page.format(), format);
        // Pixels = millimetres / 25.4 × dpi (the backend truncates).
        QVERIFY2(qAbs(page.width() - paper.width() / 25.4 * dpi) <= 1,
                 qPrintable(QString::number(page.width())));
        QVERIFY2(qAbs(page.height() - paper.height() / 25.4 * dpi) <= 1,
                 qPrintable(QString::number(page.height())));
        QCOMPARE(dpiOf(page), dpi);
        if (dpi == 150 && paper == ScanSettings::a4())
            QCOMPARE(page.size(), QSize(1240, 1753)); // TOOLCHAIN.md's figure
        // A colour pattern in colour has colour in it.
        if (mode == ScanMode::Color)
            QVERIFY(!page.isGrayscale());
    }

    void fullAreaWhenNoPaperSize()
    {
        ScanSettings s = settings(ScanSource::Flatbed, ScanMode::Gray, 50);
        s.pageSizeMm = QSizeF();
        const Job job = run(s);
        QCOMPARE(job.status, ScanStatus::Ok);
        QCOMPARE(job.pages.first().size(), QSize(590, 590)); // 300 mm square at 50 dpi
    }

    void handScannerAndThreePass()
    {
        // A hand scanner does not know the page's length (lines = -1): read to the end.
        ScanSettings hand = settings(ScanSource::Flatbed, ScanMode::Gray, 50);
        hand.deviceOptions.append({QStringLiteral("hand-scanner"), true});
        const Job h = run(hand);
        QCOMPARE(h.status, ScanStatus::Ok);
        QCOMPARE(h.pages.first().width(), 216); // the backend's fixed 11 cm at 50 dpi
        QVERIFY(h.pages.first().height() > 0);
        hand.deviceOptions.last().second = false;
        QCOMPARE(run(hand).status, ScanStatus::Ok);

        // A three-pass colour scanner sends red, green and blue as three frames of one page.
        ScanSettings three = settings(ScanSource::Flatbed, ScanMode::Color, 50);
        three.deviceOptions.append({QStringLiteral("three-pass"), true});
        three.deviceOptions.append({QStringLiteral("three-pass-order"), QStringLiteral("BGR")});
        const Job t = run(three);
        QCOMPARE(t.status, ScanStatus::Ok);
        QCOMPARE(t.pages.size(), 1);
        QCOMPARE(t.pages.first().format(), QImage::Format_RGB888);
        QCOMPARE(t.pages.first().size(), QSize(413, 584));
        QVERIFY(!t.pages.first().isGrayscale());
        // The same picture as a one-pass scan.
        ScanSettings one = settings(ScanSource::Flatbed, ScanMode::Color, 50);
        one.deviceOptions.append({QStringLiteral("three-pass"), false});
        const Job o = run(one);
        QCOMPARE(o.status, ScanStatus::Ok);
        QCOMPARE(o.pages.first(), t.pages.first());
    }

    void lineartPolarity_data()
    {
        QTest::addColumn<QString>("picture");
        QTest::addColumn<int>("darkest");
        QTest::addColumn<int>("lightest");
        QTest::newRow("solid black") << QStringLiteral("Solid black") << 0 << 0;
        QTest::newRow("solid white") << QStringLiteral("Solid white") << 255 << 255;
        QTest::newRow("grid") << QStringLiteral("Grid") << 0 << 255;
    }
    void lineartPolarity()
    {
        QFETCH(QString, picture);
        QFETCH(int, darkest);
        QFETCH(int, lightest);
        const Job job = run(settings(ScanSource::Flatbed, ScanMode::Lineart, 100, picture));
        QCOMPARE(job.status, ScanStatus::Ok);
        const QImage& page = job.pages.first();
        QCOMPARE(page.format(), QImage::Format_Mono);
        QCOMPARE(greyRange(page), qMakePair(darkest, lightest));
        if (picture == QStringLiteral("Solid black"))
            QCOMPARE(page.pixelColor(page.width() / 2, page.height() / 2), QColor(Qt::black));
        // Grey after line-art: the depth is set back to 8 bits.
        const Job grey = run(settings(ScanSource::Flatbed, ScanMode::Gray, 100, picture));
        QCOMPARE(grey.pages.first().format(), QImage::Format_Grayscale8);
    }

    void feederStopsWhenEmptyAndIsReadyAgain()
    {
        refillFeeder();
        for (int round = 0; round < 2; ++round) {
            // The test backend's feeder holds 10 pages; "no documents" after them is the normal
            // end, and the same device (not selected again) takes the next stack.
            const Job job = run(settings(ScanSource::Feeder, ScanMode::Gray, 50));
            QCOMPARE(job.status, ScanStatus::Ok);
            QCOMPARE(job.pages.size(), 10);
            QCOMPARE(job.reported, 10);
            QCOMPARE(job.numbers, (QList<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        }
        const Job flatbed = run(settings(ScanSource::Flatbed, ScanMode::Gray, 50));
        QCOMPARE(flatbed.status, ScanStatus::Ok);
        QCOMPARE(flatbed.pages.size(), 1);
    }

    void emptyFeederIsReported()
    {
        // Empty from the first page: an error, unlike running out after some pages.
        ScanSettings s = settings(ScanSource::Feeder, ScanMode::Gray, 50);
        s.deviceOptions.append(
            {QStringLiteral("read-return-value"), QStringLiteral("SANE_STATUS_NO_DOCS")});
        const Job job = run(s);
        QCOMPARE(job.status, ScanStatus::NoDocuments);
        QCOMPARE(job.message, Scanner::messageFor(ScanStatus::NoDocuments));
        QVERIFY(job.pages.isEmpty());
    }

    void faultsBecomeMessages_data()
    {
        QTest::addColumn<QString>("sane");
        QTest::addColumn<ScanStatus>("status");
        QTest::newRow("jammed") << "SANE_STATUS_JAMMED" << ScanStatus::Jammed;
        QTest::newRow("cover open") << "SANE_STATUS_COVER_OPEN" << ScanStatus::CoverOpen;
        QTest::newRow("i/o error") << "SANE_STATUS_IO_ERROR" << ScanStatus::IoError;
        QTest::newRow("busy") << "SANE_STATUS_DEVICE_BUSY" << ScanStatus::DeviceBusy;
        QTest::newRow("no memory") << "SANE_STATUS_NO_MEM" << ScanStatus::OutOfMemory;
        QTest::newRow("access denied") << "SANE_STATUS_ACCESS_DENIED" << ScanStatus::AccessDenied;
        QTest::newRow("unsupported") << "SANE_STATUS_UNSUPPORTED" << ScanStatus::Unsupported;
        QTest::newRow("invalid") << "SANE_STATUS_INVAL" << ScanStatus::InvalidSettings;
        // EOF before any data: the page is cut short, not finished.
        QTest::newRow("eof at once") << "SANE_STATUS_EOF" << ScanStatus::IncompletePage;
    }
    void faultsBecomeMessages()
    {
        QFETCH(QString, sane);
        QFETCH(ScanStatus, status);
        ScanSettings s = settings(ScanSource::Flatbed, ScanMode::Gray, 50);
        s.deviceOptions.append({QStringLiteral("read-return-value"), sane});
        const Job job = run(s);
        QCOMPARE(job.status, status);
        QVERIFY(job.pages.isEmpty());
        QCOMPARE(job.message, Scanner::messageFor(status));
        QVERIFY(!job.message.isEmpty());
        // Usable again at once (after an I/O error it is opened afresh by the job).
        const Job next = run(settings(ScanSource::Flatbed, ScanMode::Gray, 50));
        QCOMPARE(next.status, ScanStatus::Ok);
        QCOMPARE(next.pages.size(), 1);
    }

    void everyStatusHasItsOwnWords()
    {
        QSet<QString> seen;
        for (int i = int(ScanStatus::Cancelled); i <= int(ScanStatus::LibraryFailed); ++i) {
            const QString m = Scanner::messageFor(ScanStatus(i));
            QVERIFY2(!m.isEmpty(), qPrintable(QString::number(i)));
            QVERIFY2(!seen.contains(m), qPrintable(m));
            seen.insert(m);
        }
        QVERIFY(Scanner::messageFor(ScanStatus::Ok).isEmpty());
    }

    void faultMidBatchKeepsThePagesScanned_data()
    {
        QTest::addColumn<QString>("sane");
        QTest::addColumn<int>("after");
        QTest::addColumn<ScanStatus>("status");
        QTest::newRow("jam on page 4") << "SANE_STATUS_JAMMED" << 3 << ScanStatus::Jammed;
        QTest::newRow("cover opened on page 2")
            << "SANE_STATUS_COVER_OPEN" << 1 << ScanStatus::CoverOpen;
        // What an unplugged scanner answers.
        QTest::newRow("device gone on page 6")
            << "SANE_STATUS_IO_ERROR" << 5 << ScanStatus::IoError;
    }
    void faultMidBatchKeepsThePagesScanned()
    {
        QFETCH(QString, sane);
        QFETCH(int, after);
        QFETCH(ScanStatus, status);
        refillFeeder();
        m_scanner->setPageObserver([sane, after](int done) {
            return done == after ? DeviceOptions{{QStringLiteral("read-return-value"), sane}}
                                 : DeviceOptions{};
        });
        const Job job = run(settings(ScanSource::Feeder, ScanMode::Gray, 50));
        m_scanner->setPageObserver({});
        QCOMPARE(job.status, status);
        QCOMPARE(job.pages.size(), after);
        QCOMPARE(job.reported, after);
        QCOMPARE(job.message, Scanner::describe(status, after));
        QVERIFY(job.message.startsWith(Scanner::messageFor(status)));
        QVERIFY(job.message.length() > Scanner::messageFor(status).length()); // "... kept."
        for (const QImage& page : job.pages)
            QCOMPARE(page.size(), QSize(413, 584));
        // The clerk clears the jam and goes on with the same device, not selected again (the
        // test backend's feeder holds what it did not feed before the fault).
        const Job next = run(settings(ScanSource::Feeder, ScanMode::Gray, 50));
        QCOMPARE(next.status, ScanStatus::Ok);
        QVERIFY(next.pages.size() >= 1);
        QCOMPARE(next.numbers.first(), 1);
    }

    void cancelMidPage()
    {
        // A slow page: 300 dpi with a delay after each buffer (TOOLCHAIN: 3.6 s for the page).
        ScanSettings s = settings(ScanSource::Flatbed, ScanMode::Gray, 300);
        s.deviceOptions.append({QStringLiteral("read-delay"), true});
        s.deviceOptions.append({QStringLiteral("read-delay-duration"), 10000});
        QSignalSpy progress(m_scanner.get(), &Scanner::progress);
        QSignalSpy finished(m_scanner.get(), &Scanner::scanFinished);
        QSignalSpy pages(m_scanner.get(), &Scanner::pageScanned);
        QSignalSpy busy(m_scanner.get(), &Scanner::busyChanged);
        m_scanner->scan(s);
        QVERIFY(m_scanner->isBusy());
        const auto readingStarted = [&] {
            for (const auto& args : progress) {
                if (args.at(1).toLongLong() > 0)
                    return true;
            }
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(readingStarted(), 10000);
        m_scanner->cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.at(0).at(0).value<ScanStatus>(), ScanStatus::Cancelled);
        QCOMPARE(finished.at(0).at(1).toString(), Scanner::messageFor(ScanStatus::Cancelled));
        QCOMPARE(finished.at(0).at(2).toInt(), 0);
        QCOMPARE(pages.count(), 0);
        QVERIFY(!m_scanner->isBusy());
        QCOMPARE(busy.count(), 2);
        QCOMPARE(busy.at(0).at(0).toBool(), true);
        QCOMPARE(busy.at(1).at(0).toBool(), false);
        // Interrupted, not read to the end: the last progress is short of the page.
        const auto last = progress.last();
        QVERIFY(last.at(2).toLongLong() > 0);
        QVERIFY(last.at(1).toLongLong() < last.at(2).toLongLong());

        const Job next = run(settings(ScanSource::Flatbed, ScanMode::Gray, 50));
        QCOMPARE(next.status, ScanStatus::Ok);
        QCOMPARE(next.pages.size(), 1);
    }

    void cancelAlsoDropsQueuedJobs()
    {
        // The first job may already be running when cancel() comes (its pages are slow so that
        // it cannot finish first); the second, queued behind it, must not start at all.
        ScanSettings slow = settings(ScanSource::Feeder, ScanMode::Gray, 50);
        slow.deviceOptions.append({QStringLiteral("read-delay"), true});
        slow.deviceOptions.append({QStringLiteral("read-delay-duration"), 200000});
        QSignalSpy finished(m_scanner.get(), &Scanner::scanFinished);
        QList<int> pagesWhenFinished;
        int pages = 0;
        const auto onPage = connect(m_scanner.get(), &Scanner::pageScanned, this,
                                    [&pages](const QImage&, int) { ++pages; });
        const auto onFinished = connect(m_scanner.get(), &Scanner::scanFinished, this,
                                        [&] { pagesWhenFinished << pages; });
        m_scanner->scan(slow);
        m_scanner->scan(settings(ScanSource::Feeder, ScanMode::Gray, 50));
        m_scanner->cancel();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
        disconnect(onPage);
        disconnect(onFinished);
        QCOMPARE(finished.at(0).at(0).value<ScanStatus>(), ScanStatus::Cancelled);
        QCOMPARE(finished.at(1).at(0).value<ScanStatus>(), ScanStatus::Cancelled);
        QCOMPARE(finished.at(1).at(2).toInt(), 0);
        QCOMPARE(pagesWhenFinished.at(1), pagesWhenFinished.at(0)); // none from the second
        QVERIFY(!m_scanner->isBusy());
        // A job asked for after the cancel runs.
        QCOMPARE(run(settings(ScanSource::Flatbed, ScanMode::Gray, 50)).status, ScanStatus::Ok);
    }

    void previewIsLowResolution()
    {
        const Job job = run(settings(ScanSource::Flatbed, ScanMode::Color, 300), true);
        QCOMPARE(job.status, ScanStatus::Ok);
        QCOMPARE(job.pages.size(), 1);
        QCOMPARE(dpiOf(job.pages.first()), 75);
        QVERIFY(job.pages.first().width() < 700);
        // A preview from the feeder is one page, not the stack.
        const Job feeder = run(settings(ScanSource::Feeder, ScanMode::Gray, 300), true);
        QCOMPARE(feeder.pages.size(), 1);
    }

    void unavailableSourceAndUnknownDevice()
    {
        const Job duplex = run(settings(ScanSource::Duplex, ScanMode::Gray, 50));
        QCOMPARE(duplex.status, ScanStatus::SourceUnavailable);

        ScanSettings s = settings();
        s.device = QStringLiteral("test:9");
        QSignalSpy failed(m_scanner.get(), &Scanner::deviceFailed);
        const Job job = run(s);
        QCOMPARE(job.status, ScanStatus::DeviceNotFound);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("test:9"));
        QCOMPARE(failed.at(0).at(2).toString(), Scanner::messageFor(ScanStatus::DeviceNotFound));

        ScanSettings bad = settings();
        bad.deviceOptions.append({QStringLiteral("no-such-option"), 1});
        QCOMPARE(run(bad).status, ScanStatus::InvalidSettings);
    }
};

QTEST_GUILESS_MAIN(TstScanner)
#include "tst_scanner.moc"
