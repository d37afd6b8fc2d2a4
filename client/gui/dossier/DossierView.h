#pragma once

#include "calendar/WorkingCalendar.h"
#include "core/Expected.h"
#include "domain/Dossier.h"
#include "gui/dossier/DeadlineState.h"

#include <functional>

#include <QDateTime>
#include <QWidget>

class QFormLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;
class QTabWidget;

namespace motcua::client {

class HistoryModel;
class ScanIntoDossierDialog;
class Workstation;

// Everything about one dossier for the clerk at the counter: code, procedure, status and the
// deadline state in colour, the owner, submitter and representative, reception and appointment,
// the current step, unit and officer (with the step's own deadline), the components received,
// the fees, and the history. Read-only; the actions are buttons whose signals the main window
// wires (returning the result is only offered when the result is ready, status 9).
//
// With a Workstation (setWorkstation), the papers too: per component whether it is digitised and
// how many files it has, and how many of those still wait to be sent (refreshed on
// attachmentsChanged); "Scan papers…" opens the scan-into-dossier dialog for the shown dossier and
// "Attach file…" takes a PDF, PNG, JPEG or TIFF from disk into a component, both through
// Workstation::attachDocument.
class DossierView : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;
    using UserNameLookup = std::function<QString(const QString& username)>;

    explicit DossierView(QWidget* parent = nullptr);

    // "Now" for the deadline state; defaults to vntime::now(). Tests pass a fixed instant.
    void setClock(Clock clock);
    void setCalendar(const WorkingCalendar& calendar);
    // Shows officers by full name instead of username (e.g. from LocalStore::user).
    void setUserNameLookup(UserNameLookup lookup);
    // Enables the papers: attachment counts, Scan papers…, Attach file…. Not owned.
    void setWorkstation(Workstation* workstation);
    Workstation* workstation() const { return m_workstation; }

    void setDossier(const Dossier& dossier);
    // Marks a dossier changed on this counter and not yet sent to the server.
    void setPending(bool pending);
    void clear();

    bool hasDossier() const { return m_hasDossier; }
    const Dossier& dossier() const { return m_dossier; }
    DeadlineState deadline() const;

    // Opens the scan-into-dossier dialog for the shown dossier (non-modal, deleted on close); null
    // without a dossier or a workstation.
    ScanIntoDossierDialog* openScanDialog();
    // Attaches a file from disk to a component of the shown dossier; returns the workstation's
    // request id. Errors: dossier.attach_no_dossier, dossier.attach_unreadable,
    // dossier.attach_type (not a PDF, PNG, JPEG or TIFF by its content), dossier.attach_failed
    // (the workstation refused it; the message says why).
    Expected<QString> attachFile(const QString& path, int componentId);
    // "2 (1 waiting to be sent)" as the Files column shows it; for tests.
    QString filesText(int componentId) const;

public slots:
    // Recomputes the deadline state against the clock (also done every minute).
    void refreshDeadline();

signals:
    void returnResultRequested(const QString& code);
    void printReceiptRequested(const QString& code);
    void printControlSlipRequested(const QString& code);
    void printSeparatorsRequested(const QString& code);

private:
    void fillComponents();
    void attachFromDisk();
    void fillFees();
    QString stepName(const QString& stepId) const;
    QString officer(const QString& username) const;

    Dossier m_dossier;
    bool m_hasDossier = false;
    Clock m_clock;
    WorkingCalendar m_calendar;
    UserNameLookup m_userName;
    Workstation* m_workstation = nullptr;
    QString m_fetchedCode; // the dossier whose attachments were last asked of the server

    QLabel* m_code;
    QLabel* m_procedure;
    QLabel* m_status;
    QLabel* m_deadline;
    QLabel* m_pending;
    QLabel* m_applicantType;
    QLabel* m_owner;
    QLabel* m_submitter;
    QLabel* m_representative;
    QLabel* m_channel;
    QLabel* m_received;
    QLabel* m_appointment;
    QLabel* m_statutory;
    QLabel* m_finished;
    QLabel* m_returned;
    QLabel* m_step;
    QLabel* m_unit;
    QLabel* m_assignee;
    QLabel* m_stepDeadline;
    QLabel* m_pause;
    QFormLayout* m_processingForm = nullptr;
    QPushButton* m_returnButton;
    QPushButton* m_printReceiptButton;
    QPushButton* m_printSlipButton;
    QPushButton* m_scanButton;
    QPushButton* m_attachButton;
    QPushButton* m_separatorsButton;
    QTabWidget* m_tabs;
    QTableWidget* m_components;
    QTableWidget* m_fees;
    QTableView* m_historyView;
    HistoryModel* m_history;
};

} // namespace motcua::client
