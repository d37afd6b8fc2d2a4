#pragma once

#include "core/batch/BatchCommit.h"
#include "core/batch/BatchPlan.h"

#include <QDialog>
#include <QImage>
#include <QList>

class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace motcua::client {

class BatchReviewPanel;
class BatchSaver;
class BatchSplitter;
class Scanner;
class Workstation;

// Batch intake of a mixed feeder stack: the papers of several dossiers, each component preceded by
// its separator sheet (FormKind::Separator). The clerk scans the stack from the feeder (the scan
// dialog, with its scanner and options) or opens a multi-page PDF or TIFF file; every page is read
// on a worker thread with a progress bar; then the review screen (BatchReviewPanel) shows the
// groups for checking and correcting. Nothing is saved before Confirm, which saves one PDF per
// (dossier, component) through Workstation::attachDocument (BatchSaver, off the GUI thread) and
// says what was saved once it is on disk — and, when a save fails part-way, exactly which were
// saved and which were not (those stay on the review screen to confirm again).
class BatchScanDialog : public QDialog {
    Q_OBJECT
public:
    // `settings` and `scanner` as for ScanDialog (null = the application's QSettings, a scanner
    // of the dialog's own).
    explicit BatchScanDialog(Workstation& workstation, QWidget* parent = nullptr,
                             QSettings* settings = nullptr, Scanner* scanner = nullptr);
    ~BatchScanDialog() override;

    // The stack's pages in feeder order (what the scan dialog or a file gave); starts reading.
    void loadPages(const QList<QImage>& pages);
    // A PDF (rasterised at 200 dpi) or an image file (every page of a TIFF); false with the
    // reason shown when it cannot be opened.
    bool openFile(const QString& path);
    // Saves (the Confirm button): one document after another off the GUI thread, with a progress
    // bar; the dialog cannot be closed meanwhile. Then `committed`, and the result shown.
    void confirm();
    bool isSaving() const;

    BatchReviewPanel* review() const { return m_review; }
    BatchSplitter* splitter() const { return m_splitter; }
    bool isReading() const;
    QString resultText() const;

signals:
    // After every Confirm, once it is done: what was saved (on this workstation's disk) and not.
    void committed(const motcua::client::BatchCommitResult& result);
    // After a Confirm that saved at least one document.
    void saved(const motcua::client::BatchCommitResult& result);

public slots:
    // Refused while saving: closing then would leave the clerk not knowing what was saved.
    void reject() override;

private:
    void scanFromFeeder();
    void chooseFile();
    void onSplit(const BatchPlan& plan);
    void showError(const QString& message);
    void showResult(const QString& text, bool good);
    void onCommitted(const BatchCommitResult& result);
    void updateButtons();
    QString describe(const BatchCommitResult::Item& item) const;

    Workstation& m_workstation;
    QSettings* m_settings = nullptr;
    Scanner* m_scanner = nullptr;
    BatchSplitter* m_splitter = nullptr;
    QStackedWidget* m_stack = nullptr;
    QPushButton* m_scan = nullptr;
    QPushButton* m_open = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QLabel* m_status = nullptr;
    BatchReviewPanel* m_review = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_restart = nullptr;
    QPushButton* m_close = nullptr;
    QProgressBar* m_saveProgress = nullptr;
    BatchSaver* m_saver = nullptr; // while a Confirm is saving
};

} // namespace motcua::client
