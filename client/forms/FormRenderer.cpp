#include "forms/FormRenderer.h"

#include "core/VnTime.h"
#include "core/barcode/Barcode.h"
#include "forms/FormContext.h"
#include "forms/FormDocument.h"

#include <algorithm>
#include <functional>
#include <optional>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QPrinter>
#include <QSaveFile>

namespace motcua::client {
namespace {

Q_LOGGING_CATEGORY(lcForms, "motcua.forms")

constexpr QLatin1String kBuiltIn(":/forms/");
constexpr int kMaxPartials = 32;

Error formError(const char* code, const QString& message, const QString& path = {})
{
    return {QString::fromLatin1(code), message, path};
}

std::optional<QString> readText(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(f.readAll());
}

} // namespace

FormRenderer::FormRenderer(FormSettings settings)
    : m_settings(std::move(settings))
{}

QString FormRenderer::templateFileName(FormKind kind)
{
    return formKindName(kind) + QStringLiteral(".html");
}

QString FormRenderer::templatePath(const QString& fileName) const
{
    if (!m_settings.templateDirectory.isEmpty()) {
        const QString own = QDir(m_settings.templateDirectory).filePath(fileName);
        if (QFileInfo(own).isFile())
            return own;
    }
    return kBuiltIn + fileName;
}

Expected<FormTemplate> FormRenderer::loadTemplate(const QString& fileName) const
{
    const QString path = templatePath(fileName);
    if (const auto text = readText(path)) {
        auto parsed = FormTemplate::parse(*text, path);
        if (parsed || path.startsWith(kBuiltIn))
            return parsed;
        // A broken edited template must not stop the counter: print with the built-in one and
        // tell the logs (checkTemplates() tells the administrator).
        qCWarning(lcForms) << "ignoring" << path << ":" << parsed.error().describe();
    } else if (!path.startsWith(kBuiltIn)) {
        qCWarning(lcForms) << "cannot read" << path;
    }
    const QString builtIn = kBuiltIn + fileName;
    const auto text = readText(builtIn);
    if (!text)
        return formError("forms.template_missing", QStringLiteral("no template %1").arg(fileName),
                         fileName);
    return FormTemplate::parse(*text, builtIn);
}

QString FormRenderer::styleSheet() const
{
    return readText(templatePath(QStringLiteral("style.css"))).value_or(QString());
}

qreal FormRenderer::scaleFor(FormKind kind, const QPageLayout& layout) const
{
    // The paper may have been changed in the print dialog: the setting's scale only holds for
    // the setting's paper.
    const PageSetup setup = m_settings.pageSetup(kind);
    const QPageSize::PageSizeId paper = layout.pageSize().id();
    return paper == setup.size ? setup.scale : defaultScale(paper);
}

namespace {

// A template ready to fill: the form's own file, every partial it pulls in (transitively), and
// the values.
struct Prepared {
    FormTemplate main;
    FormTemplate::Partials partials;
    QVariantMap context;

    QString render() const { return main.render(context, partials); }
};

Expected<Prepared> prepare(const FormData& data, const FormSettings& settings,
                           const std::function<Expected<FormTemplate>(const QString&)>& load)
{
    auto main = load(FormRenderer::templateFileName(data.kind));
    if (!main)
        return main.error();
    Prepared out;
    out.main = *main;
    QStringList queue = main->partialNames();
    while (!queue.isEmpty() && out.partials.size() < kMaxPartials) {
        const QString name = queue.takeFirst();
        if (out.partials.contains(name))
            continue;
        auto p = load(name + QStringLiteral(".html"));
        if (!p)
            return p.error();
        queue += p->partialNames();
        out.partials.insert(name, *p);
    }
    out.context = buildFormContext(data, settings.lookupUrlBase, vntime::now());
    return out;
}

// The register's rows cut into pages before the rows in `breaks`.
QVariantList pagesOf(const QVariantList& rows, const QList<int>& breaks)
{
    QVariantList pages;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= breaks.size(); ++i) {
        const qsizetype to = i < breaks.size() ? breaks.at(i) : rows.size();
        pages.append(QVariantMap{{QStringLiteral("rows"), rows.mid(from, to - from)},
                                 {QStringLiteral("first"), i == 0},
                                 {QStringLiteral("number"), QString::number(i + 1)}});
        from = to;
    }
    return pages;
}

// Where to start new pages so that no row is cut in two: the table is repeated with its header
// at the top of each following page, its first body row `headerOffset` below the page top. Rows
// taller than a page are left to split.
QList<int> packRows(const FormDocument::TableRows& m, qreal pageHeight, qreal headerOffset,
                    qreal safety)
{
    QList<int> breaks;
    const qsizetype n = m.rowTops.size() - 1;
    qsizetype first = 0;
    qreal shift = 0; // rowTops[x] - shift = position of x on the current page
    for (qsizetype i = 0; i < n; ++i) {
        const qreal bottom = m.rowTops.at(i + 1) - shift;
        if (bottom + safety > pageHeight && i > first) {
            breaks.append(int(i));
            first = i;
            shift = m.rowTops.at(i) - headerOffset;
        }
    }
    return breaks;
}

} // namespace

