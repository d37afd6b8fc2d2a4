#pragma once

#include "domain/Dossier.h"
#include "domain/User.h"

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
class RegisterPage;
class StoreIntakeBackend;
class TodayPanel;
class Workstation;

// The main window: one workspace per role, and a status bar that always shows whether the
// server answers, how many changes wait to be sent, and who is logged in (offline or not).
// Receptionists get Intake (F2), Lookup and return (F3), the tracking register and Today;
// other roles the lookup and Today (their processing workspaces come with issue 6). A barcode
// gun works anywhere in the window: the scanned dossier opens in the lookup.
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

public slots:
    void openDossier(const QString& code);
    void showIntake();
    void showLookup();

private:
    void buildWorkspaces();
    QString currentDossierCode() const;
    void showOnline(bool online);
    void showPending(int count);
    void showConflict(const QString& code, const Dossier& mine, const Dossier& server);
    void refreshFromStore();
    void refreshCatalogue();

    Workstation* m_workstation;
    User m_user;
    bool m_offlineSession;
    std::unique_ptr<StoreIntakeBackend> m_intakeBackend;
    CounterController* m_controller;
    BarcodeWedge* m_wedge;
    QTabWidget* m_tabs;
    IntakePage* m_intake = nullptr;
    LookupPage* m_lookup = nullptr;
    DossierView* m_dossier = nullptr;
    RegisterPage* m_register = nullptr;
    TodayPanel* m_today = nullptr;
    QLabel* m_connectionLabel;
    QLabel* m_pendingLabel;
    QLabel* m_userLabel;
};

} // namespace motcua::client
