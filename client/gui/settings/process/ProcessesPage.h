#pragma once

#include "core/api/ApiClient.h"
#include "domain/Procedure.h"
#include "gui/settings/ServerCalls.h"
#include "gui/settings/SettingsPage.h"

#include <functional>

#include <QHash>

class QLabel;
class QLineEdit;
class QTreeWidget;

namespace motcua::client {

class ProcedureVersionsModel;
class ProcessDesigner;
class Workstation;

// Settings → Processes: every procedure of the agency with its cases, and the process of the one
// chosen in the designer. A process belongs to a version of its procedure: Apply saves the
// procedure with the process changed as a draft (the draft itself, or a new draft when the
// version shown is published), which the Procedures page publishes for a day. Dossiers already
// received keep the process they were received with.
class ProcessesPage : public SettingsPage {
    Q_OBJECT
public:
    explicit ProcessesPage(Workstation* workstation, QWidget* parent = nullptr);

    QString title() const override;
    bool isModified() const override { return m_modified; }
    void apply() override;
    void revert() override;
    void reload() override;
    void setOnline(bool online) override;

    // Chooses a procedure (and one of its cases: 0 for the procedure's own process); false when
    // it is not listed.
    bool select(const QString& code, int caseId = 0);

    bool isLoading() const { return m_calls->isBusy(); }
    ProcessDesigner* designer() const { return m_designer; }
    QTreeWidget* list() const { return m_list; }
    QLineEdit* filterBox() const { return m_filter; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* editingLabel() const { return m_editing; }

private:
    void load(const QString& doneMessage);
    void fill();
    void showChosen();
    void chosenChanged();
    const Procedure* editable() const; // the draft, else the version in force, else the newest
    void updateControls();

    Workstation* m_ws;
    ProcedureVersionsModel* m_versions;
    ProcessDesigner* m_designer;
    QLineEdit* m_filter;
    QTreeWidget* m_list;
    QLabel* m_editing;
    QLabel* m_status;
    ServerCalls* m_calls;
    QString m_code;
    int m_case = 0;
    bool m_modified = false;
    bool m_online = true;
};

} // namespace motcua::client