Expected<QString> FormRenderer::renderHtml(const FormData& data) const
{
    auto prepared = prepare(data, m_settings, [this](const QString& f) { return loadTemplate(f); });
    if (!prepared)
        return prepared.error();
    return prepared->render();
}

Expected<std::unique_ptr<FormDocument>> FormRenderer::layOut(const FormData& data,
                                                             const QPageLayout& layout) const
{
    auto prepared = prepare(data, m_settings, [this](const QString& f) { return loadTemplate(f); });
    if (!prepared)
        return prepared.error();
    QVariantMap& ctx = prepared->context;

    QHash<QString, QImage> symbols;
    const QString code = ctx.value(QStringLiteral("code")).toString();
    if (!code.isEmpty()) {
        // A symbol that cannot be made (a code with non-ASCII characters, an address too long
        // for a QR code) is left off the form: the citizen still needs the paper.
        auto qr = barcode::encodeQr(ctx.value(QStringLiteral("lookupUrl")).toString());
        if (qr)
            symbols.insert(QStringLiteral("qr"), *qr);
        else
            qCWarning(lcForms) << "no QR code:" << qr.error().describe();
        auto bars = barcode::encodeCode128(code);
        if (bars)
            symbols.insert(QStringLiteral("code128"), *bars);
        else
            qCWarning(lcForms) << "no Code 128:" << bars.error().describe();
    }
    // Forms with QR codes of their own (the separator sheets: one per sheet, read by machines
    // from a feeder stack, hence the highest error correction).
    const QVariantMap extra = ctx.value(QStringLiteral("qrSymbols")).toMap();
    for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
        auto qr = barcode::encodeQr(it.value().toString(), QrOptions{QrErrorCorrection::High, 4});
        if (qr)
            symbols.insert(it.key(), *qr);
        else
            qCWarning(lcForms) << "no QR code" << it.key() << ":" << qr.error().describe();
    }
    const QString css = styleSheet();
    const QSizeF content = layout.paintRect(QPageLayout::Millimeter).size();
    const qreal scale = scaleFor(data.kind, layout);
    // Forms with a long table of signed rows (the register, the control slip) get whole rows on
    // every page: a row cut in two would put its signatures on two sheets. Their templates
    // repeat the table per entry of `pages`. Measure the rows once on an endless page, cut,
    // then check, and cut again with the repeated header's real height if the guess was short.
    const QVariantList rows = ctx.value(QStringLiteral("rows")).toList();
    if (rows.isEmpty() || !ctx.contains(QStringLiteral("pages")))
        return std::make_unique<FormDocument>(prepared->render(), css, symbols, content, scale);

    using Pagination = FormDocument::Pagination;
    auto doc = std::make_unique<FormDocument>(prepared->render(), css, symbols, content, scale,
                                              Pagination::None);
    const auto m = doc->measureLargestTable(int(rows.size()));
    if (!m) {
        doc->paginate();
        return doc;
    }
    const qreal pageHeight = doc->multiPageBodyHeight();
    const qreal firstPageEnd = m->rowTops.last();
    if (firstPageEnd <= pageHeight) { // everything on one page
        doc->paginate();
        return doc;
    }
    qreal headerOffset = m->rowTops.first() - m->frameTop; // first guesses
    qreal safety = 12; // CSS px: the table's bottom border and margin, rounding
    for (int attempt = 0; attempt < 4; ++attempt) {
        ctx.insert(QStringLiteral("pages"),
                   pagesOf(rows, packRows(*m, pageHeight, headerOffset, safety)));
        doc = std::make_unique<FormDocument>(prepared->render(), css, symbols, content, scale,
                                             Pagination::MultiPage);
        if (doc->splitRows().isEmpty())
            break;
        // Cut again, with the repeated header's real position and a wider margin at the foot.
        headerOffset = qMax(headerOffset, doc->continuationOffset().value_or(headerOffset));
        safety += 16;
    }
    return doc;
}

