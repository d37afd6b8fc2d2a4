#include "gui/process/ActionPanel.h"

#include "gui/process/ActionCatalog.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::client {

ActionPanel::ActionPanel(QWidget* parent)
    : QWidget(parent)
    , m_none(new QLabel(this))
{
    setObjectName(QStringLiteral("actionPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (const WorkflowAction a : ActionCatalog::displayOrder()) {
        auto* b = new QPushButton(ActionCatalog::label(a), this);
        b->setObjectName(ActionCatalog::objectName(a));
        b->setMinimumWidth(200);
        auto* reason = new QLabel(this);
        reason->setObjectName(QStringLiteral("reason_") + name(a));
        reason->setWordWrap(true);
        reason->setStyleSheet(QStringLiteral("color: #6b6b6b; font-size: small;"));
        reason->setContentsMargins(6, 0, 0, 4);
        layout->addWidget(b);
        layout->addWidget(reason);
        m_buttons.insert(int(a), b);
        m_reasons.insert(int(a), reason);
        connect(b, &QPushButton::clicked, this, [this, a] {
            if (!m_busy && m_enabled.value(int(a)))
                emit actionTriggered(a);
        });
    }
    m_none->setObjectName(QStringLiteral("noActions"));
    m_none->setWordWrap(true);
    m_none->setStyleSheet(QStringLiteral("color: #6b6b6b;"));
    layout->addWidget(m_none);
    layout->addStretch(1);
    clear();
}

void ActionPanel::clear()
{
    m_enabled.clear();
    for (QPushButton* b : std::as_const(m_buttons))
        b->hide();
    for (QLabel* l : std::as_const(m_reasons))
        l->hide();
    m_none->setText(tr("No dossier open."));
    m_none->show();
}

void ActionPanel::setAvailability(const QList<ActionAvailability>& availability,
                                  const QList<Role>& roles,
                                  const QList<ActionAvailability>& forStepHolder)
{
    QHash<int, Status> holder;
    for (const ActionAvailability& a : forStepHolder)
        holder.insert(int(a.action), a.status);
    m_enabled.clear();
    QHash<int, QString> why;
    for (const ActionAvailability& a : availability) {
        QPushButton* b = m_buttons.value(int(a.action));
        if (!b)
            continue; // an intake action: not offered here
        const bool allowed = bool(a.status);
        bool visible = allowed;
        if (!allowed && ActionCatalog::relevant(a.action, roles)) {
            visible = !ActionCatalog::hiddenWhenRefused(a.action, a.status.error());
            const auto h = holder.constFind(int(a.action));
            if (visible && h != holder.cend() && !*h)
                visible = !ActionCatalog::hiddenWhenRefused(a.action, h->error());
        }
        m_enabled.insert(int(a.action), allowed);
        b->setVisible(visible);
        if (allowed) {
            b->setToolTip(ActionCatalog::hint(a.action));
        } else {
            const QString text = ActionCatalog::refusalText(a.status.error());
            b->setToolTip(text);
            if (visible)
                why.insert(int(a.action), text);
        }
    }
    // One note under each run of buttons refused for the same reason.
    int shown = 0;
    const QList<WorkflowAction> order = ActionCatalog::displayOrder();
    QLabel* runEnd = nullptr;
    QString runText;
    for (const WorkflowAction a : order) {
        QLabel* reason = m_reasons.value(int(a));
        reason->hide();
        if (m_buttons.value(int(a))->isHidden())
            continue;
        ++shown;
        const QString text = why.value(int(a));
        if (runEnd && text != runText) {
            runEnd->setText(runText);
            runEnd->show();
            runEnd = nullptr;
        }
        if (!text.isEmpty()) {
            runEnd = reason;
            runText = text;
        }
    }
    if (runEnd) {
        runEnd->setText(runText);
        runEnd->show();
    }
    m_none->setText(tr("Nothing for you to do on this dossier at this stage."));
    m_none->setVisible(shown == 0);
    apply();
}

void ActionPanel::setBusy(bool busy)
{
    m_busy = busy;
    apply();
}

void ActionPanel::apply()
{
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it)
        it.value()->setEnabled(!m_busy && m_enabled.value(it.key()));
}

QList<WorkflowAction> ActionPanel::enabledActions() const
{
    QList<WorkflowAction> out;
    for (const WorkflowAction a : ActionCatalog::displayOrder()) {
        const QPushButton* b = button(a);
        if (b && !b->isHidden() && m_enabled.value(int(a)))
            out << a;
    }
    return out;
}

QList<WorkflowAction> ActionPanel::visibleActions() const
{
    QList<WorkflowAction> out;
    for (const WorkflowAction a : ActionCatalog::displayOrder()) {
        const QPushButton* b = button(a);
        if (b && !b->isHidden())
            out << a;
    }
    return out;
}

} // namespace motcua::client
