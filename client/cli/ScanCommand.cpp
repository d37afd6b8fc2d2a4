#include "cli/ScanCommand.h"

#include "core/scan/PdfPageWriter.h"
#include "core/scan/Scanner.h"

#include <optional>

#include <QCommandLineParser>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QTextStream>

namespace motcua::client {

namespace {

int fail(const QString& message, int code = 1)
{
    QTextStream(stderr) << "motcua scan: " << message << Qt::endl;
    return code;
}

std::optional<ScanSource> parseSource(const QString& s)
{
    const QString v = s.toLower();
    if (v == u"flatbed")
        return ScanSource::Flatbed;
    if (v == u"adf" || v == u"feeder")
        return ScanSource::Feeder;
    if (v == u"duplex")
        return ScanSource::Duplex;
    return std::nullopt;
}

std::optional<ScanMode> parseMode(const QString& s)
{
    const QString v = s.toLower();
    if (v == u"color" || v == u"colour")
        return ScanMode::Color;
    if (v == u"gray" || v == u"grey")
        return ScanMode::Gray;
    if (v == u"lineart" || v == u"bw")
        return ScanMode::Lineart;
    return std::nullopt;
}

std::optional<QSizeF> parsePageSize(const QString& s)
{
    const QString v = s.toLower();
    if (v == u"a4")
        return ScanSettings::a4();
    if (v == u"a5")
        return ScanSettings::a5();
    if (v == u"letter")
        return ScanSettings::letter();
    if (v == u"legal")
        return ScanSettings::legal();
    if (v == u"full")
        return QSizeF();
    return std::nullopt;
}

int listDevices()
{
    Scanner scanner;
    QEventLoop loop;
    int code = 1;
    QObject::connect(
        &scanner, &Scanner::devicesDiscovered, &loop,
        [&](const QList<ScanDevice>& devices, ScanStatus status, const QString& message) {
            if (status != ScanStatus::Ok) {
                code = fail(message);
            } else {
                QTextStream out(stdout);
                for (const ScanDevice& d : devices) {
                    out << d.name << '\t' << QStringList{d.vendor, d.model}.join(u' ').trimmed()
                        << (d.type.isEmpty() ? QString() : QStringLiteral(" (") + d.type + u')')
                        << Qt::endl;
                }
                code = 0;
            }
            loop.quit();
        });
    scanner.discoverDevices();
    loop.exec();
    return code;
}

} // namespace

int ScanCommand::run(QGuiApplication& app, const QStringList& arguments)
{
    Q_UNUSED(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Scans every page of a scanner's source into one PDF file without opening the window."));
    parser.addHelpOption();
    const QCommandLineOption deviceOption(QStringLiteral("device"),
                                          tr("the scanner's SANE name (see --list-devices)"),
                                          QStringLiteral("NAME"));
    const QCommandLineOption sourceOption(
        QStringLiteral("source"),
        tr("flatbed (one page, the default), adf or duplex (every page "
           "in the feeder)"),
        QStringLiteral("SOURCE"), QStringLiteral("flatbed"));
    const QCommandLineOption modeOption(
        QStringLiteral("mode"), tr("color, gray (the default) or lineart (black and white)"),
        QStringLiteral("MODE"), QStringLiteral("gray"));
    const QCommandLineOption resolutionOption(
        QStringLiteral("resolution"),
        tr("dots per inch, default 150 (the nearest the scanner offers is used)"),
        QStringLiteral("DPI"), QStringLiteral("150"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                            tr("a4 (the default), a5, letter, legal or full"),
                                            QStringLiteral("SIZE"), QStringLiteral("a4"));
    const QCommandLineOption qualityOption(
        QStringLiteral("jpeg-quality"), tr("JPEG quality of colour and grey pages, 1 to 100"),
        QStringLiteral("N"), QString::number(PdfPageWriter::kDefaultJpegQuality));
    const QCommandLineOption outputOption(QStringLiteral("output"), tr("PDF file to write"),
                                          QStringLiteral("FILE"));
    const QCommandLineOption deviceOptionOption(
        QStringLiteral("option"),
        tr("a backend-specific option as NAME=VALUE (scanimage -A lists them); repeatable"),
        QStringLiteral("NAME=VALUE"));
    const QCommandLineOption listOption(QStringLiteral("list-devices"),
                                        tr("list the scanners found, then exit"));
    // Read before the parser runs (the messages are translated already): see chosenLanguage().
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("vi or en"),
                                        QStringLiteral("LANG"));
    parser.addOptions({deviceOption, sourceOption, modeOption, resolutionOption, pageSizeOption,
                       qualityOption, outputOption, deviceOptionOption, listOption, langOption});
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        QTextStream(stdout) << parser.helpText();
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument: %1").arg(parser.positionalArguments().first()), 2);
    if (parser.isSet(listOption))
        return listDevices();

    ScanSettings settings;
    settings.device = parser.value(deviceOption).trimmed();
    const QString output = parser.value(outputOption);
    if (settings.device.isEmpty() || output.isEmpty())
        return fail(tr("--device and --output are required (--list-devices shows the scanners)"),
                    2);
    const auto source = parseSource(parser.value(sourceOption));
    if (!source)
        return fail(tr("--source must be flatbed, adf or duplex"), 2);
    const auto mode = parseMode(parser.value(modeOption));
    if (!mode)
        return fail(tr("--mode must be color, gray or lineart"), 2);
    bool ok = false;
    const int dpi = parser.value(resolutionOption).toInt(&ok);
    if (!ok || dpi < 10 || dpi > 9600)
        return fail(tr("--resolution must be a number of dots per inch, such as 150 or 300"), 2);
    const auto pageSize = parsePageSize(parser.value(pageSizeOption));
    if (!pageSize)
        return fail(tr("--page-size must be a4, a5, letter, legal or full"), 2);
    const int quality = parser.value(qualityOption).toInt(&ok);
    if (!ok || quality < 1 || quality > 100)
        return fail(tr("--jpeg-quality must be between 1 and 100"), 2);
    for (const QString& option : parser.values(deviceOptionOption)) {
        const qsizetype eq = option.indexOf(u'=');
        if (eq <= 0)
            return fail(tr("--option must be NAME=VALUE, not %1").arg(option), 2);
        settings.deviceOptions.append({option.left(eq).trimmed(), option.mid(eq + 1)});
    }
    settings.source = *source;
    settings.mode = *mode;
    settings.resolution = dpi;
    settings.pageSizeMm = *pageSize;

    PdfPageWriter writer(output);
    writer.setJpegQuality(quality);
    writer.setTitle(QFileInfo(output).completeBaseName());
    if (const Status s = writer.open(); !s)
        return fail(tr("cannot write %1: %2").arg(output, s.error().message));

    Scanner scanner;
    QEventLoop loop;
    std::optional<Error> writeError;
    ScanStatus status = ScanStatus::Ok;
    QString message;
    // Each page goes to the file as soon as it is scanned: a jam on page 7 keeps pages 1–6.
    QObject::connect(&scanner, &Scanner::pageScanned, &loop, [&](const QImage& page, int) {
        if (writeError)
            return;
        if (const Status s = writer.addPage(page); !s) {
            writeError = s.error();
            scanner.cancel();
        }
    });
    QObject::connect(&scanner, &Scanner::scanFinished, &loop,
                     [&](ScanStatus s, const QString& text, int) {
                         status = s;
                         message = text;
                         loop.quit();
                     });
    scanner.scan(settings);
    loop.exec();

    if (writeError)
        return fail(tr("cannot write %1: %2").arg(output, writeError->message));
    const int pages = writer.pageCount();
    if (pages > 0) {
        if (const Status s = writer.finish(); !s)
            return fail(tr("cannot write %1: %2").arg(output, s.error().message));
    }
    if (status != ScanStatus::Ok) {
        if (pages > 0)
            return fail(message + u' ' +
                        tr("%n page(s) written to %1.", nullptr, pages).arg(output));
        return fail(message);
    }
    QTextStream(stdout) << tr("%1: %n page(s) from %2", nullptr, pages).arg(output, settings.device)
                        << Qt::endl;
    return 0;
}

} // namespace motcua::client
