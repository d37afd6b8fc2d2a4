#pragma once

#include "core/Expected.h"
#include "domain/Agency.h"
#include "domain/Field.h"
#include "domain/Procedure.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace motcua::client {

class CaseEditor;

// The form of one version of a procedure: codes, name, field, service level, result, and its
// cases (trường hợp) — a procedure with a single case shows that one only — each with its time
// in person (the form's "Statutory time"), papers, fees, times per channel and appointment
// (CaseEditor). It edits a copy: procedure() is the loaded version with the form's values (the
// first case repeated at the top level, as the server stores it); edited() says whether they
// differ. Cases keep their ids; a new case gets the next free id and the first case's process.
class ProcedureEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProcedureEditor(QWidget* parent = nullptr);

    void setFields(const QList<motcua::Field>& fields);
    // For a province-wide administrator (no agency of their own): the agencies a procedure may
    // belong to, chosen in the form; empty (the default) hides the choice — the procedure is
    // then the administrator's own agency's.
    void setAgencies(const QList<motcua::Agency>& agencies);
    // `isNew`: a procedure not on the server yet (its national code can be typed).
    void setProcedure(const Procedure& procedure, bool isNew);
    Procedure procedure() const;
    bool edited() const { return procedure() != m_loaded; }
    void setReadOnly(bool readOnly);
    // Every problem the server answered, translated, each with the field it concerns.
    void showProblems(const QList<Error>& problems);

    // Cases: a second case splits the procedure's rules in two (both start as the first);
    // removing down to one case makes its rules the procedure's again.
    void addCase();
    void removeCase(int index);
    void selectCase(int index);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* nationalCodeEdit() const { return m_national; }
    QSpinBox* timeBox() const { return m_time; }
    QComboBox* agencyBox() const { return m_agency; }
    QLabel* problemLabel() const { return m_problems; }
    QListWidget* caseList() const { return m_caseList; }
    CaseEditor* caseEditor() const { return m_case; }
    QTabWidget* tabs() const { return m_tabs; }

signals:
    void changed();

private:
    ProcedureCase currentCase() const; // the shown case with the form's time
    QList<ProcedureCase> allCases() const;
    void storeCurrent();
    void showCases();

    Procedure m_loaded;
    bool m_new = false;
    bool m_readOnly = false;
    QList<ProcedureCase> m_cases; // the implicit case (id 0) when the procedure has none
    int m_current = 0;
    QLineEdit* m_national = nullptr;
    QLineEdit* m_local = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_field = nullptr;
    QComboBox* m_agency = nullptr;
    QLabel* m_agencyLabel = nullptr;
    QComboBox* m_level = nullptr;
    QSpinBox* m_time = nullptr;
    QComboBox* m_unit = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QPlainTextEdit* m_legal = nullptr;
    QPlainTextEdit* m_conditions = nullptr;
    QPlainTextEdit* m_applicants = nullptr;
    QListWidget* m_caseList = nullptr;
    QPushButton* m_addCase = nullptr;
    QPushButton* m_removeCase = nullptr;
    CaseEditor* m_case = nullptr;
    QTabWidget* m_tabs = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace motcua::client
