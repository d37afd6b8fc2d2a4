#pragma once

#include "core/api/ApiClient.h"
#include "domain/Procedure.h"
#include "gui/settings/ServerCalls.h"
#include "gui/settings/SettingsPage.h"

#include <functional>

#include <QHash>

class QComboBox;
class QDateEdit;
class QDialog;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace motcua::client {

class FormUploader;
class ImportPreviewDialog;
class ProcedureDiffView;
class ProcedureEditor;
class ProcedureVersionsModel;
class Workstation;

// Settings → Procedures: the agency's procedures with every version (GET /procedure-versions),
// filtered by words, field and state; the selected one in the editor. Apply saves the form as a
// draft (a new draft when the version shown is published); "Publish" gives the draft the day it
// takes effect; the history lists every version with its days. Everything goes through the
// server, which validates it (every problem at once, shown translated) and audits it; other
// workstations learn of it through the change feed.
class ProceduresPage : public SettingsPage {
    Q_OBJECT
public:
    explicit ProceduresPage(Workstation* workstation, QWidget* parent = nullptr);

    QString title() const override;
    bool isModified() const override;
    void apply() override;
    void revert() override;
    void reload() override;
    void setOnline(bool online) override;

    // Selects a procedure (as a click in the list does); false when it is not listed.
    bool select(const QString& code);
    void newProcedure();
    // Publishes the draft of the selected procedure from `day` (the date box's day). When the
    // server warns that a way through a process takes longer than the statutory time, the
    // administrator is asked (or the answer set for tests is taken) and, if they agree, the
    // draft is published all the same.
    void publish(bool acceptWarnings = false);
    void setWarningAnswer(int answer) { m_warningAnswer = answer; } // -1 ask, 0 no, 1 yes
    // Shows what changed between the two versions selected in the history (one selected: from
    // the version before it) in a window of its own; false when there is nothing to compare.
    bool compareSelected();
    // The two audited changes of a published version, each with its reason: the form's content
    // as a correction of the published version shown (when there is no draft), and a new end
    // day (null: none) for the version selected in the history. The buttons ask for the reason
    // (and the day) first.
    void correctShown(const QString& reason);
    void endSelected(const QDate& to, const QString& reason);
    // Previews the records of the national database in `path` (a LayThuTuc JSON file, one
    // record or an array) in the import window; its "Create the drafts" imports them.
    void importFile(const QString& path);
    ImportPreviewDialog* importDialog() const { return m_import; }
    // Saves our own catalogue (every version of the agency's procedures, processes inside, and
    // the fields) to `path`, as GET /catalogue/export gives it; importFile() takes such a file
    // back, here or on another server.
    void exportTo(const QString& path);
    // Uploads the file at `path` as the blank form of the paper in `row` of the case shown
    // ("Attach a blank form…" asks for the file first); the page is then modified.
    void attachForm(int row, const QString& path);

    QString currentCode() const { return m_code; }
    bool isLoading() const { return m_calls->isBusy(); }
    ProcedureVersionsModel* model() const { return m_model; }
    ProcedureEditor* editor() const { return m_editor; }
    QTableView* table() const { return m_table; }
    QLineEdit* filterBox() const { return m_filter; }
    QComboBox* stateBox() const { return m_state; }
    QComboBox* fieldBox() const { return m_field; }
    QTreeWidget* history() const { return m_history; }
    QDateEdit* publishDay() const { return m_day; }
    QPushButton* publishButton() const { return m_publish; }
    QPushButton* compareButton() const { return m_compare; }
    QPushButton* correctButton() const { return m_correct; }
    QPushButton* endButton() const { return m_end; }
    ProcedureDiffView* diffView() const { return m_diff; }
    QLabel* statusLabel() const { return m_status; }

private:
    void load(const QString& doneMessage); // the list, then `doneMessage` in the status line
    void applyFilter();
    void showSelected();
    void updateControls();
    void refused(const ApiResult& result, bool applying);
    const Procedure* selectedVersion() const; // one version chosen in the history, or null
    void askCorrection();
    void askEndDay();

    Workstation* m_ws;
    ProcedureVersionsModel* m_model;
    ProcedureEditor* m_editor;
    ServerCalls* m_calls;
    FormUploader* m_forms;
    QString m_code;
    bool m_new = false;
    int m_warningAnswer = -1;
    bool m_online = true;
    bool m_wasModified = false;

    QLineEdit* m_filter = nullptr;
    QComboBox* m_field = nullptr;
    QComboBox* m_state = nullptr;
    QPushButton* m_newButton = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_editing = nullptr;
    QTreeWidget* m_history = nullptr;
    QDateEdit* m_day = nullptr;
    QPushButton* m_publish = nullptr;
    QPushButton* m_compare = nullptr;
    QPushButton* m_correct = nullptr;
    QPushButton* m_end = nullptr;
    QPushButton* m_importButton = nullptr;
    QPushButton* m_exportButton = nullptr;
    ImportPreviewDialog* m_import = nullptr;
    QByteArray m_importBytes;
    QDialog* m_diffWindow = nullptr;
    ProcedureDiffView* m_diff = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace motcua::client
