#include "gui/settings/SettingsPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace motcua::client {

QString SettingsPage::searchText() const
{
    QStringList words{title()};
    for (const QLabel* l : findChildren<QLabel*>())
        words << l->text();
    for (const QAbstractButton* b : findChildren<QAbstractButton*>())
        words << b->text();
    for (const QGroupBox* g : findChildren<QGroupBox*>())
        words << g->title();
    for (const QLineEdit* e : findChildren<QLineEdit*>())
        words << e->placeholderText();
    for (const QHeaderView* h : findChildren<QHeaderView*>()) {
        const QAbstractItemModel* m = h->model();
        if (!m)
            continue;
        const int n = h->orientation() == Qt::Horizontal ? m->columnCount() : 0;
        for (int i = 0; i < n; ++i)
            words << m->headerData(i, Qt::Horizontal).toString();
    }
    // Rich text labels carry markup: the tags are not words anyone searches for.
    return words.join(u' ').remove(QRegularExpression(QStringLiteral("<[^>]*>")));
}

} // namespace motcua::client
