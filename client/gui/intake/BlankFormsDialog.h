#pragma once

#include "core/Expected.h"
#include "domain/ComponentRequirement.h"
#include "gui/intake/IntakeBackend.h"

#include <memory>

#include <QDialog>

class QLabel;
class QListWidget;
class QPrinter;
class QPushButton;

namespace motcua::client {

// The blank forms (mẫu đơn, tờ khai) of the papers of the case the clerk chose, to hand to a
// citizen who has not filled them in: each listed with the paper it is for and its file name.
// "Print…" sends the selected one to a printer (PDF and images: a Word form cannot be printed
// here and says so); "Save a copy…" writes it to a file (every type: a USB stick, an e-mail).
// Works offline with the forms the workstation synced; one not synced yet says so.
class BlankFormsDialog : public QDialog {
    Q_OBJECT
public:
    BlankFormsDialog(const QList<ComponentRequirement>& papers, const IntakeBackend& backend,
                     QWidget* parent = nullptr);

    // The papers that have a form, in the case's order (the list's rows).
    const QList<ComponentRequirement>& papers() const { return m_papers; }
    QListWidget* list() const { return m_list; }
    QPushButton* printButton() const { return m_print; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* statusLabel() const { return m_status; }

    // What the buttons do once the printer or the file is chosen (tests call them directly).
    // Printing rasterises the pages on a worker thread (a PDF page takes a moment): an error
    // known at once (none chosen, not synced, a Word form) is returned; otherwise printFinished
    // follows, and the status line says how it went.
    Status startPrint(std::shared_ptr<QPrinter> printer);
    bool isPrinting() const { return m_printing; }
    Status saveSelected(const QString& path);

signals:
    void printFinished(bool ok);

private:
    std::optional<IntakeBackend::FormFile> selected(Error* why) const;
    void updateButtons();

    const IntakeBackend& m_backend;
    QList<ComponentRequirement> m_papers;
    QListWidget* m_list;
    QPushButton* m_print;
    QPushButton* m_save;
    QLabel* m_status;
    bool m_printing = false;
};

} // namespace motcua::client
