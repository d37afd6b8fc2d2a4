#pragma once

#include "calendar/WorkingCalendar.h"
#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"
#include "domain/User.h"

#include <QByteArray>
#include <QDateTime>
#include <QDialog>
#include <QList>
#include <QStringList>

class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace motcua::client {

// Asks for what one workflow action needs and checks it before anything is sent: the officer
// (forward: optional, of the next step's unit and role; reassign: required, another officer of
// the step), the receiving unit or agency (transfer), the reason (required where the workflow
// requires one), the missing papers (supplement request: what Mẫu 02 lists; a second request
// warns that it needs a leader and counts the dossier late), the new appointment (apology: the
// end of the next working day after the current appointment by default), the pending proposal
// (apology approval), and the result document (result ready: a file or a scan, optional).
// The submit button stays disabled until everything required is there; command() then carries
// the dossier version the user saw.
//
// objectNames: the dialog "actionDialog"; officerCombo, unitCombo, supplementItems,
// supplementItemEdit, addSupplementItemButton, reasonEdit, newAppointmentEdit, apologyProposal,
// resultFileEdit, chooseResultFileButton, scanResultButton, actionWarning, actionProblems, and
// the submit button "actionSubmit".
class ActionDialog : public QDialog {
    Q_OBJECT
public:
    // `users`: the agency's staff as the workstation knows them (for the officer choices).
    ActionDialog(WorkflowAction action, const Dossier& dossier, const QList<User>& users,
                 const WorkingCalendar& calendar, QWidget* parent = nullptr);

    WorkflowAction action() const { return m_action; }
    bool isComplete() const { return problems().isEmpty(); }
    QStringList problems() const;
    ActionCommand command() const;

    // The result document chosen for MarkResultReady (empty when none).
    const QByteArray& resultBytes() const { return m_resultBytes; }
    const QString& resultFileName() const { return m_resultFileName; }
    // Sets the result document directly (the file chooser and the scanner end here; tests too).
    void setResultDocument(const QByteArray& bytes, const QString& fileName);

    // The officers offered for forward / reassign, by username.
    QStringList officerChoices() const;

    // The apology's default new appointment: the end of the last working period of the first
    // working day after the current appointment (Vietnam time); null without an appointment.
    static QDateTime defaultNewAppointment(const Dossier& dossier, const WorkingCalendar& calendar);

private:
    void buildOfficers(const QList<User>& users);
    void buildUnits(const QList<User>& users);
    void buildSupplement();
    void chooseResultFile();
    void scanResult();
    void addSupplementItem();
    QStringList supplementItems() const;
    QDateTime newAppointment() const;
    void validate();

    WorkflowAction m_action;
    Dossier m_dossier;
    WorkingCalendar m_calendar;

    QComboBox* m_step = nullptr; // where the process branches: the step chosen
    QList<User> m_users;
    QComboBox* m_officer = nullptr;
    QComboBox* m_unit = nullptr;
    QListWidget* m_items = nullptr;
    QLineEdit* m_itemEdit = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QDateTimeEdit* m_appointment = nullptr;
    QLineEdit* m_resultFile = nullptr;
    QLabel* m_warning;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
    QPushButton* m_submit;

    QByteArray m_resultBytes;
    QString m_resultFileName;
};

} // namespace motcua::client
