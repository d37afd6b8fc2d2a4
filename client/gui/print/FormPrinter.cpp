#include "gui/print/FormPrinter.h"

#include <optional>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua::client {
namespace {

QString printerKey(FormKind kind)
{
    return QStringLiteral("print/%1/printer").arg(formKindName(kind));
}

} // namespace

FormPrinter::FormPrinter(FormRenderer renderer, QWidget* dialogParent, QSettings* settings)
    : QObject(dialogParent)
    , m_renderer(std::move(renderer))
    , m_parent(dialogParent)
    , m_settings(settings)
{
    if (!m_settings) {
        m_ownSettings = std::make_unique<QSettings>();
        m_settings = m_ownSettings.get();
    }
}

FormPrinter::~FormPrinter() = default;

QSettings& FormPrinter::settings() const
{
    return *m_settings;
}

QString FormPrinter::docName(const FormData& data)
{
    const QString which =
        data.kind == FormKind::Register
            ? QStringLiteral("%1_%2").arg(data.from.toString(QStringLiteral("yyyyMMdd")),
                                          data.to.toString(QStringLiteral("yyyyMMdd")))
            : data.dossier.code;
    return which.isEmpty() ? formKindName(data.kind)
                           : QStringLiteral("%1-%2").arg(formKindName(data.kind), which);
}

QString FormPrinter::suggestedPdfPath(const FormData& data) const
{
    const QString lastDir =
        settings()
            .value(QStringLiteral("print/pdfDirectory"),
                   QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    return QDir(lastDir).filePath(docName(data) + QStringLiteral(".pdf"));
}

QString FormPrinter::rememberedPrinter(FormKind kind) const
{
    return settings().value(printerKey(kind)).toString();
}

void FormPrinter::rememberPrinter(FormKind kind, const QString& printerName)
{
    if (printerName.isEmpty())
        settings().remove(printerKey(kind));
    else
        settings().setValue(printerKey(kind), printerName);
}

std::unique_ptr<QPrinter> FormPrinter::makePrinter(FormKind kind, const QString& name) const
{
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    const QString remembered = rememberedPrinter(kind);
    // A printer unplugged or renamed since: fall back to the default rather than fail later.
    if (!remembered.isEmpty() && QPrinterInfo::availablePrinterNames().contains(remembered))
        printer->setPrinterName(remembered);
    m_renderer.applyPageSetup(kind, *printer);
    // Qt's print dialog offers "<document name up to its last dot>.pdf" for printing to a file:
    // a dossier code has dots of its own (000.00.71.H36-261122-0001), so without an extension
    // of ours every receipt of the agency was offered as receipt-000.00.71.pdf.
    printer->setDocName((name.isEmpty() ? formKindName(kind) : name) + QStringLiteral(".pdf"));
    printer->setCreator(QStringLiteral("MotCua"));
    return printer;
}

bool FormPrinter::send(const FormData& data, std::unique_ptr<QPrinter> printer)
{
    if (data.kind == FormKind::Register) {
        sendInBackground(data, std::move(printer));
        return true;
    }
    if (const Status s = m_renderer.paint(data, *printer); !s) {
        emit failed(describe(s.error()));
        return false;
    }
    sent(data.kind, *printer);
    return true;
}

bool FormPrinter::printOn(const FormData& data, std::unique_ptr<QPrinter> printer)
{
    return send(data, std::move(printer));
}

void FormPrinter::sent(FormKind kind, QPrinter& printer)
{
    if (printer.outputFormat() == QPrinter::NativeFormat) {
        rememberPrinter(kind, printer.printerName());
        emit printed(kind, printer.printerName());
    } else {
        emit exported(kind, printer.outputFileName());
    }
}

void FormPrinter::sendInBackground(const FormData& data, std::unique_ptr<QPrinter> printer)
{
    // A register of a few months is hundreds of rows and tens of pages: painted on a worker
    // thread (QPainter on a QPrinter is allowed there), with a busy bar, so that the counter
    // keeps working meanwhile.
    std::shared_ptr<QPrinter> shared(printer.release());
    auto* progress = new QProgressDialog(
        tr("Printing the register (%n dossier(s))…", nullptr, int(data.dossiers.size())), QString(),
        0, 0, m_parent);
    progress->setObjectName(QStringLiteral("printProgress"));
    progress->setWindowTitle(formKindTitle(data.kind));
    progress->setWindowModality(Qt::NonModal);
    progress->setMinimumDuration(500);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    ++m_running;
    auto* watcher = new QFutureWatcher<std::optional<Error>>(this);
    connect(
        watcher, &QFutureWatcher<std::optional<Error>>::finished, this,
        [this, watcher, progress = QPointer<QProgressDialog>(progress), shared, kind = data.kind] {
            watcher->deleteLater();
            if (progress)
                progress->close();
            --m_running;
            const std::optional<Error> error = watcher->result();
            if (error)
                emit failed(describe(*error));
            else
                sent(kind, *shared);
            emit finished();
        });
    watcher->setFuture(
        QtConcurrent::run([renderer = m_renderer, data, shared]() -> std::optional<Error> {
            if (const Status s = renderer.paint(data, *shared); !s)
                return s.error();
            return std::nullopt;
        }));
}

bool FormPrinter::preview(const FormData& data)
{
    auto printer = makePrinter(data.kind, docName(data));
    QPrintPreviewDialog dialog(printer.get(), m_parent);
    dialog.setWindowTitle(tr("Print preview — %1").arg(formKindTitle(data.kind)));
    Status lastPaint = success();
    // The dialog asks for the pages again whenever the clerk changes the paper or the printer,
    // and once more when printing for real.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
            [this, &data, &lastPaint](QPrinter* p) { lastPaint = m_renderer.paint(data, *p); });
    if (dialog.exec() != QDialog::Accepted)
        return false;
    if (!lastPaint) {
        emit failed(describe(lastPaint.error()));
        return false;
    }
    if (printer->outputFormat() == QPrinter::NativeFormat) {
        rememberPrinter(data.kind, printer->printerName());
        emit printed(data.kind, printer->printerName());
    } else {
        emit exported(data.kind, printer->outputFileName());
    }
    return true;
}

