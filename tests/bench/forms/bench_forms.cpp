// Time to render each printed form to a PDF file, as the counter does it (templates loaded and
// parsed, barcodes encoded, layout, PDF written): median of N runs after one warm-up.
#include "FormSamples.h"
#include "forms/FormRenderer.h"

#include <algorithm>
#include <cstdio>

#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>

using namespace motcua;
using namespace motcua::client;

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCommandLineParser cli;
    cli.addHelpOption();
    cli.addOption({QStringLiteral("runs"), QStringLiteral("Runs per form (default 30)."),
                   QStringLiteral("N"), QStringLiteral("30")});
    cli.addOption({QStringLiteral("pdf-dir"), QStringLiteral("Keep one PDF of each form here."),
                   QStringLiteral("DIR")});
    cli.process(app);
    const int runs = qMax(1, cli.value(QStringLiteral("runs")).toInt());

    QTemporaryDir tmp;
    const QString outDir =
        cli.isSet(QStringLiteral("pdf-dir")) ? cli.value(QStringLiteral("pdf-dir")) : tmp.path();
    QDir().mkpath(outDir);

    FormSettings settings;
    settings.lookupUrlBase = QStringLiteral("https://dichvucong.example/tra-cuu?ma=");
    const FormRenderer renderer(settings);
    FormSettings a5 = settings;
    a5.pageSetups.insert(FormKind::Receipt, PageSetup::forPaper(QPageSize::A5));
    const FormRenderer rendererA5(a5);

    struct Case {
        const char* name;
        FormData data;
        const FormRenderer* renderer;
    };
    const Case cases[] = {
        {"receipt", test::forms::receipt(), &renderer},
        {"receipt-a5", test::forms::receipt(), &rendererA5},
        {"supplement", test::forms::supplement(), &renderer},
        {"refusal", test::forms::refusal(), &renderer},
        {"control-slip", test::forms::controlSlip(), &renderer},
        {"register-60", test::forms::registerBook(60), &renderer},
    };
    std::printf("%-14s %8s %8s %8s  (ms, %d runs)\n", "form", "median", "min", "max", runs);
    int failures = 0;
    for (const Case& c : cases) {
        const QString path = QDir(outDir).filePath(QString::fromLatin1(c.name) + ".pdf");
        if (auto s = c.renderer->renderPdf(c.data, path); !s) { // warm-up: fonts, resources
            std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(s.error().describe()));
            ++failures;
            continue;
        }
        QList<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            const Status s = c.renderer->renderPdf(c.data, path);
            ms.append(t.nsecsElapsed() / 1e6);
            if (!s)
                ++failures;
        }
        std::sort(ms.begin(), ms.end());
        const double median =
            ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
        std::printf("%-14s %8.1f %8.1f %8.1f\n", c.name, median, ms.first(), ms.last());
    }
    return failures == 0 ? 0 : 1;
}
