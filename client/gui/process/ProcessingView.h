#pragma once

#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"
#include "domain/User.h"

#include <functional>
#include <optional>

#include <QDateTime>
#include <QString>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;

namespace motcua::client {

class ActionPanel;
class AttachmentPane;
class ControlSlipPreview;
class FormPrinter;
class HistoryModel;
class Workstation;

// Everything about one dossier for the department officer, the head of unit or the counter, and
// every action the workflow allows this user now.
//
// Header: code, owner, procedure, status; the appointment and the current step, each with its
// deadline state in colour; the officer and the unit. Tabs: details (applicant, components with
// their digitised state), history (every hand-over: time, from, to, step timeliness, comment),
// scanned papers page by page, and the control slip (Mẫu 05) as it stands. Beside them the
// actions (ActionPanel): each opens a small dialog (ActionDialog; ReturnDialog to hand the result
// back), non-modal for the window (QDialog::open), checked before anything is sent.
//
// An action goes through Workstation::submitAction with the version the user saw, to the dossier
// it was decided on (also when another one is shown by the time it goes). While it is on its way
// — and, for "result ready" with its document, while that document is being stored first — the
// actions are disabled and a progress bar runs; the answer refreshes the view and emits
// actionCompleted. When someone else acted first (workflow.version_conflict) the user is
// told so, with the dossier as it is now: the view keeps the server's version (resolveConflict
// with reapplyMine = false) rather than replay an action decided on a state that no longer
// exists — the user decides again on what they now see. Nothing is overwritten silently.
//
// objectNames: processCode, processOwner, processProcedure, processStatus, processAppointment,
// processDeadline, processStep, processStepDeadline, processAssignee, processUnit, processPending,
// processMessage, processProgress, printApologyButton, processTabs, processComponents,
// processHistory, actionPanel (buttons "action_<wire name>", e.g. action_forward; notes
// "reason_<wire name>"), attachmentPane, controlSlipPreview. Dialogs: see ActionDialog.
class ProcessingView : public QWidget {
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit ProcessingView(Workstation& ws, QWidget* parent = nullptr);
    ~ProcessingView() override;

    // Shows the dossier as the workstation's store has it (and follows its changes).
    void showDossier(const QString& code);
    QString dossierCode() const { return m_code; }
    bool hasDossier() const { return m_dossier.has_value(); }
    // The dossier as shown (the version actions are sent with).
    Dossier dossier() const { return m_dossier.value_or(Dossier{}); }
    void clear();

    // "Now" for deadline states and the workflow's time rules; tests pass a fixed instant.
    void setClock(Clock clock);

    // True while this view is waiting on the outcome of a conflict it caused: the main window
    // must then leave Workstation::conflictDetected for this code to the view (no ConflictDialog).
    bool handlesConflict(const QString& code) const;
    // An action of this view is on its way (or its result document is being stored first).
    bool isBusy() const { return !m_requestId.isEmpty() || !m_storingId.isEmpty(); }
    // The message shown above the tabs (result of the last action, conflicts, errors).
    QString messageText() const;

    ActionPanel* actionPanel() const { return m_actions; }
    AttachmentPane* attachmentPane() const { return m_attachments; }
    ControlSlipPreview* controlSlip() const { return m_slip; }
    HistoryModel* historyModel() const { return m_history; }

public slots:
    // Re-reads the dossier from the store.
    void reload();
    // Mẫu 04 of the dossier's latest approved apology, through the print preview. Offered by the
    // button "printApologyButton" once this user approved an apology.
    void printApology();

signals:
    void actionCompleted(const QString& code);

private:
    void setDossier(const Dossier& d);
    void fillHeader(const Dossier& d);
    void fillComponents(const Dossier& d);
    void updateActions();
    void onActionTriggered(WorkflowAction action);
    void submit(const QString& code, const ActionCommand& command);
    void submitWithResult(const QString& code, const ActionCommand& command,
                          const QByteArray& document, const QString& fileName);
    void resultNotStored(const QString& message);
    QString actionTitle(const QString& code) const;
    void onActionDone(const QString& requestId, const Dossier& dossier, bool queued);
    void onActionFailed(const QString& requestId, const QString& code, const QString& message);
    void onConflict(const QString& code, const Dossier& mine, const Dossier& server);
    void onQueuedRejected(const QString& requestId, const QString& dossierCode,
                          const QString& code);
    void onDossiersChanged();
    void setBusy(bool busy);
    void showMessage(const QString& text, bool error);
    QString officer(const QString& username) const;
    QString stepName(const Dossier& d, const QString& stepId) const;
    QString stateSummary(const Dossier& d) const;
    std::optional<User> user() const;

    Workstation& m_ws;
    Clock m_clock;
    QString m_code;
    std::optional<Dossier> m_dossier;
    QString m_requestId;
    QString m_requestCode; // the dossier of m_requestId (or of the document being stored)
    QString m_storingId;   // the result document stored before its "result ready" goes
    WorkflowAction m_pendingAction = WorkflowAction::Comment;
    QString m_conflictCode;  // a conflict of ours is expected for this dossier
    QString m_queuedRequest; // our action saved locally, waiting to be sent
    FormPrinter* m_printer;

    QLabel* m_codeLabel;
    QLabel* m_owner;
    QLabel* m_procedure;
    QLabel* m_status;
    QLabel* m_appointment;
    QLabel* m_deadline;
    QLabel* m_step;
    QLabel* m_stepDeadline;
    QLabel* m_assignee;
    QLabel* m_unit;
    QLabel* m_pending;
    QLabel* m_message;
    QPushButton* m_printApology;
    QProgressBar* m_progress;
    QTabWidget* m_tabs;
    QLabel* m_applicant;
    QTableWidget* m_components;
    QTableView* m_historyView;
    HistoryModel* m_history;
    AttachmentPane* m_attachments;
    ControlSlipPreview* m_slip;
    ActionPanel* m_actions;
};

} // namespace motcua::client
