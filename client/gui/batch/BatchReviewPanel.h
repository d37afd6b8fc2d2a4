#pragma once

#include "core/batch/BatchPlan.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace motcua::client {

// The review screen of a split stack, before anything is saved: one row per group (dossier code,
// owner, component, page count, the first pages as thumbnails, warnings in words), and for the
// selected group its pages, which the clerk can move to another group or delete, and the group's
// dossier and component, which the clerk can change. Every edit goes through BatchPlan and is
// checked against the store again (unknown dossier, unknown component).
class BatchReviewPanel : public QWidget {
    Q_OBJECT
public:
    explicit BatchReviewPanel(QWidget* parent = nullptr);

    void setLookup(BatchPlan::DossierLookup lookup);
    void setPlan(const BatchPlan& plan);
    const BatchPlan& plan() const { return m_plan; }

    int currentGroup() const;
    void selectGroup(int group);

    // The clerk's words for a group's warnings ("" when there are none).
    static QString warningText(const BatchGroup& group);

signals:
    void planChanged();

private:
    void refresh();
    void showGroup();
    void fillAssignComponents();
    void moveSelectedPages();
    void deleteSelectedPages();
    void applyAssignment();
    void addEmptyGroup();
    QList<int> selectedPages() const;

    BatchPlan m_plan;
    BatchPlan::DossierLookup m_lookup;
    QTableWidget* m_groups = nullptr;
    QListWidget* m_pages = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_groupTitle = nullptr;
    QComboBox* m_moveTarget = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_delete = nullptr;
    QLineEdit* m_code = nullptr;
    QComboBox* m_component = nullptr;
    QPushButton* m_assign = nullptr;
    QPushButton* m_newGroup = nullptr;
};

} // namespace motcua::client
