// A 300-dpi grey A4 page from SANE's test backend to its thumbnail on screen, as the scan dialog
// does it: Scanner::scan on its thread, the page back through the queued signal, Thumbnail::make,
// then a QPixmap (what a QLabel or list icon shows). Median of N runs after one warm-up.
// The target is 300 ms (issue 5).
#include "core/scan/Scanner.h"
#include "core/scan/Thumbnail.h"

#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QPixmap>
#include <QSettings>
#include <QTemporaryDir>

using namespace motcua::client;

namespace {

struct Stats {
    double median = 0;
    double min = 0;
    double max = 0;
};

Stats stats(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    const double median = n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    return {median, v.first(), v.last()};
}

} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (qEnvironmentVariableIsEmpty("SANE_CONFIG_DIR"))
        qputenv("SANE_CONFIG_DIR", MOTCUA_SANE_CONFIG_DIR);
    QGuiApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("runs"), QStringLiteral("Measured runs (default 20)."),
                   QStringLiteral("N"), QStringLiteral("20")});
    cli.addOption({QStringLiteral("resolution"), QStringLiteral("Dots per inch (default 300)."),
                   QStringLiteral("DPI"), QStringLiteral("300")});
    cli.addOption({QStringLiteral("width"), QStringLiteral("Thumbnail width (default 200)."),
                   QStringLiteral("PX"), QStringLiteral("200")});
    cli.process(app);
    const int runs = qMax(1, cli.value(QStringLiteral("runs")).toInt());
    const int width = qMax(16, cli.value(QStringLiteral("width")).toInt());

    QTemporaryDir tmp;
    QSettings settings(tmp.filePath(QStringLiteral("bench.conf")), QSettings::IniFormat);
    Scanner scanner(nullptr, &settings);
    ScanSettings job;
    job.device = QStringLiteral("test:0");
    job.source = ScanSource::Flatbed;
    job.mode = ScanMode::Gray;
    job.resolution = cli.value(QStringLiteral("resolution")).toInt();
    job.pageSizeMm = ScanSettings::a4();
    job.deviceOptions = {{QStringLiteral("test-picture"), QStringLiteral("Color pattern")}};

    QList<double> total;
    QList<double> thumbOnly;
    QSize pageSize;
    QSize thumbSize;
    for (int run = 0; run <= runs; ++run) { // run 0 warms up (opens the device)
        QEventLoop loop;
        QElapsedTimer clock;
        double thumbMs = 0;
        bool ok = false;
        QObject::connect(&scanner, &Scanner::pageScanned, &loop, [&](const QImage& page, int) {
            QElapsedTimer t;
            t.start();
            const QPixmap shown = QPixmap::fromImage(Thumbnail::make(page, {width, 10 * width}));
            thumbMs = t.nsecsElapsed() / 1e6;
            pageSize = page.size();
            thumbSize = shown.size();
        });
        QObject::connect(&scanner, &Scanner::scanFinished, &loop,
                         [&](ScanStatus status, const QString& message, int pages) {
                             ok = status == ScanStatus::Ok && pages == 1;
                             if (!ok)
                                 std::fprintf(stderr, "scan failed: %s\n", qPrintable(message));
                             loop.quit();
                         });
        clock.start();
        scanner.scan(job);
        loop.exec();
        const double ms = clock.nsecsElapsed() / 1e6;
        if (!ok)
            return 1;
        if (run > 0) {
            total << ms;
            thumbOnly << thumbMs;
        }
    }
    const Stats t = stats(total);
    const Stats th = stats(thumbOnly);
    std::printf("page %dx%d grey at %d dpi -> thumbnail %dx%d, %d runs\n", pageSize.width(),
                pageSize.height(), job.resolution, thumbSize.width(), thumbSize.height(), runs);
    std::printf("scan to thumbnail on screen: median %.1f ms (min %.1f, max %.1f); target 300 ms\n",
                t.median, t.min, t.max);
    std::printf("thumbnail alone:             median %.1f ms (min %.1f, max %.1f)\n", th.median,
                th.min, th.max);
    return t.median < 300 ? 0 : 1;
}
