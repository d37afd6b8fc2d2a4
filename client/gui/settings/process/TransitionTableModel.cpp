#include "gui/settings/process/TransitionTableModel.h"

#include "gui/settings/process/ProcessModel.h"
#include "gui/settings/process/ProcessText.h"

namespace motcua::client {

TransitionTableModel::TransitionTableModel(ProcessModel* process, QObject* parent)
    : QAbstractTableModel(parent)
    , m_process(process)
{
    connect(process, &ProcessModel::changed, this, [this] {
        if (!m_editing) {
            beginResetModel();
            endResetModel();
        }
    });
}

int TransitionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_process->transitionCount();
}

int TransitionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransitionTableModel::stepName(const QString& id) const
{
    const int i = m_process->indexOf(id);
    return i < 0 ? tr("%1 (no such step)").arg(id) : m_process->step(i).name;
}

QVariant TransitionTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_process->transitionCount())
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const WorkflowTransition& t = m_process->transition(index.row());
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case From:
        return edit ? t.from : stepName(t.from);
    case Action:
        return edit ? name(t.action) : ProcessText::action(t.action);
    case To:
        return edit ? t.to : stepName(t.to);
    case Label:
        return t.name;
    default:
        return {};
    }
}

bool TransitionTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_process->isReadOnly())
        return false;
    WorkflowTransition t = m_process->transition(index.row());
    const QString text = value.toString();
    switch (index.column()) {
    case From:
        t.from = text;
        break;
    case Action:
        if (auto a = parseEnum<WorkflowAction>(text))
            t.action = *a;
        break;
    case To:
        t.to = text;
        break;
    case Label:
        t.name = text.simplified();
        break;
    default:
        return false;
    }
    m_editing = true;
    m_process->setTransition(index.row(), t);
    m_editing = false;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags TransitionTableModel::flags(const QModelIndex& index) const
{
    const Qt::ItemFlags f = QAbstractTableModel::flags(index);
    return m_process->isReadOnly() ? f : f | Qt::ItemIsEditable;
}

QVariant TransitionTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case From:
        return tr("From step");
    case Action:
        return tr("Action");
    case To:
        return tr("To step");
    case Label:
        return tr("Button text");
    default:
        return {};
    }
}

} // namespace motcua::client
