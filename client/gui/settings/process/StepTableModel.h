#pragma once

#include <QAbstractTableModel>

namespace motcua::client {

class ProcessModel;

// The steps of the process as a table, every property editable from the keyboard (text, a list
// of choices, a number, a check box with Space). Rows follow the ProcessModel, whoever edits it.
class StepTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Id,
        Name,
        Kind,
        Unit,
        StepRole,
        Time,
        TimeUnit,
        NationalStatus,
        MayReturn,
        NotifyCitizen,
        Withheld, // the actions the step does not allow (ActionSetDelegate)
        ColumnCount
    };
    explicit StepTableModel(ProcessModel* process, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    ProcessModel* m_process;
    bool m_editing = false; // our own edit: the rows are already right
};

} // namespace motcua::client
