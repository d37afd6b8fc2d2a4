#pragma once

#include <QAbstractTableModel>

namespace motcua::client {

class ProcessModel;

// The arrows of the process as a table (from, action, to, the button's words), edited from the
// keyboard like the steps.
class TransitionTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { From, Action, To, Label, ColumnCount };
    explicit TransitionTableModel(ProcessModel* process, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    QString stepName(const QString& id) const;

    ProcessModel* m_process;
    bool m_editing = false;
};

} // namespace motcua::client
