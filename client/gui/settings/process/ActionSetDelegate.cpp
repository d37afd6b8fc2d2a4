#include "gui/settings/process/ActionSetDelegate.h"

#include "gui/dossier/DossierText.h"
#include "workflow/WorkflowStep.h"

#include <QListWidget>

namespace motcua::client {

QWidget* ActionSetDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                         const QModelIndex&) const
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QStringLiteral("withheldActions"));
    for (WorkflowAction a : withholdableActions()) {
        auto* item = new QListWidgetItem(DossierText::action(name(a)), list);
        item->setData(Qt::UserRole, name(a));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    list->setCurrentRow(0);
    return list;
}

void ActionSetDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    auto* list = static_cast<QListWidget*>(editor);
    const QStringList withheld =
        index.data(Qt::EditRole).toString().split(u',', Qt::SkipEmptyParts);
    for (int i = 0; i < list->count(); ++i) {
        QListWidgetItem* item = list->item(i);
        item->setCheckState(withheld.contains(item->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                   : Qt::Unchecked);
    }
}

void ActionSetDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                     const QModelIndex& index) const
{
    const auto* list = static_cast<QListWidget*>(editor);
    QStringList withheld;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            withheld << list->item(i)->data(Qt::UserRole).toString();
    }
    model->setData(index, withheld.join(u','), Qt::EditRole);
}

void ActionSetDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                             const QModelIndex&) const
{
    const auto* list = static_cast<QListWidget*>(editor);
    const int rows = list->count();
    const int height = list->sizeHintForRow(0) * rows + 2 * list->frameWidth();
    editor->setGeometry(option.rect.x(), option.rect.y(), std::max(option.rect.width(), 240),
                        height);
}

} // namespace motcua::client