void FormRenderer::applyPageSetup(FormKind kind, QPagedPaintDevice& device) const
{
    device.setPageLayout(m_settings.pageSetup(kind).pageLayout());
}

Status FormRenderer::paint(const FormData& data, QPrinter& printer) const
{
    return paint(data, static_cast<QPagedPaintDevice&>(printer));
}

Status FormRenderer::paint(const FormData& data, QPagedPaintDevice& device) const
{
    auto doc = layOut(data, device.pageLayout());
    if (!doc)
        return doc.error();
    QPainter painter;
    if (!painter.begin(&device))
        return formError("forms.device_failed", QStringLiteral("the printer could not start"));
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    for (int page = 0; page < (*doc)->pageCount(); ++page) {
        if (page > 0 && !device.newPage()) {
            painter.end();
            return formError("forms.device_failed", QStringLiteral("the printer refused a page"));
        }
        (*doc)->paintPage(painter, page, device.logicalDpiY());
    }
    if (!painter.end())
        return formError("forms.device_failed", QStringLiteral("the printer failed to finish"));
    return success();
}

Status FormRenderer::renderPdf(const FormData& data, const QString& path) const
{
    // Written to a temporary file and renamed at the end: a failed print never leaves half a PDF
    // where the previous one was.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return formError("forms.output_failed", file.errorString(), path);
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(1200);
        pdf.setCreator(QStringLiteral("MotCua"));
        pdf.setTitle(QStringLiteral("%1 %2").arg(
            formKindName(data.kind),
            data.kind == FormKind::Register ? data.registerBook : data.dossier.code));
        applyPageSetup(data.kind, pdf);
        if (auto s = paint(data, pdf); !s) {
            file.cancelWriting();
            return s;
        }
    }
    if (!file.commit())
        return formError("forms.output_failed", file.errorString(), path);
    return success();
}

Expected<QList<QImage>> FormRenderer::renderImages(const FormData& data, qreal dotsPerInch) const
{
    const QPageLayout layout = m_settings.pageSetup(data.kind).pageLayout();
    auto doc = layOut(data, layout);
    if (!doc)
        return doc.error();
    const QRect full = layout.fullRectPixels(qRound(dotsPerInch));
    const QRect paint = layout.paintRectPixels(qRound(dotsPerInch));
    const int dotsPerMeter = qRound(dotsPerInch / 0.0254);
    QList<QImage> pages;
    for (int page = 0; page < (*doc)->pageCount(); ++page) {
        QImage img(full.size(), QImage::Format_RGB32);
        img.setDotsPerMeterX(dotsPerMeter);
        img.setDotsPerMeterY(dotsPerMeter);
        img.fill(Qt::white);
        QPainter painter(&img);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setRenderHint(QPainter::TextAntialiasing);
        painter.translate(paint.topLeft());
        (*doc)->paintPage(painter, page, dotsPerInch);
        painter.end();
        pages.append(img);
    }
    return pages;
}

Status FormRenderer::checkTemplates() const
{
    // Syntax first, file by file (the override folder's copies where there are some)...
    QStringList files;
    QStringList seen;
    for (FormKind kind : allFormKinds())
        files.append(templateFileName(kind));
    while (!files.isEmpty()) {
        const QString file = files.takeFirst();
        if (seen.contains(file))
            continue;
        seen.append(file);
        const QString path = templatePath(file);
        const auto text = readText(path);
        if (!text)
            return formError("forms.template_missing", QStringLiteral("cannot read %1").arg(path),
                             path);
        auto parsed = FormTemplate::parse(*text, path);
        if (!parsed)
            return parsed.error();
        for (const QString& p : parsed->partialNames())
            files.append(p + QStringLiteral(".html"));
    }
    // ...then the names: a misspelt placeholder would print as a silent blank. (Names used
    // only inside a list are not reached with empty data.)
    for (FormKind kind : allFormKinds()) {
        FormData empty;
        empty.kind = kind;
        auto prepared =
            prepare(empty, m_settings, [this](const QString& f) { return loadTemplate(f); });
        if (!prepared)
            return prepared.error();
        QStringList missing;
        prepared->main.render(prepared->context, prepared->partials, &missing);
        if (!missing.isEmpty()) {
            const QString path = templatePath(templateFileName(kind));
            return formError("forms.template_unknown_name",
                             QStringLiteral("unknown placeholder(s): %1")
                                 .arg(missing.join(QStringLiteral(", "))),
                             path);
        }
    }
    return success();
}

} // namespace motcua::client
