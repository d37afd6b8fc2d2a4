#pragma once

#include <QDialog>
#include <QJsonArray>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace motcua::client {

class ProcedureDiffView;

// The preview of an import from the national procedures database (POST /catalogue/import with
// dryRun): one row a record — code, name, new / changed / unchanged / refused, how many changes
// and notes — and, for the row chosen, every change field by field and every note, translated.
// "Create the drafts" asks for the import itself (applyRequested); nothing is written before.
class ImportPreviewDialog : public QDialog {
    Q_OBJECT
public:
    explicit ImportPreviewDialog(QWidget* parent = nullptr);

    // The server's answer to the dry run; `catalogue`: of a catalogue exported from MotCua
    // (POST /catalogue/import-bundle), whose versions are taken as they are, not as drafts.
    void setPreview(const QJsonArray& results, bool catalogue = false);
    void setBusy(bool busy);

    QTreeWidget* records() const { return m_records; }
    ProcedureDiffView* changes() const { return m_changes; }
    QLabel* notes() const { return m_notes; }
    QPushButton* applyButton() const { return m_apply; }

signals:
    void applyRequested();

private:
    void showRecord(int row);

    QJsonArray m_results;
    int m_drafts = 0;
    QTreeWidget* m_records = nullptr;
    ProcedureDiffView* m_changes = nullptr;
    QLabel* m_notes = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_apply = nullptr;
};

} // namespace motcua::client
