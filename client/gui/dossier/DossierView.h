#pragma once

#include "calendar/WorkingCalendar.h"
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

// Everything about one dossier for the clerk at the counter: code, procedure, status and the
// deadline state in colour, the owner, submitter and representative, reception and appointment,
// the current step, unit and officer (with the step's own deadline), the components received,
// the fees, and the history. Read-only; the actions are buttons whose signals the main window
// wires (returning the result is only offered when the result is ready, status 9).
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

    void setDossier(const Dossier& dossier);
    // Marks a dossier changed on this counter and not yet sent to the server.
    void setPending(bool pending);
    void clear();

    bool hasDossier() const { return m_hasDossier; }
    const Dossier& dossier() const { return m_dossier; }
    DeadlineState deadline() const;

public slots:
    // Recomputes the deadline state against the clock (also done every minute).
    void refreshDeadline();

signals:
    void returnResultRequested(const QString& code);
    void printReceiptRequested(const QString& code);
    void printControlSlipRequested(const QString& code);

private:
    void fillComponents();
    void fillFees();
    QString stepName(const QString& stepId) const;
    QString officer(const QString& username) const;

    Dossier m_dossier;
    bool m_hasDossier = false;
    Clock m_clock;
    WorkingCalendar m_calendar;
    UserNameLookup m_userName;

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
    QTabWidget* m_tabs;
    QTableWidget* m_components;
    QTableWidget* m_fees;
    QTableView* m_historyView;
    HistoryModel* m_history;
};

} // namespace motcua::client