bool FormPrinter::print(const FormData& data, bool askPrinter)
{
    auto printer = makePrinter(data.kind, docName(data));
    const bool known = !rememberedPrinter(data.kind).isEmpty() &&
                       printer->printerName() == rememberedPrinter(data.kind);
    if (askPrinter || !known) {
        QPrintDialog dialog(printer.get(), m_parent);
        dialog.setWindowTitle(tr("Print — %1").arg(formKindTitle(data.kind)));
        // Qt fills the file name only on X11, from the document name; the same whole name, in
        // the folder of the last export, on every platform.
        if (auto* file = dialog.findChild<QLineEdit*>(QStringLiteral("filename")))
            file->setText(suggestedPdfPath(data));
        if (dialog.exec() != QDialog::Accepted)
            return false;
    }
    if (!printer->isValid()) {
        emit failed(tr("No printer is available. Export the form to PDF instead."));
        return false;
    }
    return send(data, std::move(printer));
}

Status FormPrinter::exportPdf(const FormData& data, const QString& path)
{
    const Status s = m_renderer.renderPdf(data, path);
    if (s)
        emit exported(data.kind, path);
    else
        emit failed(describe(s.error()));
    return s;
}

void FormPrinter::exportPdfInBackground(const FormData& data, const QString& path,
                                        std::function<void(const Status&)> done)
{
    // renderPdf writes through a QSaveFile: nobody sees half a file under `path` meanwhile.
    ++m_running;
    auto* watcher = new QFutureWatcher<std::optional<Error>>(this);
    connect(watcher, &QFutureWatcher<std::optional<Error>>::finished, this,
            [this, watcher, kind = data.kind, path, done = std::move(done)] {
                watcher->deleteLater();
                --m_running;
                const std::optional<Error> error = watcher->result();
                if (error)
                    emit failed(describe(*error));
                else
                    emit exported(kind, path);
                if (done)
                    done(error ? Status(*error) : success());
                emit finished();
            });
    watcher->setFuture(
        QtConcurrent::run([renderer = m_renderer, data, path]() -> std::optional<Error> {
            if (const Status s = renderer.renderPdf(data, path); !s)
                return s.error();
            return std::nullopt;
        }));
}

bool FormPrinter::exportPdfInteractive(const FormData& data)
{
    const QString suggested = suggestedPdfPath(data);
    const QString path = QFileDialog::getSaveFileName(m_parent, tr("Export to PDF"), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return false;
    settings().setValue(QStringLiteral("print/pdfDirectory"), QFileInfo(path).absolutePath());
    exportPdfInBackground(data, path);
    return true;
}

QString FormPrinter::describe(const Error& error)
{
    if (error.code == QLatin1String("forms.template_syntax"))
        return tr("The form template %1 has an error: %2").arg(error.path, error.message);
    if (error.code == QLatin1String("forms.template_unknown_name"))
        return tr("The form template %1 uses a name that does not exist: %2")
            .arg(error.path, error.message);
    if (error.code == QLatin1String("forms.template_missing"))
        return tr("The form template %1 cannot be found.").arg(error.path);
    if (error.code == QLatin1String("forms.output_failed"))
        return tr("The PDF file %1 cannot be written: %2").arg(error.path, error.message);
    if (error.code == QLatin1String("forms.device_failed"))
        return tr("The printer did not accept the form. Check that it is on and has paper.");
    if (error.code == QLatin1String("barcode.encode_failed"))
        return tr("The barcode of the form cannot be made: %1").arg(error.message);
    return tr("The form cannot be printed: %1").arg(error.describe());
}

} // namespace motcua::client
