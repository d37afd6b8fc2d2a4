#include "gui/settings/SettingsDialog.h"

#include "gui/settings/SettingsPage.h"
#include "text/TextFold.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace motcua::client {

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("settingsDialog"));
    resize(1200, 780);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("settingsSearch"));
    m_search->setPlaceholderText(tr("Find a setting…"));
    m_search->setClearButtonEnabled(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsCategories"));
    m_list->setMaximumWidth(240);
    auto* left = new QVBoxLayout;
    left->addWidget(m_search);
    left->addWidget(m_list, 1);

    m_title = new QLabel(this);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_offline = new QLabel(tr("The server cannot be reached: these settings are shown as last "
                              "loaded and cannot be changed until it answers again."),
                           this);
    m_offline->setObjectName(QStringLiteral("settingsOffline"));
    m_offline->setWordWrap(true);
    m_offline->setStyleSheet(QStringLiteral("background:#fff4ce;padding:6px;"));
    m_offline->hide();
    m_stack = new QStackedWidget(this);
    auto* right = new QVBoxLayout;
    right->addWidget(m_title);
    right->addWidget(m_offline);
    right->addWidget(m_stack, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_apply = buttons->addButton(QDialogButtonBox::Apply);
    m_revert = buttons->addButton(tr("&Revert"), QDialogButtonBox::ResetRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    m_apply->setEnabled(false);
    m_revert->setEnabled(false);

    auto* body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);
    auto* outer = new QVBoxLayout(this);
    outer->addLayout(body, 1);
    outer->addWidget(buttons);

    connect(m_search, &QLineEdit::textChanged, this, &SettingsDialog::filter);
    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::pageChosen);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (SettingsPage* p = currentPage())
            p->apply();
    });
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (SettingsPage* p = currentPage())
            p->revert();
    });
    connect(close, &QPushButton::clicked, this, &SettingsDialog::reject);
}

void SettingsDialog::addPage(SettingsPage* page)
{
    m_pages << page;
    m_stack->addWidget(page);
    auto* item = new QListWidgetItem(page->title(), m_list);
    item->setData(Qt::UserRole, int(m_pages.size() - 1));
    connect(page, &SettingsPage::modifiedChanged, this, &SettingsDialog::updateMarks);
    if (m_list->count() == 1)
        m_list->setCurrentRow(0);
}

void SettingsDialog::setOnline(bool online)
{
    m_offline->setVisible(!online);
    for (SettingsPage* p : m_pages)
        p->setOnline(online);
    updateMarks();
}

SettingsPage* SettingsDialog::currentPage() const
{
    return m_shown >= 0 ? m_pages.at(m_shown) : nullptr;
}

void SettingsDialog::filter(const QString& text)
{
    // Every word typed must occur in the page's words, tones and case ignored.
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const SettingsPage* page = m_pages.at(item->data(Qt::UserRole).toInt());
        item->setHidden(!text.trimmed().isEmpty() && !TextFold::matches(text, page->searchText()));
    }
    QListWidgetItem* current = m_list->currentItem();
    if (current && !current->isHidden())
        return;
    for (int row = 0; row < m_list->count(); ++row) {
        if (!m_list->item(row)->isHidden()) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

void SettingsDialog::pageChosen(int row)
{
    if (row < 0)
        return;
    const int index = m_list->item(row)->data(Qt::UserRole).toInt();
    if (index == m_shown)
        return;
    if (SettingsPage* leaving = currentPage(); leaving && !mayLeave(leaving)) {
        const QSignalBlocker block(m_list);
        for (int r = 0; r < m_list->count(); ++r) {
            if (m_list->item(r)->data(Qt::UserRole).toInt() == m_shown)
                m_list->setCurrentRow(r);
        }
        return;
    }
    m_shown = index;
    m_stack->setCurrentWidget(m_pages.at(index));
    m_title->setText(m_pages.at(index)->title());
    updateMarks();
}

void SettingsDialog::updateMarks()
{
    for (int row = 0; row < m_list->count(); ++row) {
        QListWidgetItem* item = m_list->item(row);
        const SettingsPage* page = m_pages.at(item->data(Qt::UserRole).toInt());
        const bool modified = page->isModified();
        // A mark that does not depend on colour alone: a bullet and bold type.
        item->setText(modified ? page->title() + QStringLiteral(" ●") : page->title());
        QFont f = item->font();
        f.setBold(modified);
        item->setFont(f);
        item->setToolTip(modified ? tr("Changed, not applied yet") : QString());
    }
    const SettingsPage* p = currentPage();
    const bool changed = p && p->isModified();
    m_apply->setEnabled(changed && !m_offline->isVisibleTo(this));
    m_revert->setEnabled(changed);
}

bool SettingsDialog::mayLeave(SettingsPage* page)
{
    if (!page->isModified())
        return true;
    switch (askLeave(page)) {
    case Leave::Apply:
        // The server may still refuse: stay until it has answered; the clerk leaves then.
        page->apply();
        return false;
    case Leave::Discard:
        page->revert();
        return true;
    case Leave::Stay:
        break;
    }
    return false;
}

SettingsDialog::Leave SettingsDialog::askLeave(SettingsPage* page)
{
    if (m_answer)
        return m_answer(page);
    QMessageBox box(QMessageBox::Question, tr("Unsaved changes"),
                    tr("The page \"%1\" has changes that are not applied.").arg(page->title()),
                    QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setDefaultButton(QMessageBox::Cancel);
    switch (box.exec()) {
    case QMessageBox::Apply:
        return Leave::Apply;
    case QMessageBox::Discard:
        return Leave::Discard;
    default:
        return Leave::Stay;
    }
}

void SettingsDialog::reject()
{
    if (SettingsPage* p = currentPage(); p && !mayLeave(p))
        return;
    QDialog::reject();
}

} // namespace motcua::client
