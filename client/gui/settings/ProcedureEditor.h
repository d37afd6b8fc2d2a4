#pragma once

#include "core/Expected.h"
#include "domain/Field.h"
#include "domain/Procedure.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace motcua::client {

// The form of one version of a procedure: codes, name, field, service level, statutory time and
// result, with a summary of its cases, papers and fees as they stand. It edits a copy: procedure()
// is the loaded version with the form's values; edited() says whether they differ.
class ProcedureEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProcedureEditor(QWidget* parent = nullptr);

    void setFields(const QList<motcua::Field>& fields);
    // `isNew`: a procedure not on the server yet (its national code can be typed).
    void setProcedure(const Procedure& procedure, bool isNew);
    Procedure procedure() const;
    bool edited() const { return procedure() != m_loaded; }
    void setReadOnly(bool readOnly);
    // Every problem the server answered, translated, each with the field it concerns.
    void showProblems(const QList<Error>& problems);

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* nationalCodeEdit() const { return m_national; }
    QSpinBox* timeBox() const { return m_time; }
    QLabel* problemLabel() const { return m_problems; }

signals:
    void changed();

private:
    Procedure m_loaded;
    bool m_new = false;
    QLineEdit* m_national = nullptr;
    QLineEdit* m_local = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_field = nullptr;
    QComboBox* m_level = nullptr;
    QSpinBox* m_time = nullptr;
    QComboBox* m_unit = nullptr;
    QPlainTextEdit* m_result = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_problems = nullptr;
};

} // namespace motcua::client
