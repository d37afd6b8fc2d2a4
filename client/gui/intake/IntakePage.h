#pragma once

#include "core/Expected.h"
#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"
#include "gui/intake/BlankFormsDialog.h"
#include "gui/intake/IntakeBackend.h"

#include <optional>

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTableView;

namespace motcua::client {

class ComponentChecklistModel;
class LastReceivedBar;
class PersonFields;
class ProcedureListModel;

// The reception clerk's intake screen: pick the procedure (search as you type, recent first),
// the applicant, tick the papers, and end with exactly one of the three outcomes:
//   Accept (F9)            → acceptRequested: the dossier gets its code and appointment (Mẫu 01);
//   Guide to complete (F10) → guideRequested: every missing or wrong paper at once (Mẫu 02);
//   Refuse (F11)           → refuseRequested, with the reason (Mẫu 03).
// The page checks the request with common/'s IntakeBuilder before emitting, so the clerk sees
// every problem at once, translated, before anything is sent. The appointment is computed live
// from the calendar as the clerk works. Everything typed is autosaved as a draft (debounced,
// written to the local store) and restored after a crash; the draft is cleared only when the
// outcome has been recorded (showAccepted / showRecorded).
class IntakePage : public QWidget {
    Q_OBJECT
public:
    explicit IntakePage(IntakeBackend* backend, QWidget* parent = nullptr);

    // Re-reads the catalogue (after a sync) keeping what is typed.
    void reloadCatalogue();
    // Restores the autosaved draft, if any; true when one was restored.
    bool restoreDraft();
    // A change not yet handed to the backend's draft (the autosave runs 300 ms after the last
    // change): tests wait for it to go instead of waiting a fixed time.
    bool draftDue() const { return m_draftTimer.isActive(); }

    IntakeRequest request() const;
    QString reason() const;
    QDateTime appointmentPreview() const { return m_appointment; }
    const Procedure* currentProcedure() const;
    // The chosen case: the only one, or the one picked; none while the clerk has to choose.
    std::optional<ProcedureCase> currentCase() const;
    // The code of the last dossier accepted on this screen (for a reprint).
    QString lastAcceptedCode() const { return m_lastAccepted; }

    // Widgets for tests and for the main window's focus handling.
    QLineEdit* procedureSearch() const { return m_search; }
    QListView* procedureList() const { return m_list; }
    // The case picker, shown only for a procedure with several cases (objectName procedureCase).
    QComboBox* caseBox() const { return m_case; }
    PersonFields* ownerFields() const { return m_owner; }
    QTableView* componentTable() const { return m_table; }
    ComponentChecklistModel* componentModel() const { return m_components; }
    QComboBox* applicantTypeBox() const { return m_applicantType; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    QLabel* problemLabel() const { return m_problems; }
    QLabel* appointmentLabel() const { return m_appointmentLabel; }
    QPushButton* acceptButton() const { return m_accept; }
    // "Read ID card with camera…" beside the owner (objectName readIdCardWithCameraButton).
    QPushButton* idCardCameraButton() const { return m_idCardCamera; }
    // The confirmation of the last accepted dossier, at the top (objectName lastReceived).
    LastReceivedBar* lastReceivedBar() const { return m_lastReceived; }
    // "Blank forms…" (Ctrl+M), enabled when a paper of the chosen case has one, and the window
    // it opens (null until then).
    QPushButton* blankFormsButton() const { return m_blankForms; }
    BlankFormsDialog* blankFormsDialog() const { return m_formsDialog; }

public slots:
    void accept();
    void guide();
    void refuse();
    // The outcome was recorded: show it, clear the form for the next citizen, drop the draft.
    void showAccepted(const motcua::Dossier& dossier, bool offline);
    void showRecorded(const QString& message);
    // The server or the store refused: show every problem, keep everything typed.
    void showProblems(const QList<motcua::Error>& problems);
    void setBusy(bool busy);
    void clearForm();
    void showBlankForms();
    // The applicant read from a chip-based citizen ID card's QR code: fills the owner (or, when
    // the owner is already typed and differs, the submitter) and says what was filled, so the
    // clerk checks it. Nothing typed elsewhere changes.
    void fillFromIdCard(const motcua::Person& person);
    // A code that could not be read as an ID card: says why, changes nothing.
    void showIdCardProblem(const QString& message);

signals:
    void acceptRequested(const motcua::IntakeRequest& request);
    void guideRequested(const motcua::IntakeRequest& request, const QString& reasons);
    void refuseRequested(const motcua::IntakeRequest& request, const QString& reason);
    // The clerk wants to read the applicant's ID card with the webcam; the main window opens it
    // and hands the code to fillFromIdCard / showIdCardProblem as for the barcode gun.
    void idCardCameraRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void selectProcedure(int row);
    void applyProcedure(const Procedure* p);
    void applyCase(); // the case's papers, then showCase()
    void showCase();  // the summary (time and fees for the channel) and the appointment
    void updateAppointment();
    void updateApplicantType();
    void scheduleDraft();
    void saveDraftNow();
    QList<Error> localProblems(bool forAccept) const;

    IntakeBackend* m_backend;
    ProcedureListModel* m_procedures;
    ComponentChecklistModel* m_components;
    QString m_procedureCode;
    QDateTime m_appointment;
    QTimer m_draftTimer;
    QTimer m_clockTimer;
    bool m_restoring = false;
    QString m_lastAccepted;

    QScrollArea* m_scroll = nullptr;
    QLineEdit* m_search = nullptr;
    QListView* m_list = nullptr;
    QLabel* m_procedureInfo = nullptr;
    QLabel* m_caseLabel = nullptr;
    QComboBox* m_case = nullptr;
    QComboBox* m_applicantType = nullptr;
    QComboBox* m_channel = nullptr;
    PersonFields* m_owner = nullptr;
    QCheckBox* m_submitterIsOwner = nullptr;
    PersonFields* m_submitter = nullptr;
    QCheckBox* m_hasRepresentative = nullptr;
    PersonFields* m_representative = nullptr;
    QTableView* m_table = nullptr;
    QSpinBox* m_sets = nullptr;
    QPushButton* m_blankForms = nullptr;
    QPointer<BlankFormsDialog> m_formsDialog;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_appointmentLabel = nullptr;
    QLabel* m_problems = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_accept = nullptr;
    QPushButton* m_guide = nullptr;
    QPushButton* m_refuse = nullptr;
    QPushButton* m_idCardCamera = nullptr;
    LastReceivedBar* m_lastReceived = nullptr;
};

} // namespace motcua::client
