#pragma once

#include "calendar/WorkingCalendar.h"
#include "domain/Duration.h"
#include "workflow/WorkflowDefinition.h"

#include <QWidget>

class QGraphicsView;
class QListWidget;
class QPushButton;
class QTabWidget;
class QTableView;

namespace motcua::client {

class ProcessModel;
class ProcessScene;
class StepTableModel;
class TransitionTableModel;

// The workflow designer: the process as a diagram (boxes and arrows; drag to move, Shift+drag to
// connect, Ctrl+wheel or the buttons to zoom, "Arrange" lays it out) and the same process as
// two tables for the keyboard (steps, arrows: Ins adds, Del removes, F2 edits). Both edit one
// ProcessModel, so they never disagree. Below, the check the server will make before publishing
// (every problem, and the ways longer than the statutory time), kept up to date as one edits.
class ProcessDesigner : public QWidget {
    Q_OBJECT
public:
    explicit ProcessDesigner(QWidget* parent = nullptr);

    void setProcess(const WorkflowDefinition& process, const Duration& statutory);
    WorkflowDefinition process() const;
    void setReadOnly(bool readOnly);
    void setCalendar(const WorkingCalendar& calendar) { m_calendar = calendar; }

    // Adds a step after the others (in the table: on the new row, its name to type).
    void addStep();
    // Adds an arrow from the step chosen in the table (or the diagram) to the next step.
    void addTransition();
    // Removes what is selected: the row of the table in focus, or the box or arrow selected in
    // the diagram.
    void removeSelected();
    void arrange();
    void zoom(double factor);
    void fit();
    void simulate();

    ProcessModel* model() const { return m_model; }
    ProcessScene* scene() const { return m_scene; }
    QGraphicsView* view() const { return m_view; }
    QTableView* stepsTable() const { return m_steps; }
    QTableView* transitionsTable() const { return m_arrows; }
    QListWidget* problemList() const { return m_problems; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void edited(); // a change of meaning or of the drawing: the page has something to apply

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void check();

    ProcessModel* m_model;
    ProcessScene* m_scene;
    StepTableModel* m_stepModel;
    TransitionTableModel* m_arrowModel;
    QTabWidget* m_tabs;
    QGraphicsView* m_view;
    QTableView* m_steps;
    QTableView* m_arrows;
    QListWidget* m_problems;
    QList<QPushButton*> m_editButtons;
    QTableView* m_lastTable = nullptr; // the table Remove acts on once a button has the focus
    Duration m_statutory;
    WorkingCalendar m_calendar;
    bool m_loading = false;
};

} // namespace motcua::client
