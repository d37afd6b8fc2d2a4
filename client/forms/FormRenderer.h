#pragma once

#include "core/Expected.h"
#include "forms/FormData.h"
#include "forms/FormSettings.h"
#include "forms/FormTemplate.h"

#include <memory>

#include <QImage>
#include <QList>
#include <QString>

class QPagedPaintDevice;
class QPrinter;

namespace motcua::client {

class FormDocument;

// Renders the counter's printed forms (Mẫu 01 to 06, and the separator sheets of batch scanning,
// whose QR codes come from the context's `qrSymbols`) from HTML templates: the built-in
// ones under :/forms, or an administrator's edited copy of the same name in
// FormSettings::templateDirectory. See resources/forms/README.md for the placeholders.
//
// The QR code (lookup address) and Code 128 (dossier code) come from core/barcode and are drawn
// as vector rectangles. Rendering needs a QGuiApplication (fonts) but no screen: the offscreen
// platform will do for `motcua print`.
//
// Errors (Error.code): forms.template_missing, forms.template_syntax (path "file:line"),
// forms.template_unknown_name (checkTemplates() only), forms.output_failed (path = the file),
// forms.device_failed. A barcode that cannot be encoded is left off with a warning (category
// motcua.forms) rather than stop the print.
class FormRenderer {
public:
    explicit FormRenderer(FormSettings settings = {});

    const FormSettings& settings() const { return m_settings; }
    void setSettings(const FormSettings& settings) { m_settings = settings; }

    // Writes the form to a PDF file on the form's paper (FormSettings::pageSetup).
    Status renderPdf(const FormData& data, const QString& path) const;

    // Paints the form on a printer (CUPS, or the QPrintPreviewDialog's) or a QPdfWriter, on the
    // paper and margins the device is set to: call applyPageSetup() first to use the form's own.
    // A Status rather than void: an unreadable template or a printer that refuses to start must
    // reach the clerk.
    Status paint(const FormData& data, QPrinter& printer) const;
    Status paint(const FormData& data, QPagedPaintDevice& device) const;

    // Sets the device to the form's paper, orientation and margins.
    void applyPageSetup(FormKind kind, QPagedPaintDevice& device) const;

    // The pages as images at `dotsPerInch` (white paper, margins included), for an inline
    // preview or a thumbnail.
    Expected<QList<QImage>> renderImages(const FormData& data, qreal dotsPerInch) const;

    // The filled-in template (HTML), before layout.
    Expected<QString> renderHtml(const FormData& data) const;

    // Parses every template the forms use, preferring the override folder, and looks for
    // placeholders that do not exist; for the settings screen to tell an administrator at once
    // that an edited template is broken.
    Status checkTemplates() const;

    // Where a template comes from: the override file if it exists, otherwise ":/forms/<file>".
    QString templatePath(const QString& fileName) const;

    // Names of the templates a form kind uses (its own file, the partials, the style sheets).
    static QString templateFileName(FormKind kind);

private:
    Expected<FormTemplate> loadTemplate(const QString& fileName) const;
    Expected<std::unique_ptr<FormDocument>> layOut(const FormData& data,
                                                   const QPageLayout& layout) const;
    QString styleSheet() const;
    qreal scaleFor(FormKind kind, const QPageLayout& layout) const;

    FormSettings m_settings;
};

} // namespace motcua::client
