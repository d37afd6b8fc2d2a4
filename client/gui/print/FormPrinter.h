#pragma once

#include "core/Error.h"
#include "forms/FormData.h"
#include "forms/FormRenderer.h"

#include <functional>
#include <memory>

#include <QObject>
#include <QPointer>
#include <QString>

class QPrinter;
class QSettings;
class QWidget;

namespace motcua::client {

// How the counter prints a form: a print preview (QPrintPreviewDialog) on the printer remembered
// for that kind of form, direct printing for the clerk in a hurry, and export to PDF. Each kind
// remembers its own printer (receipts on the counter's small printer, the register on the office
// one) in QSettings under "print/<kind>/printer".
//
// Failures are reported through failed() with words for the clerk, never as a silent no-op.
class FormPrinter : public QObject {
    Q_OBJECT
public:
    // `settings` null = the application's QSettings.
    explicit FormPrinter(FormRenderer renderer, QWidget* dialogParent = nullptr,
                         QSettings* settings = nullptr);
    ~FormPrinter() override;

    const FormRenderer& renderer() const { return m_renderer; }

    // Opens the preview; returns true when the form was sent to a printer from it. Painted on
    // the GUI thread: QPrintPreviewDialog asks for its pages there (paintRequested), while the
    // clerk looks at it.
    bool preview(const FormData& data);

    // Prints without a preview: on the remembered printer, or through the print dialog when
    // there is none (or `askPrinter`). Returns true when the form was sent — for the register
    // (long), when it was handed to a worker thread: printed()/exported() or failed() follow,
    // then finished().
    bool print(const FormData& data, bool askPrinter = false);

    // Writes the PDF to `path`; no dialog.
    Status exportPdf(const FormData& data, const QString& path);
    // The same on a worker thread, as print() does a register (nobody waits for a preview
    // here): exported() or failed(), then `done` with the outcome, then finished().
    void exportPdfInBackground(const FormData& data, const QString& path,
                               std::function<void(const Status&)> done = {});

    // Asks for a file name (suggesting "<kind>-<code>.pdf"), then exports in the background;
    // true when a file was chosen.
    bool exportPdfInteractive(const FormData& data);
    // Where a PDF of the form is offered to go: "<kind>-<whole code>.pdf" in the folder of the
    // last export (else Documents); also the print dialog's "print to file" name.
    QString suggestedPdfPath(const FormData& data) const;

    // A printer set up for the form: its paper and margins, its document name and the printer
    // remembered for the kind when that printer still exists (else the system default).
    std::unique_ptr<QPrinter> makePrinter(FormKind kind, const QString& docName = {}) const;

    QString rememberedPrinter(FormKind kind) const;
    void rememberPrinter(FormKind kind, const QString& printerName);

    // The clerk's words for a forms error code.
    static QString describe(const Error& error);

signals:
    void printed(motcua::client::FormKind kind, const QString& printerName);
    void exported(motcua::client::FormKind kind, const QString& path);
    void failed(const QString& message);
    // A form printed in the background is out (or failed).
    void finished();

public:
    // Forms still being painted in the background.
    int running() const { return m_running; }
    // For tests: prints on `printer` as print() does once the printer is chosen.
    bool printOn(const FormData& data, std::unique_ptr<QPrinter> printer);

private:
    bool send(const FormData& data, std::unique_ptr<QPrinter> printer);
    void sendInBackground(const FormData& data, std::unique_ptr<QPrinter> printer);
    void sent(FormKind kind, QPrinter& printer);
    QSettings& settings() const;
    static QString docName(const FormData& data);

    FormRenderer m_renderer;
    QPointer<QWidget> m_parent;
    QSettings* m_settings;
    std::unique_ptr<QSettings> m_ownSettings;
    int m_running = 0;
};

} // namespace motcua::client
