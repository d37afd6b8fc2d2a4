#include "gui/batch/BatchReviewPanel.h"

#include "core/scan/Thumbnail.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

constexpr int kStripThumbs = 6;
constexpr QSize kStripThumb(42, 60);
constexpr QSize kPageThumb(120, 170);
constexpr int kStackIndexRole = Qt::UserRole;

enum Column {
    DossierColumn,
    OwnerColumn,
    ComponentColumn,
    PagesColumn,
    ThumbsColumn,
    WarningsColumn
};

using W = BatchGroup::Warning;

QPixmap strip(const BatchGroup& g)
{
    const int shown = int(std::min<qsizetype>(g.pages.size(), kStripThumbs));
    QPixmap out(std::max(1, shown) * (kStripThumb.width() + 4), kStripThumb.height());
    out.fill(Qt::transparent);
    QPainter p(&out);
    for (int i = 0; i < shown; ++i) {
        const QImage t = Thumbnail::make(g.pages.at(i).image, kStripThumb);
        const QPoint at(i * (kStripThumb.width() + 4), (kStripThumb.height() - t.height()) / 2);
        p.drawImage(at, t);
        p.setPen(QColor(0x90, 0x90, 0x90));
        p.drawRect(QRect(at, t.size()).adjusted(0, 0, -1, -1));
    }
    return out;
}

} // namespace

BatchReviewPanel::BatchReviewPanel(QWidget* parent)
    : QWidget(parent)
{
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("batchSummary"));
    m_summary->setWordWrap(true);

    m_groups = new QTableWidget(0, 6);
    m_groups->setObjectName(QStringLiteral("groupTable"));
    m_groups->setHorizontalHeaderLabels({tr("Dossier"), tr("Owner"), tr("Component"), tr("Pages"),
                                         tr("First pages"), tr("To check")});
    m_groups->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_groups->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_groups->setSelectionMode(QAbstractItemView::SingleSelection);
    // The group numbers that the page list and "Move to" name.
    m_groups->verticalHeader()->setVisible(true);
    m_groups->verticalHeader()->setDefaultSectionSize(kStripThumb.height() + 8);
    m_groups->setIconSize(QSize(kStripThumbs * (kStripThumb.width() + 4), kStripThumb.height()));
    m_groups->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_groups->horizontalHeader()->setSectionResizeMode(ComponentColumn, QHeaderView::Stretch);
    m_groups->setWordWrap(true);

    m_groupTitle = new QLabel;
    m_groupTitle->setObjectName(QStringLiteral("groupTitle"));
    m_groupTitle->setWordWrap(true);
    m_pages = new QListWidget;
    m_pages->setObjectName(QStringLiteral("groupPages"));
    m_pages->setViewMode(QListView::IconMode);
    m_pages->setIconSize(kPageThumb);
    m_pages->setResizeMode(QListView::Adjust);
    m_pages->setMovement(QListView::Static);
    m_pages->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_moveTarget = new QComboBox;
    m_moveTarget->setObjectName(QStringLiteral("moveTargetCombo"));
    m_move = new QPushButton(tr("&Move to:"));
    m_move->setObjectName(QStringLiteral("movePagesButton"));
    m_delete = new QPushButton(tr("&Delete pages"));
    m_delete->setObjectName(QStringLiteral("deletePagesButton"));
    auto* pageActions = new QHBoxLayout;
    pageActions->addWidget(m_move);
    pageActions->addWidget(m_moveTarget, 1);
    pageActions->addWidget(m_delete);

    m_code = new QLineEdit;
    m_code->setObjectName(QStringLiteral("assignCodeEdit"));
    m_code->setPlaceholderText(tr("dossier code, e.g. 000.00.53.H48-261120-0042"));
    m_component = new QComboBox;
    m_component->setObjectName(QStringLiteral("assignComponentCombo"));
    m_assign = new QPushButton(tr("&Apply to this group"));
    m_assign->setObjectName(QStringLiteral("assignButton"));
    m_newGroup = new QPushButton(tr("&New group"));
    m_newGroup->setObjectName(QStringLiteral("newGroupButton"));
    auto* assignForm = new QFormLayout;
    assignForm->addRow(tr("Dossie&r:"), m_code);
    assignForm->addRow(tr("Com&ponent:"), m_component);
    auto* assignButtons = new QHBoxLayout;
    assignButtons->addWidget(m_assign);
    assignButtons->addWidget(m_newGroup);
    assignButtons->addStretch();

    auto* right = new QWidget;
    auto* rightBox = new QVBoxLayout(right);
    rightBox->setContentsMargins(0, 0, 0, 0);
    rightBox->addWidget(m_groupTitle);
    rightBox->addWidget(m_pages, 1);
    rightBox->addLayout(pageActions);
    rightBox->addLayout(assignForm);
    rightBox->addLayout(assignButtons);

    auto* split = new QSplitter(Qt::Vertical);
    split->addWidget(m_groups);
    split->addWidget(right);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({420, 300});

    auto* top = new QVBoxLayout(this);
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_summary);
    top->addWidget(split, 1);

    connect(m_groups, &QTableWidget::itemSelectionChanged, this, &BatchReviewPanel::showGroup);
    connect(m_pages, &QListWidget::itemSelectionChanged, this, [this] {
        const bool any = !selectedPages().isEmpty();
        m_move->setEnabled(any && m_moveTarget->count() > 0);
        m_delete->setEnabled(any);
    });
    connect(m_code, &QLineEdit::textChanged, this, &BatchReviewPanel::fillAssignComponents);
    connect(m_move, &QPushButton::clicked, this, &BatchReviewPanel::moveSelectedPages);
    connect(m_delete, &QPushButton::clicked, this, &BatchReviewPanel::deleteSelectedPages);
    connect(m_assign, &QPushButton::clicked, this, &BatchReviewPanel::applyAssignment);
    connect(m_newGroup, &QPushButton::clicked, this, &BatchReviewPanel::addEmptyGroup);
    refresh();
}

