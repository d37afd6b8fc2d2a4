#include "gui/dossier/HistoryModel.h"

#include "gui/dossier/DeadlineState.h"
#include "gui/dossier/DossierText.h"

#include <QColor>

namespace motcua::client {

HistoryModel::HistoryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void HistoryModel::setHistory(const QList<HistoryEntry>& history,
                              const WorkflowDefinition& workflow, UserNameLookup userName)
{
    beginResetModel();
    m_history = history;
    m_workflow = workflow;
    m_userName = std::move(userName);
    endResetModel();
}

int HistoryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_history.size());
}

int HistoryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HistoryModel::stepName(const QString& stepId) const
{
    if (stepId.isEmpty())
        return {};
    const WorkflowStep* s = m_workflow.step(stepId);
    return s ? s->name : stepId;
}

QString HistoryModel::officer(const QString& username) const
{
    if (m_userName) {
        const QString full = m_userName(username);
        if (!full.isEmpty())
            return full;
    }
    return username;
}

QVariant HistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HistoryEntry& h = m_history.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Time:
            return DossierText::dateTime(h.at);
        case Officer:
            return officer(h.actor);
        case Action:
            return DossierText::action(h.action);
        case Steps: {
            const QString from = stepName(h.fromStep);
            QString to = stepName(h.toStep);
            if (!h.toUser.isEmpty())
                to = to.isEmpty() ? officer(h.toUser)
                                  : QStringLiteral("%1 (%2)").arg(to, officer(h.toUser));
            if (from.isEmpty() || h.fromStep == h.toStep)
                return to.isEmpty() ? from : to;
            if (to.isEmpty())
                return from;
            return QStringLiteral("%1 → %2").arg(from, to);
        }
        case Comment:
            return h.comment;
        case StepResult:
            return h.stepTimeliness ? DossierText::timeliness(*h.stepTimeliness) : QString();
        default:
            break;
        }
    } else if (role == Qt::ForegroundRole && index.column() == StepResult && h.stepTimeliness) {
        return DeadlineState::textColour(*h.stepTimeliness == Timeliness::Late
                                             ? DeadlineState::Kind::Late
                                             : DeadlineState::Kind::OnTime);
    } else if (role == Qt::UserRole && index.column() == Time) {
        return h.at; // raw value, for sorting and for callers
    }
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Time:
        return tr("Time");
    case Officer:
        return tr("Officer");
    case Action:
        return tr("Action");
    case Steps:
        return tr("From → to");
    case Comment:
        return tr("Comment");
    case StepResult:
        return tr("Step result");
    default:
        return {};
    }
}

} // namespace motcua::client
