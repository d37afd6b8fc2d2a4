#pragma once

#include "domain/ProcedureCase.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QTableWidget;
class QTableWidgetItem;

namespace motcua::client {

// One case of a procedure as tables a keyboard edits: its papers (name, originals, certified
// copies, photocopies, required, the blank form, note), its fees (name, amount, when collected, the
// channels it applies to, note), its statutory time online and by post when they differ from in
// person, and whether it gives an appointment at all. The in-person time is the procedure form's
// own field. value() is the case as loaded with the tables' contents; ids of new papers are the
// next free.
class CaseEditor : public QWidget {
    Q_OBJECT
public:
    explicit CaseEditor(QWidget* parent = nullptr);

    void setCase(const ProcedureCase& c);
    ProcedureCase value() const;
    void setReadOnly(bool readOnly);

    QTableWidget* papers() const { return m_papers; }
    QTableWidget* fees() const { return m_fees; }
    QCheckBox* appointmentBox() const { return m_appointment; }
    // Adds an empty row and puts the cursor in its name (buttons, and Ins in a table).
    void addPaper();
    void addFee();
    // The blank form of the paper in `row` (a file the server holds: see FormUploader); an
    // empty sha256 removes it.
    void setForm(int row, const QString& sha256, const QString& name);

signals:
    void changed();
    // "Attach a form…" on the paper in `row`: the page asks for the file and uploads it.
    void attachFormRequested(int row);

private:
    enum PaperColumn {
        PaperName,
        Originals,
        Certified,
        Photocopies,
        Required,
        PaperForm,
        PaperNote, // last: a long sentence
        PaperColumns
    };
    enum FeeColumn { FeeName, Amount, Collection, Channels, FeeNote, FeeColumns };
    void setPaperRow(int row, const ComponentRequirement& c);
    static void setFormItem(QTableWidgetItem* item, const QString& sha256, const QString& name);
    void setFeeRow(int row, const Fee& f);
    void removeCurrentRow(QTableWidget* table);

    ProcedureCase m_loaded;
    bool m_readOnly = false;
    QTableWidget* m_papers = nullptr;
    QTableWidget* m_fees = nullptr;
    QSpinBox* m_online = nullptr;
    QSpinBox* m_post = nullptr;
    QCheckBox* m_appointment = nullptr;
};

} // namespace motcua::client
