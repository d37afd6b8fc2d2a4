#include "cli/DecodeCommand.h"

#include "core/barcode/Barcode.h"
#include "core/barcode/PageSource.h"

#include <optional>

#include <QCommandLineParser>
#include <QGuiApplication>
#include <QTextStream>

namespace motcua::client {

namespace {

constexpr BarcodeFormat kNamedFormats[] = {BarcodeFormat::QrCode,     BarcodeFormat::Code128,
                                           BarcodeFormat::DataMatrix, BarcodeFormat::Pdf417,
                                           BarcodeFormat::Code39,     BarcodeFormat::Ean13};

// "QRCode,Code128" (any letter case, spaces allowed) or "all"; nullopt for an unknown name.
std::optional<BarcodeFormats> parseFormats(const QString& list)
{
    BarcodeFormats out;
    for (const QString& part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString name = part.trimmed();
        if (name.compare(u"all", Qt::CaseInsensitive) == 0) {
            out |= BarcodeFormat::Other; // every symbology zxing knows
            continue;
        }
        bool known = false;
        for (const BarcodeFormat f : kNamedFormats) {
            if (name.compare(barcodeFormatName(f), Qt::CaseInsensitive) == 0) {
                out |= f;
                known = true;
            }
        }
        if (!known)
            return std::nullopt;
    }
    if (out == BarcodeFormats())
        return std::nullopt;
    return out;
}

// One barcode, one line: the few characters that would break the line or the columns are
// escaped, and the escape character itself so that the text can be recovered exactly.
QString escaped(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        case u'\r':
            out += QStringLiteral("\\r");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        default:
            out += c;
        }
    }
    return out;
}

} // namespace

int DecodeCommand::run(QGuiApplication& app, const QStringList& arguments)
{
    Q_UNUSED(app); // QImage and poppler need no more than the application to exist
    QTextStream out(stdout);
    QTextStream err(stderr);
    return run(arguments, out, err);
}

int DecodeCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    const auto fail = [&err](const QString& message, int code) {
        err << "motcua decode: " << message << Qt::endl;
        return code;
    };

    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Prints the barcodes found on an image (PNG, JPEG, TIFF) or a PDF, one per line: "
           "page, format and text separated by tabs. Exit status 0 found, 1 none found, 2 "
           "error."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("the image or PDF to read"));
    const QCommandLineOption dpiOption(QStringLiteral("dpi"),
                                       tr("resolution PDF pages are rasterised at (default %1)")
                                           .arg(PageSource::kDefaultPdfDotsPerInch),
                                       QStringLiteral("N"),
                                       QString::number(PageSource::kDefaultPdfDotsPerInch));
    const QCommandLineOption formatsOption(
        QStringLiteral("formats"),
        tr("symbologies to look for, separated by commas: QRCode, Code128, DataMatrix, PDF417, "
           "Code39, EAN13, or all (default QRCode,Code128)"),
        QStringLiteral("LIST"), QStringLiteral("QRCode,Code128"));
    // Accepted so that `motcua decode --lang en FILE` works like the other sub-commands; the
    // caller has loaded the language already.
    const QCommandLineOption langOption(QStringLiteral("lang"), tr("vi or en"),
                                        QStringLiteral("LANG"));
    parser.addOptions({dpiOption, formatsOption, langOption});

    QStringList args = arguments;
    if (args.isEmpty())
        args << QStringLiteral("motcua");
    if (!parser.parse(args))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        out << parser.helpText();
        out.flush();
        return 0;
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return fail(files.isEmpty() ? tr("which file? Usage: motcua decode [--dpi N] "
                                         "[--formats LIST] FILE")
                                    : tr("one file at a time, not %1").arg(files.size()),
                    2);
    bool dpiOk = false;
    const int dpi = parser.value(dpiOption).toInt(&dpiOk);
    if (!dpiOk || dpi < PageSource::kMinDotsPerInch || dpi > PageSource::kMaxDotsPerInch)
        return fail(tr("--dpi must be a number from %1 to %2")
                        .arg(PageSource::kMinDotsPerInch)
                        .arg(PageSource::kMaxDotsPerInch),
                    2);
    const std::optional<BarcodeFormats> formats = parseFormats(parser.value(formatsOption));
    if (!formats)
        return fail(tr("--formats takes QRCode, Code128, DataMatrix, PDF417, Code39, EAN13 or "
                       "all, separated by commas"),
                    2);

    const QString file = files.first();
    const auto reason = [&file](const Error& e) {
        const QString& code = e.code;
        if (code == u"decode.file_not_found")
            return tr("%1: no such file").arg(file);
        if (code == u"decode.unreadable")
            return tr("%1 cannot be read: %2").arg(file, e.message);
        if (code == u"decode.unsupported_format")
            return tr("%1 is neither a PDF nor a PNG, JPEG or TIFF image").arg(file);
        if (code == u"decode.tiff_unsupported")
            return tr("%1 is a TIFF image, which needs Qt's TIFF plugin (Debian package "
                      "qt6-image-formats-plugins)")
                .arg(file);
        if (code == u"decode.damaged")
            return tr("%1 is damaged: %2").arg(file, e.message);
        if (code == u"decode.pdf_locked")
            return tr("%1 is protected by a password").arg(file);
        return tr("%1: %2").arg(file, e.message);
    };

    const Expected<PageSource> source = PageSource::open(file, dpi);
    if (!source)
        return fail(reason(source.error()), 2);

    DecodeOptions options;
    options.formats = *formats;
    int found = 0;
    bool pageFailed = false;
    for (int i = 0; i < source->pageCount(); ++i) {
        const Expected<QImage> image = source->page(i);
        if (!image) {
            pageFailed = true;
            fail(source->pageCount() > 1
                     ? tr("%1, page %2, cannot be read: %3")
                           .arg(file, QString::number(i + 1), image.error().message)
                     : reason(image.error()),
                 2);
            continue;
        }
        for (const DecodedBarcode& b : barcode::decode(*image, options)) {
            out << (i + 1) << '\t' << b.formatName << '\t' << escaped(b.text) << '\n';
            ++found;
        }
        // Each page's lines as soon as they are known: a script reading a long PDF sees progress.
        out.flush();
    }
    if (pageFailed)
        return 2;
    if (found == 0)
        return fail(tr("no barcode found in %1").arg(file), 1);
    return 0;
}

} // namespace motcua::client
