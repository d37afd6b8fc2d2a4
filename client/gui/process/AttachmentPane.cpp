#include "gui/process/AttachmentPane.h"

#include "core/sync/Workstation.h"
#include "gui/dossier/DossierText.h"
#include "gui/process/PageViewer.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace motcua::client {

AttachmentPane::AttachmentPane(Workstation& workstation, QWidget* parent)
    : QWidget(parent)
    , m_ws(workstation)
    , m_tree(new QTreeWidget(this))
    , m_summary(new QLabel(this))
    , m_viewer(new PageViewer(this))
{
    m_tree->setObjectName(QStringLiteral("attachmentTree"));
    m_summary->setObjectName(QStringLiteral("attachmentSummary"));
    m_viewer->setObjectName(QStringLiteral("pageViewer"));
    m_tree->setHeaderLabels({tr("Paper / file"), tr("Size")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_tree->setRootIsDecorated(true);
    m_tree->setMinimumWidth(220);
    m_summary->setWordWrap(true);
    m_summary->setStyleSheet(QStringLiteral("color: #555;"));

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addWidget(m_summary);

    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(m_viewer);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        const QString sha = item ? item->data(0, Qt::UserRole).toString() : QString();
        if (sha.isEmpty())
            return;
        m_selected = sha;
        showSelected();
    });
    connect(&m_ws, &Workstation::attachmentsChanged, this, &AttachmentPane::onAttachmentsChanged);
    clear();
}

void AttachmentPane::clear()
{
    m_hasDossier = false;
    m_dossier = {};
    m_attachments.clear();
    m_selected.clear();
    m_fetchAsked = false;
    m_tree->clear();
    m_summary->clear();
    m_viewer->clear();
}

void AttachmentPane::setDossier(const Dossier& dossier)
{
    const bool same = m_hasDossier && dossier.code == m_dossier.code;
    m_dossier = dossier;
    m_hasDossier = true;
    if (!same) {
        m_selected.clear();
        m_fetchAsked = false;
        m_viewer->clear();
    }
    rebuild();
    // The list the server has may hold papers scanned at another counter: ask once per dossier
    // shown; the answer comes back through attachmentsChanged.
    if (!m_fetchAsked && m_ws.isOnline()) {
        m_fetchAsked = true;
        m_ws.fetchAttachments(dossier.code);
    }
}

void AttachmentPane::onAttachmentsChanged(const QString& code)
{
    if (!m_hasDossier || code != m_dossier.code)
        return;
    rebuild();
    if (!m_selected.isEmpty() && !m_viewer->hasDocument())
        showSelected(false);
}

void AttachmentPane::rebuild()
{
    m_attachments = m_ws.attachments(m_dossier.code);
    const QString keep = m_selected;
    const QSignalBlocker block(m_tree);
    m_tree->clear();
    QList<std::pair<int, QString>> groups;
    groups.append({0, tr("Result document")});
    for (const ReceivedComponent& c : m_dossier.components)
        groups.append({c.componentId, c.name});
    int files = 0;
    QTreeWidgetItem* current = nullptr;
    for (const auto& [componentId, componentName] : groups) {
        QList<const AttachmentInfo*> mine;
        for (const AttachmentInfo& a : m_attachments) {
            if (a.componentId == componentId)
                mine << &a;
        }
        if (componentId == 0 && mine.isEmpty())
            continue; // no result yet: nothing to say
        auto* top = new QTreeWidgetItem(m_tree);
        top->setText(0, componentName);
        top->setToolTip(0, componentName);
        top->setFlags(Qt::ItemIsEnabled);
        if (mine.isEmpty()) {
            top->setText(1, tr("not scanned"));
            top->setForeground(1, QColor(0x8a, 0x8a, 0x8a));
            continue;
        }
        for (const AttachmentInfo* a : mine) {
            auto* child = new QTreeWidgetItem(top);
            QString text = a->name.isEmpty() ? a->sha256.left(12) : a->name;
            if (!a->hasBytes)
                text += tr(" (not downloaded)");
            else if (!a->onServer)
                text += tr(" (not yet sent)");
            child->setText(0, text);
            child->setText(1, QLocale().formattedDataSize(a->size));
            child->setData(0, Qt::UserRole, a->sha256);
            child->setToolTip(
                0, tr("Added %1 by %2").arg(DossierText::dateTime(a->createdAt), a->createdBy));
            ++files;
            if (a->sha256 == keep)
                current = child;
        }
        top->setExpanded(true);
    }
    m_summary->setText(files == 0 ? tr("No scanned papers for this dossier.")
                                  : tr("%n file(s)", nullptr, files));
    if (current)
        m_tree->setCurrentItem(current);
}

bool AttachmentPane::selectAttachment(const QString& sha256)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* top = m_tree->topLevelItem(i);
        for (int j = 0; j < top->childCount(); ++j) {
            if (top->child(j)->data(0, Qt::UserRole).toString() == sha256) {
                m_tree->setCurrentItem(top->child(j));
                m_selected = sha256;
                showSelected();
                return true;
            }
        }
    }
    return false;
}

void AttachmentPane::showSelected(bool mayFetch)
{
    if (m_selected.isEmpty())
        return;
    if (const auto bytes = m_ws.attachmentBytes(m_dossier.code, m_selected)) {
        (void)m_viewer->setDocument(*bytes); // an unreadable file says so in the viewer
        return;
    }
    if (!mayFetch) {
        m_viewer->showMessage(tr("The file could not be downloaded from the server."));
    } else if (m_ws.isOnline()) {
        m_viewer->showMessage(tr("Loading…"));
        m_ws.fetchAttachments(m_dossier.code);
    } else {
        m_viewer->showMessage(tr("Not downloaded (offline): the file will be shown once the "
                                 "server can be reached."));
    }
}

} // namespace motcua::client
