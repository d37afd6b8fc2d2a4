#pragma once

#include <QStyledItemDelegate>

namespace motcua::client {

// The "Not allowed here" cell of a step: a list of the actions a process may withhold in a step
// (withholdableActions()), each with a check box — arrows move, Space ticks, Enter keeps. The
// model's Qt::EditRole is the ticked actions' wire names, comma-separated.
class ActionSetDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;
    // Tall enough for every choice, below the cell: a row is too short for a list.
    void updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const override;
};

} // namespace motcua::client
