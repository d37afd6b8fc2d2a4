#pragma once

#include "domain/Dossier.h"
#include "domain/User.h"

#include <functional>
#include <memory>

#include <QMainWindow>

class QLabel;
class QTabWidget;

namespace motcua::client {

class BarcodeWedge;
class CounterController;
class DossierView;
class IntakePage;
class LookupPage;
class ProcessingView;
class QueuePanel;
class Reminders;
class TrayNotifier;
class RegisterPage;
class SettingsDialog;
class StoreIntakeBackend;
class TodayPanel;
class UpdateBanner;
class Workstation;

// The main window: one workspace per role, and a status bar that always shows whether the
// server answers, how many changes wait to be sent, and who is logged in (offline or not).
// Department officers and heads of unit get "Work" first: their work queues (QueuePanel) beside
// the processing view of the selected dossier; Ctrl+1..9 pick a queue, Enter opens the selected
// dossier, F5 synchronises and refreshes. Receptionists get Intake (F2), Lookup and return (F3),
// the counter's queues (ready to return, waiting for the citizen, …), the tracking register and
// Today; every role has the lookup (F3) and Today. A barcode gun works anywhere in the window:
// the scanned dossier opens in the lookup; at intake a citizen ID card's QR code fills the
// applicant instead. The webcam (CameraDialog) is another gun: F4 (File → Read a code with the
// camera) reads one code and handles it exactly as the gun's; the lookup's "Read with camera…"
// reads a receipt, intake's "Read ID card with camera…" an ID card. Queues and counts follow every
// sync (Workstation::dossiersChanged); reminders of new, due-soon and overdue dossiers come through
// the system tray (or the status bar where there is none).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    MainWindow(Workstation* workstation, const User& user, bool offlineSession,
               QWidget* parent = nullptr);
    ~MainWindow() override;

    IntakePage* intakePage() const { return m_intake; }
    LookupPage* lookupPage() const { return m_lookup; }
    DossierView* dossierView() const { return m_dossier; }
    RegisterPage* registerPage() const { return m_register; }
    TodayPanel* todayPanel() const { return m_today; }
    CounterController* controller() const { return m_controller; }
    BarcodeWedge* wedge() const { return m_wedge; }
    QTabWidget* tabs() const { return m_tabs; }
    // Work workspace (specialists and leaders; null otherwise) and the counter's queues
    // (receptionists; null otherwise).
    QueuePanel* workQueues() const { return m_workQueues; }
    ProcessingView* processingView() const { return m_processing; }
    QueuePanel* counterQueues() const { return m_counterQueues; }
    ProcessingView* counterProcessingView() const { return m_counterProcessing; }
    Reminders* reminders() const { return m_reminders; }
    TrayNotifier* notifier() const { return m_notifier; }
    UpdateBanner* updateBanner() const { return m_updateBanner; }
    SettingsDialog* settingsDialog() const { return m_settings; }

public slots:
    void openDossier(const QString& code);
    // Administration → Settings (Ctrl+,): administrators only; the dialog stays for the session.
    void showSettings();
    void showIntake();
    void showLookup();
    // Opens a dossier where this user works on it: the Work workspace (selected in the open queue
    // when it is there; marked seen), else the counter's queues, else the lookup.
    void openForWork(const QString& code);
    void showWork();
    // Opens the scan dialog for the papers of `code` (F7); the pages go to the component chosen.
    void scanPapers(const QString& code);
    // What the barcode gun (or the webcam) read: at intake an ID card's QR code fills the
    // applicant; anything else goes to the lookup (LookupPage::handleScan).
    void handleScannedCode(const QString& text);
    // Each opens the webcam (CameraDialog, objectName "cameraDialog", window-modal, closed by
    // the first code read) and hands the code on: readWithCamera as the gun's
    // (handleScannedCode), readReceiptWithCamera to the lookup, readIdCardWithCamera to intake's
    // applicant (a code that is no ID card changes nothing and says why).
    void readWithCamera();
    void readReceiptWithCamera();
    void readIdCardWithCamera();

signals:
    // File → Log out / switch user: the application logs this user out and asks for the next.
    void switchUserRequested();

private:
    void buildWorkspaces();
    QString currentDossierCode() const;
    void showOnline(bool online);
    void showPending(int count);
    void showUser();
    void showConflict(const QString& code, const Dossier& mine, const Dossier& server);
    void refreshFromStore();
    void refreshCatalogue();
    void buildWorkWorkspace();
    void buildCounterQueues();
    void showInWork(const QString& code);
    // Marks the dossier's current version seen by this user; true when a write was queued
    // (Workstation::seenChanged follows once it is stored), false when already seen or unknown.
    bool markSeen(const QString& code);
    void fillIntakeFromIdCard(const QString& text);
    void openCamera(const std::function<void(const QString&)>& handle);

    Workstation* m_workstation;
    User m_user;
    bool m_offlineSession;
    std::unique_ptr<StoreIntakeBackend> m_intakeBackend;
    CounterController* m_controller;
    BarcodeWedge* m_wedge;
    QTabWidget* m_tabs;
    // Marked seen before a reload of the work queues (after a sync or an action of the user's):
    // the work queues load again when seenChanged says it is stored.
    QString m_reloadWhenSeen;
    IntakePage* m_intake = nullptr;
    LookupPage* m_lookup = nullptr;
    DossierView* m_dossier = nullptr;
    RegisterPage* m_register = nullptr;
    TodayPanel* m_today = nullptr;
    QueuePanel* m_workQueues = nullptr;
    ProcessingView* m_processing = nullptr;
    QWidget* m_workTab = nullptr;
    QueuePanel* m_counterQueues = nullptr;
    ProcessingView* m_counterProcessing = nullptr;
    QWidget* m_counterQueuesTab = nullptr;
    Reminders* m_reminders = nullptr;
    TrayNotifier* m_notifier = nullptr;
    UpdateBanner* m_updateBanner;
    SettingsDialog* m_settings = nullptr;
    QLabel* m_connectionLabel;
    QLabel* m_pendingLabel;
    QLabel* m_userLabel;
};

} // namespace motcua::client
