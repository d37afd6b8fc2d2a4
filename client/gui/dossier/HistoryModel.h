#pragma once

#include "domain/HistoryEntry.h"
#include "workflow/WorkflowDefinition.h"

#include <functional>

#include <QAbstractTableModel>
#include <QList>

namespace motcua::client {

// A dossier's history, one row per event: time, officer, action in words, from → to step,
// comment, and how the step that ended there did (early / on time / late). Step ids are shown
// by their names in the dossier's frozen workflow; usernames through `userName` when given.
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Officer, Action, Steps, Comment, StepResult, ColumnCount };

    using UserNameLookup = std::function<QString(const QString& username)>;

    explicit HistoryModel(QObject* parent = nullptr);

    void setHistory(const QList<HistoryEntry>& history, const WorkflowDefinition& workflow,
                    UserNameLookup userName = {});
    const QList<HistoryEntry>& history() const { return m_history; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString stepName(const QString& stepId) const;
    QString officer(const QString& username) const;

    QList<HistoryEntry> m_history;
    WorkflowDefinition m_workflow;
    UserNameLookup m_userName;
};

} // namespace motcua::client