void BatchReviewPanel::setLookup(BatchPlan::DossierLookup lookup)
{
    m_lookup = std::move(lookup);
}

void BatchReviewPanel::setPlan(const BatchPlan& plan)
{
    m_plan = plan;
    m_plan.review(m_lookup);
    refresh();
    selectGroup(0);
}

int BatchReviewPanel::currentGroup() const
{
    const QList<QTableWidgetItem*> selected = m_groups->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void BatchReviewPanel::selectGroup(int group)
{
    if (group >= 0 && group < m_groups->rowCount())
        m_groups->selectRow(group);
    showGroup();
}

QString BatchReviewPanel::warningText(const BatchGroup& g)
{
    QStringList w;
    if (g.warnings & W::BeforeFirstSeparator)
        w << tr("pages before the first separator sheet");
    if (g.warnings & W::DamagedSeparator)
        w << tr("the separator sheet could not be read: %1").arg(g.detail);
    if (g.warnings & W::SeveralCodes)
        w << tr("the separator sheet carries two different codes");
    if (g.warnings & W::UnknownDossier)
        w << tr("dossier %1 is not on this counter").arg(g.dossierCode);
    if (g.warnings & W::UnknownComponent)
        w << tr("the dossier has no component %1").arg(g.componentId);
    if ((g.warnings & W::Unassigned) && !(g.warnings & W::DamagedSeparator) &&
        !(g.warnings & W::BeforeFirstSeparator))
        w << tr("no dossier and component chosen");
    if (g.warnings & W::NoPages)
        w << tr("no pages");
    if (g.warnings & W::BlankPages) {
        const auto blank = std::count_if(g.pages.begin(), g.pages.end(),
                                         [](const BatchPage& p) { return p.blank; });
        w << tr("%n page(s) look blank", nullptr, int(blank));
    }
    return w.join(QStringLiteral("; "));
}

void BatchReviewPanel::refresh()
{
    const int keep = currentGroup();
    {
        const QSignalBlocker block(m_groups);
        m_groups->setRowCount(0);
        const QList<BatchGroup>& groups = m_plan.groups();
        for (int row = 0; row < groups.size(); ++row) {
            const BatchGroup& g = groups.at(row);
            m_groups->insertRow(row);
            auto* code = new QTableWidgetItem(g.dossierCode.isEmpty() ? tr("(not assigned)")
                                                                      : g.dossierCode);
            m_groups->setItem(row, DossierColumn, code);
            m_groups->setItem(row, OwnerColumn, new QTableWidgetItem(g.ownerName));
            QString component = g.componentName;
            if (component.isEmpty() && g.componentId > 0)
                component = tr("component %1").arg(g.componentId);
            m_groups->setItem(row, ComponentColumn, new QTableWidgetItem(component));
            auto* pages = new QTableWidgetItem(QString::number(g.pages.size()));
            pages->setTextAlignment(Qt::AlignCenter);
            m_groups->setItem(row, PagesColumn, pages);
            auto* thumbs = new QTableWidgetItem;
            thumbs->setData(Qt::DecorationRole, strip(g));
            m_groups->setItem(row, ThumbsColumn, thumbs);
            const QString warnings = warningText(g);
            auto* w = new QTableWidgetItem(warnings);
            if (!warnings.isEmpty()) {
                const bool blocking = !g.isAssigned() || (g.warnings & W::UnknownDossier) ||
                                      (g.warnings & W::UnknownComponent);
                w->setForeground(blocking ? QColor(0xc6, 0x28, 0x28) : QColor(0xa0, 0x60, 0x00));
            }
            m_groups->setItem(row, WarningsColumn, w);
        }
    }
    const int saved = int(m_plan.documents().size());
    const int unassigned = m_plan.unassignedPageCount();
    QString summary =
        tr("%n page(s) read, ", nullptr, m_plan.pageCount() + m_plan.separatorCount()) +
        tr("%n separator sheet(s); ", nullptr, m_plan.separatorCount()) +
        tr("Confirm saves %n document(s).", nullptr, saved);
    if (unassigned > 0)
        summary +=
            u' ' + tr("%n page(s) without a dossier will not be saved.", nullptr, unassigned);
    m_summary->setText(summary);
    if (keep >= 0 && keep < m_groups->rowCount())
        m_groups->selectRow(keep);
    showGroup();
}

void BatchReviewPanel::showGroup()
{
    const int gi = currentGroup();
    m_pages->clear();
    m_moveTarget->clear();
    const bool valid = gi >= 0 && gi < m_plan.groups().size();
    m_assign->setEnabled(valid);
    m_code->setEnabled(valid);
    m_component->setEnabled(valid);
    m_move->setEnabled(false);
    m_delete->setEnabled(false);
    if (!valid) {
        m_groupTitle->setText(tr("Select a group to see its pages."));
        return;
    }
    const BatchGroup& g = m_plan.groups().at(gi);
    m_groupTitle->setText(
        g.dossierCode.isEmpty()
            ? tr("Group %1: not assigned — choose a dossier and a component below, or move its "
                 "pages to another group.")
                  .arg(gi + 1)
            : tr("Group %1: %2, %3")
                  .arg(gi + 1)
                  .arg(g.dossierCode, g.componentName.isEmpty()
                                          ? tr("component %1").arg(g.componentId)
                                          : g.componentName));
    for (const BatchPage& p : g.pages) {
        auto* item = new QListWidgetItem(QPixmap::fromImage(Thumbnail::make(p.image, kPageThumb)),
                                         p.blank ? tr("Sheet %1 (blank?)").arg(p.stackIndex + 1)
                                                 : tr("Sheet %1").arg(p.stackIndex + 1),
                                         m_pages);
        item->setData(kStackIndexRole, p.stackIndex);
    }
    for (int i = 0; i < m_plan.groups().size(); ++i) {
        if (i == gi)
            continue;
        const BatchGroup& o = m_plan.groups().at(i);
        m_moveTarget->addItem(tr("group %1: %2")
                                  .arg(i + 1)
                                  .arg(o.dossierCode.isEmpty()
                                           ? tr("not assigned")
                                           : o.dossierCode + u' ' + o.componentName),
                              i);
    }
    {
        const QSignalBlocker block(m_code);
        m_code->setText(g.dossierCode);
    }
    fillAssignComponents();
    const int c = m_component->findData(g.componentId);
    if (c >= 0)
        m_component->setCurrentIndex(c);
}

void BatchReviewPanel::fillAssignComponents()
{
    m_component->clear();
    const QString code = m_code->text().trimmed();
    const std::optional<Dossier> d = m_lookup && !code.isEmpty() ? m_lookup(code) : std::nullopt;
    if (!d)
        return;
    for (int i = 0; i < d->components.size(); ++i) {
        const ReceivedComponent& c = d->components.at(i);
        if (c.received)
            m_component->addItem(tr("%1. %2").arg(i + 1).arg(c.name), c.componentId);
    }
}

QList<int> BatchReviewPanel::selectedPages() const
{
    QList<int> rows;
    for (QListWidgetItem* item : m_pages->selectedItems())
        rows << m_pages->row(item);
    std::sort(rows.begin(), rows.end());
    return rows;
}

void BatchReviewPanel::moveSelectedPages()
{
    const int from = currentGroup();
    const int to = m_moveTarget->currentData().toInt();
    const QList<int> rows = selectedPages();
    if (from < 0 || rows.isEmpty() || m_moveTarget->count() == 0)
        return;
    // From the last to the first, so that the earlier rows keep their indices.
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_plan.movePage(from, *it, to);
    m_plan.review(m_lookup);
    refresh();
    emit planChanged();
}

void BatchReviewPanel::deleteSelectedPages()
{
    const int group = currentGroup();
    const QList<int> rows = selectedPages();
    for (auto it = rows.crbegin(); it != rows.crend(); ++it)
        m_plan.removePage(group, *it);
    m_plan.review(m_lookup);
    refresh();
    emit planChanged();
}

void BatchReviewPanel::applyAssignment()
{
    const int group = currentGroup();
    if (group < 0)
        return;
    m_plan.assign(group, m_code->text(), m_component->currentData().toInt());
    m_plan.review(m_lookup);
    refresh();
    emit planChanged();
}

void BatchReviewPanel::addEmptyGroup()
{
    const int group = m_plan.addGroup(QString(), 0);
    m_plan.review(m_lookup);
    refresh();
    selectGroup(group);
    emit planChanged();
}

} // namespace motcua::client
