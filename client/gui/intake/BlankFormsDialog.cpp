#include "gui/intake/BlankFormsDialog.h"

#include "core/FileType.h"
#include "core/api/ProblemText.h"
#include "gui/print/DocumentPrinter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QLabel>
#include <QListWidget>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua::client {

BlankFormsDialog::BlankFormsDialog(const QList<ComponentRequirement>& papers,
                                   const IntakeBackend& backend, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
{
    setWindowTitle(tr("Blank forms"));
    setObjectName(QStringLiteral("blankForms"));
    for (const ComponentRequirement& c : papers) {
        if (!c.formSha256.isEmpty())
            m_papers << c;
    }
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("blankFormList"));
    for (const ComponentRequirement& c : std::as_const(m_papers)) {
        const bool here = m_backend.formType(c.formSha256).has_value();
        auto* item = new QListWidgetItem(
            here ? tr("%1 — %2").arg(c.name, c.formName)
                 : tr("%1 — %2 (not on this workstation yet)").arg(c.name, c.formName),
            m_list);
        item->setToolTip(c.formName);
    }
    m_print = new QPushButton(tr("&Print…"), this);
    m_print->setObjectName(QStringLiteral("printForm"));
    m_save = new QPushButton(tr("&Save a copy…"), this);
    m_save->setObjectName(QStringLiteral("saveForm"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("blankFormStatus"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_print, QDialogButtonBox::ActionRole);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("Forms the citizen fills in, for the papers of this case:"), this));
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(560, 320);

    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_status->clear();
        updateButtons();
    });
    connect(m_print, &QPushButton::clicked, this, [this] {
        auto printer = std::make_shared<QPrinter>(QPrinter::HighResolution);
        printer->setPageSize(QPageSize(QPageSize::A4));
        printer->setDocName(m_papers.value(m_list->currentRow()).formName);
        QPrintDialog dialog(printer.get(), this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (const Status s = startPrint(printer); !s)
            m_status->setText(s.error().message);
    });
    connect(this, &BlankFormsDialog::printFinished, this, &BlankFormsDialog::updateButtons);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString name = m_papers.value(m_list->currentRow()).formName;
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save a copy of the form"),
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(name));
        if (path.isEmpty())
            return;
        const Status s = saveSelected(path);
        m_status->setText(s ? tr("Saved to %1.").arg(QDir::toNativeSeparators(path))
                            : s.error().message);
    });
    m_list->setCurrentRow(m_papers.isEmpty() ? -1 : 0);
    updateButtons();
}

std::optional<IntakeBackend::FormFile> BlankFormsDialog::selected(Error* why) const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_papers.size()) {
        *why = Error{QStringLiteral("form.none_selected"), tr("Choose a form first."), {}};
        return std::nullopt;
    }
    auto file = m_backend.formFile(m_papers.at(row).formSha256);
    if (!file)
        *why = Error{QStringLiteral("form.unavailable"),
                     ProblemText::message(QStringLiteral("form.unavailable")),
                     {}};
    return file;
}

Status BlankFormsDialog::startPrint(std::shared_ptr<QPrinter> printer)
{
    Error why;
    const auto file = selected(&why);
    if (!file)
        return why;
    if (!isPrintableForm(file->mime))
        return Error{QStringLiteral("form.not_printable"),
                     tr("A Word or OpenDocument form cannot be printed here: save a copy and "
                        "print it from a word processor."),
                     {}};
    m_printing = true;
    m_print->setEnabled(false);
    m_status->setText(tr("Printing…"));
    auto* watcher = new QFutureWatcher<Status>(this);
    connect(watcher, &QFutureWatcher<Status>::finished, this, [this, watcher] {
        watcher->deleteLater();
        m_printing = false;
        const Status s = watcher->result();
        // The reader's and the printer's failures carry a code; the clerk gets it in words.
        m_status->setText(
            s ? tr("Sent to the printer.")
              : tr("Not printed: the form or the printer failed (%1).").arg(s.error().code));
        emit printFinished(s.ok());
    });
    watcher->setFuture(QtConcurrent::run(
        [bytes = file->bytes, printer] { return DocumentPrinter::print(bytes, *printer); }));
    return success();
}

Status BlankFormsDialog::saveSelected(const QString& path)
{
    Error why;
    const auto file = selected(&why);
    if (!file)
        return why;
    QSaveFile out(path); // all or nothing
    if (!out.open(QIODevice::WriteOnly) || out.write(file->bytes) != file->bytes.size() ||
        !out.commit())
        return Error{QStringLiteral("form.not_saved"),
                     tr("The file cannot be written: %1").arg(out.errorString()),
                     {}};
    return success();
}

void BlankFormsDialog::updateButtons()
{
    const int row = m_list->currentRow();
    const auto type = row >= 0 && row < m_papers.size()
                          ? m_backend.formType(m_papers.at(row).formSha256)
                          : std::nullopt;
    const bool here = type.has_value();
    m_save->setEnabled(here);
    m_print->setEnabled(here && !m_printing && isPrintableForm(*type));
    if (row >= 0 && !here)
        m_status->setText(ProblemText::message(QStringLiteral("form.unavailable")));
}

} // namespace motcua::client
