#pragma once

#include "calendar/WorkingCalendar.h"
#include "domain/Duration.h"
#include "workflow/WorkflowDefinition.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QTableWidget;

namespace motcua::client {

// Walks a sample dossier through one way of the process with the workstation's calendar (the
// one the server last sent): each step's start and deadline and the appointment, the steps due
// after the appointment in red. Nothing is stored.
class SimulationDialog : public QDialog {
    Q_OBJECT
public:
    SimulationDialog(const WorkflowDefinition& process, const Duration& statutory,
                     const WorkingCalendar& calendar, QWidget* parent = nullptr);

    QComboBox* pathBox() const { return m_path; }
    QDateTimeEdit* receivedBox() const { return m_received; }
    QTableWidget* table() const { return m_table; }
    QLabel* summary() const { return m_summary; }

private:
    void run();

    WorkflowDefinition m_process;
    Duration m_statutory;
    WorkingCalendar m_calendar;
    QComboBox* m_path;
    QDateTimeEdit* m_received;
    QTableWidget* m_table;
    QLabel* m_summary;
};

} // namespace motcua::client
