#include "gui/settings/process/ActionSetDelegate.h"

#include "gui/process/ActionCatalog.h"
#include "workflow/WorkflowStep.h"

#include <algorithm>

#include <QListWidget>

namespace motcua::client {

QWidget* ActionSetDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem&,
                                         const QModelIndex&) const
{
    auto* list = new QListWidget(parent);
    list->setObjectName(QStringLiteral("withheldActions"));
    for (WorkflowAction a : withholdableActions()) {
        auto* item = new QListWidgetItem(ActionCatalog::dialogTitle(a), list);
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
    // Below the cell's top, kept inside the table's viewport (the editor's parent), which would
    // cut it off otherwise; it scrolls when the viewport is shorter than the list.
    const auto* list = static_cast<QListWidget*>(editor);
    const QSize room = editor->parentWidget() ? editor->parentWidget()->size() : QSize(640, 480);
    const int width =
        std::min(std::max(option.rect.width(), list->sizeHintForColumn(0) + 40), room.width());
    const int height =
        std::min(list->sizeHintForRow(0) * list->count() + 2 * list->frameWidth(), room.height());
    const int x = std::clamp(option.rect.x(), 0, std::max(0, room.width() - width));
    const int y = std::clamp(option.rect.y(), 0, std::max(0, room.height() - height));
    editor->setGeometry(x, y, width, height);
}

} // namespace motcua::client
