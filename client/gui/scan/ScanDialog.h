#pragma once

#include "core/scan/DeviceCapabilities.h"
#include "core/scan/PageDocument.h"
#include "core/scan/ScanSettings.h"
#include "core/scan/ScanStatus.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSettings;

namespace motcua::client {

class Scanner;

// Scanning at the counter: the scanner (the last one used opens at once, the others are searched
// for in the background), its source, mode and resolution as the device offers them, Preview,
// Scan, a progress bar and Cancel, and the pages as thumbnails the clerk reorders by dragging,
// rotates, deletes or rescans one by one before using them. A jam or an open cover says so in the
// dialog and keeps every page scanned before it.
//
// The choices are remembered (QSettings "scan/source", "scan/mode", "scan/resolution"; the
// device as Scanner keeps it, "scan/lastDevice"). Widgets carry object names for tests.
class ScanDialog : public QDialog {
    Q_OBJECT
public:
    // `settings` null = the application's QSettings. `scanner` null = a Scanner of the dialog's
    // own; pass the application's to keep the device open between dialogs (and so that closing
    // the dialog never waits for a device search still running).
    explicit ScanDialog(QWidget* parent = nullptr, QSettings* settings = nullptr,
                        Scanner* scanner = nullptr);
    ~ScanDialog() override;

    // The pages in the order the clerk arranged them.
    PageDocument document() const;
    Scanner* scanner() const { return m_scanner; }
    ScanSettings currentSettings() const;

    static QString sourceName(ScanSource source);
    static QString modeName(ScanMode mode);

    // Empties the page list (after the pages were saved somewhere, to scan the next paper).
    void clearPages();
    // The button that accepts the pages ("Use these pages"): a dialog built on this one renames
    // it for what accepting does there.
    QPushButton* useButton() const { return m_use; }
    QLabel* statusLabel() const { return m_status; }

    // Refused while the pages are being saved (see setSaving). Public, as QDialog's.
    void reject() override;

protected:
    // Puts `widget` above the scanner's controls (what the pages are for).
    void insertHeader(QWidget* widget);
    QSettings& settings() const;
    // While the pages are being saved (made into a PDF off the GUI thread, then stored): the page
    // list cannot change, the dialog cannot be closed (Close is disabled; Escape and the window's
    // close button are refused), the progress bar runs and the status line says `text`.
    void setSaving(bool saving, const QString& text = {});
    bool saving() const { return m_saving; }

private:
    void onDevices();
    void onDeviceOpened(const DeviceCapabilities& caps);
    void onPage(const QImage& page, int number);
    void onFinished(ScanStatus status, const QString& message, int pages);
    void startScan(bool preview);
    void rescanSelected();
    void rotateSelected(int quarterTurns);
    void deleteSelected();
    void setBusy(bool busy);
    void updateButtons();
    void remember();
    void showPage(QListWidgetItem* item, const QImage& page);

    QSettings* m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    Scanner* m_scanner = nullptr;
    QComboBox* m_device = nullptr;
    QPushButton* m_refresh = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_resolution = nullptr;
    QPushButton* m_preview = nullptr;
    QPushButton* m_scan = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_previewImage = nullptr;
    QListWidget* m_pages = nullptr;
    QPushButton* m_rotateLeft = nullptr;
    QPushButton* m_rotateRight = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_rescan = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_close = nullptr;
    bool m_busy = false;
    bool m_saving = false;
    QString m_savingText;
    int m_replaceRow = -1; // the page a rescan replaces; -1 = new pages are added
    int m_pagesThisJob = 0;
};

} // namespace motcua::client
