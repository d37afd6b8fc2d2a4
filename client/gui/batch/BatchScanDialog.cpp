#include "gui/batch/BatchScanDialog.h"

#include "core/barcode/PageSource.h"
#include "core/batch/BatchSplitter.h"
#include "core/sync/Workstation.h"
#include "gui/batch/BatchReviewPanel.h"
#include "gui/batch/BatchSaver.h"
#include "gui/scan/ScanDialog.h"

#include <algorithm>
#include <functional>

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

enum Page { InputPage, ReviewPage };

} // namespace

BatchScanDialog::BatchScanDialog(Workstation& workstation, QWidget* parent, QSettings* settings,
                                 Scanner* scanner)
    : QDialog(parent)
    , m_workstation(workstation)
    , m_settings(settings)
    , m_scanner(scanner)
    , m_splitter(new BatchSplitter(this))
{
    qRegisterMetaType<motcua::client::BatchCommitResult>("motcua::client::BatchCommitResult");
    setWindowTitle(tr("Scan a stack with separator sheets"));

    // The first screen: where the stack comes from, and the reading's progress.
    auto* input = new QWidget;
    auto* explain = new QLabel(
        tr("Put a separator sheet before the papers of each component (Print separator sheets "
           "in the dossier view), stack several dossiers if you like, then scan the stack from "
           "the feeder or open a scanned PDF or TIFF file. You check every page before anything "
           "is saved."));
    explain->setWordWrap(true);
    m_scan = new QPushButton(tr("&Scan from the feeder…"));
    m_scan->setObjectName(QStringLiteral("scanStackButton"));
    m_open = new QPushButton(tr("&Open a file…"));
    m_open->setObjectName(QStringLiteral("openFileButton"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("readProgress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_cancel = new QPushButton(tr("S&top reading"));
    m_cancel->setObjectName(QStringLiteral("stopReadingButton"));
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("readStatus"));
    m_status->setWordWrap(true);
    auto* sources = new QHBoxLayout;
    sources->addWidget(m_scan);
    sources->addWidget(m_open);
    sources->addStretch();
    auto* progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    auto* inputBox = new QVBoxLayout(input);
    inputBox->addWidget(explain);
    inputBox->addLayout(sources);
    inputBox->addLayout(progressRow);
    inputBox->addWidget(m_status);
    inputBox->addStretch();

    m_review = new BatchReviewPanel;
    m_review->setObjectName(QStringLiteral("batchReview"));
    m_review->setLookup(
        [this](const QString& code) { return m_workstation.store().dossier(code); });

    m_stack = new QStackedWidget;
    m_stack->addWidget(input);
    m_stack->addWidget(m_review);

    // A box rather than a label: the list of what was saved and what was not can be long, and
    // the clerk may want to copy it.
    m_result = new QPlainTextEdit;
    m_result->setObjectName(QStringLiteral("batchResult"));
    m_result->setReadOnly(true);
    m_result->setMaximumHeight(130);
    m_result->hide();

    auto* buttons = new QDialogButtonBox;
    m_confirm = buttons->addButton(tr("&Confirm and save"), QDialogButtonBox::ActionRole);
    m_confirm->setObjectName(QStringLiteral("confirmButton"));
    m_restart = buttons->addButton(tr("Start o&ver"), QDialogButtonBox::ResetRole);
    m_restart->setObjectName(QStringLiteral("restartButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_saveProgress = new QProgressBar;
    m_saveProgress->setObjectName(QStringLiteral("saveProgress"));
    m_saveProgress->hide();

    auto* top = new QVBoxLayout(this);
    top->addWidget(m_stack, 1);
    top->addWidget(m_result);
    top->addWidget(m_saveProgress);
    top->addWidget(buttons);

    connect(m_scan, &QPushButton::clicked, this, &BatchScanDialog::scanFromFeeder);
    connect(m_open, &QPushButton::clicked, this, &BatchScanDialog::chooseFile);
    connect(m_cancel, &QPushButton::clicked, m_splitter, &BatchSplitter::cancel);
    connect(m_splitter, &BatchSplitter::progress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        m_status->setText(tr("Reading page %1 of %2…").arg(std::min(done + 1, total)).arg(total));
    });
    connect(m_splitter, &BatchSplitter::finished, this, &BatchScanDialog::onSplit);
    connect(m_splitter, &BatchSplitter::cancelled, this, [this] {
        m_status->setText(tr("Reading stopped; nothing was saved."));
        updateButtons();
    });
    connect(m_splitter, &BatchSplitter::failed, this, &BatchScanDialog::showError);
    connect(m_review, &BatchReviewPanel::planChanged, this, &BatchScanDialog::updateButtons);
    connect(m_confirm, &QPushButton::clicked, this, [this] { confirm(); });
    connect(m_restart, &QPushButton::clicked, this, [this] {
        m_review->setPlan(BatchPlan());
        showResult({}, true);
        m_stack->setCurrentIndex(InputPage);
        updateButtons();
    });
    resize(980, 760);
    updateButtons();
}

BatchScanDialog::~BatchScanDialog() = default;

bool BatchScanDialog::isReading() const
{
    return m_splitter->isRunning();
}

QString BatchScanDialog::resultText() const
{
    return m_result->toPlainText();
}

bool BatchScanDialog::isSaving() const
{
    return m_saver && m_saver->isRunning();
}

void BatchScanDialog::updateButtons()
{
    const bool reading = m_splitter->isRunning();
    const bool reviewing = m_stack->currentIndex() == ReviewPage;
    const bool saving = isSaving();
    m_scan->setEnabled(!reading);
    m_open->setEnabled(!reading);
    m_cancel->setEnabled(reading);
    m_confirm->setVisible(reviewing);
    m_restart->setVisible(reviewing);
    m_confirm->setEnabled(reviewing && !saving && !m_review->plan().documents().isEmpty());
    m_restart->setEnabled(!saving);
    m_close->setEnabled(!saving);
    m_review->setEnabled(!saving); // the plan being saved does not change under the saver
}

void BatchScanDialog::reject()
{
    if (isSaving())
        return; // Close is disabled; Escape and the window's close button end here
    QDialog::reject();
}

void BatchScanDialog::showError(const QString& message)
{
    m_status->setText(tr("The stack could not be read: %1").arg(message));
    m_stack->setCurrentIndex(InputPage);
    updateButtons();
}

void BatchScanDialog::loadPages(const QList<QImage>& pages)
{
    showResult({}, true);
    if (pages.isEmpty()) {
        m_status->setText(tr("No pages to read."));
        return;
    }
    m_splitter->start(pages);
    updateButtons();
}

bool BatchScanDialog::openFile(const QString& path)
{
    showResult({}, true);
    auto source = PageSource::open(path);
    if (!source) {
        showError(source.error().message);
        return false;
    }
    const PageSource pages = *source;
    // Rasterised on the reading thread, one page at a time.
    m_splitter->start(pages.pageCount(), [pages](int i) { return pages.page(i); });
    updateButtons();
    return true;
}

void BatchScanDialog::scanFromFeeder()
{
    ScanDialog dialog(this, m_settings, m_scanner);
    dialog.setWindowTitle(tr("Scan the stack"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    loadPages(dialog.document().pages());
}

void BatchScanDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a scanned stack"), QString(),
                                     tr("Scanned stacks (*.pdf *.tif *.tiff *.png *.jpg *.jpeg)"));
    if (!path.isEmpty())
        openFile(path);
}

void BatchScanDialog::onSplit(const BatchPlan& plan)
{
    m_status->setText(tr("%n page(s) read.", nullptr, plan.pageCount() + plan.separatorCount()));
    m_review->setPlan(plan);
    m_stack->setCurrentIndex(ReviewPage);
    if (plan.separatorCount() == 0)
        showResult(tr("No separator sheet was found in this stack: assign the pages below, or "
                      "print separator sheets and scan again."),
                   false);
    updateButtons();
}

QString BatchScanDialog::describe(const BatchCommitResult::Item& item) const
{
    QString component;
    if (const auto d = m_workstation.store().dossier(item.dossierCode)) {
        for (const ReceivedComponent& c : d->components) {
            if (c.componentId == item.componentId)
                component = c.name;
        }
    }
    if (component.isEmpty())
        component = tr("component %1").arg(item.componentId);
    return tr("%1, %2 (%n page(s))", nullptr, item.pages).arg(item.dossierCode, component);
}

void BatchScanDialog::showResult(const QString& text, bool good)
{
    m_result->setStyleSheet(good ? QStringLiteral("color: #2e7d32;")
                                 : QStringLiteral("color: #c62828; font-weight: bold;"));
    m_result->setPlainText(text);
    m_result->setVisible(!text.isEmpty());
}

void BatchScanDialog::confirm()
{
    if (isSaving())
        return;
    const BatchPlan plan = m_review->plan();
    const int total = int(plan.documents().size());
    if (total == 0)
        return;
    delete m_saver;
    m_saver = new BatchSaver(m_workstation, plan, this);
    connect(m_saver, &BatchSaver::progress, this, [this](int done, int all) {
        m_saveProgress->setRange(0, std::max(1, all));
        m_saveProgress->setValue(done);
    });
    connect(m_saver, &BatchSaver::finished, this, &BatchScanDialog::onCommitted);
    showResult(tr("Saving %n document(s) on this workstation…", nullptr, total), true);
    m_saveProgress->setRange(0, total);
    m_saveProgress->setValue(0);
    m_saveProgress->show();
    m_saver->start();
    updateButtons();
}

void BatchScanDialog::onCommitted(const BatchCommitResult& result)
{
    m_saveProgress->hide();
    BatchPlan plan = m_review->plan();
    QStringList lines;
    if (!result.saved.isEmpty()) {
        lines << tr("Saved (sent to the server in the background):");
        for (const auto& item : result.saved)
            lines << QStringLiteral("  ✓ ") + describe(item);
    }
    for (const auto& item : result.failed)
        lines << tr("NOT saved: %1 — %2").arg(describe(item), item.message);
    if (!result.notTried.isEmpty()) {
        lines << tr("Not saved yet (after the failure):");
        for (const auto& item : result.notTried)
            lines << QStringLiteral("  • ") + describe(item);
    }
    if (result.ok() && plan.unassignedPageCount() > 0)
        lines << tr("%n page(s) without a dossier were left out.", nullptr,
                    plan.unassignedPageCount());
    showResult(lines.join(u'\n'), result.ok());

    // What was saved leaves the review; what was not stays there to confirm again.
    QList<int> savedGroups;
    for (const auto& item : result.saved)
        savedGroups += item.groups;
    std::sort(savedGroups.begin(), savedGroups.end(), std::greater<int>());
    for (const int g : savedGroups)
        plan.removeGroup(g);
    m_review->setPlan(plan);
    m_saver->deleteLater();
    m_saver = nullptr;
    updateButtons();
    emit committed(result);
    if (!result.saved.isEmpty())
        emit saved(result);
}

} // namespace motcua::client
