#pragma once

#include <functional>

#include <QList>
#include <QPair>
#include <QStyledItemDelegate>

namespace motcua::client {

// A table cell edited by a list of choices (label, value): the model's Qt::EditRole is the
// value. The choices may depend on the moment (a list of steps), hence a function.
class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using Choices = std::function<QList<QPair<QString, QString>>()>;
    ChoiceDelegate(Choices choices, QObject* parent);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                          const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model,
                      const QModelIndex& index) const override;

private:
    Choices m_choices;
};

} // namespace motcua::client
