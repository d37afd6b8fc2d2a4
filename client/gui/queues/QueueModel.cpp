#include "gui/queues/QueueModel.h"

#include "core/VnTime.h"
#include "gui/dossier/DossierText.h"

#include <QFont>

namespace motcua::client {

QueueModel::QueueModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return vntime::now(); })
{}

void QueueModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    setRows(m_rows);
}

void QueueModel::setCalendar(const WorkingCalendar& calendar)
{
    m_calendar = calendar;
    setRows(m_rows);
}

void QueueModel::setUserNameLookup(NameLookup lookup)
{
    m_names = std::move(lookup);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, Assignee), index(int(m_rows.size()) - 1, Assignee));
}

QueueModel::States QueueModel::evaluate(const DossierSummary& s, const QDateTime& now) const
{
    // The step's clock runs only while the dossier does; otherwise the dossier's state tells.
    const bool running =
        s.status == DossierStatus::Accepted || s.status == DossierStatus::InProgress;
    return {DeadlineState::evaluate(s.status, s.appointmentAt, s.finishedAt, now, m_calendar),
            DeadlineState::evaluate(running ? s.status : DossierStatus::Withdrawn, s.stepDueAt, {},
                                    now, m_calendar)};
}

void QueueModel::setRows(const QList<DossierSummary>& rows)
{
    const QDateTime now = m_clock();
    QList<States> states;
    states.reserve(rows.size());
    for (const DossierSummary& s : rows)
        states.append(evaluate(s, now));
    bool sameCodes = rows.size() == m_rows.size();
    for (qsizetype i = 0; sameCodes && i < rows.size(); ++i)
        sameCodes = rows.at(i).code == m_rows.at(i).code;
    if (sameCodes) {
        m_rows = rows;
        m_states = states;
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_rows = rows;
    m_states = states;
    endResetModel();
}

QString QueueModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString();
}

int QueueModel::rowOf(const QString& code) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).code == code)
            return int(i);
    }
    return -1;
}

int QueueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int QueueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant QueueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DossierSummary& s = m_rows.at(index.row());
    const States& st = m_states.at(index.row());
    const int column = index.column();
    const DeadlineState* state =
        column == Deadline ? &st.dossier : (column == StepDeadline ? &st.step : nullptr);
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code:
            return s.code;
        case Owner:
            return s.ownerName;
        case Procedure:
            return s.procedureName;
        case Received:
            return DossierText::date(s.receivedAt);
        case Deadline:
            return s.appointmentAt.isValid()
                       ? QStringLiteral("%1 · %2").arg(DossierText::date(s.appointmentAt),
                                                       DeadlineState::kindText(st.dossier.kind()))
                       : DeadlineState::kindText(st.dossier.kind());
        case StepDeadline:
            return s.stepDueAt.isValid() && st.step.kind() != DeadlineState::Kind::None
                       ? QStringLiteral("%1 · %2").arg(DossierText::dateTime(s.stepDueAt),
                                                       DeadlineState::kindText(st.step.kind()))
                       : QString();
        case Assignee:
            if (s.assignee.isEmpty())
                return s.currentUnit.isEmpty() ? QString() : tr("(%1)").arg(s.currentUnit);
            return m_names ? m_names(s.assignee) : s.assignee;
        case Status:
            return DossierText::status(s.status) + (s.pending ? tr(" · not sent") : QString());
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (state)
            return state->text();
        if (column == Owner) {
            QStringList parts{s.ownerName};
            if (!s.ownerIdNumber.isEmpty())
                parts << tr("ID %1").arg(s.ownerIdNumber);
            if (!s.ownerPhone.isEmpty())
                parts << s.ownerPhone;
            return parts.join(QStringLiteral(" — "));
        }
        if (column == Procedure)
            return QStringLiteral("%1 — %2").arg(s.procedureCode, s.procedureName);
        if (column == Received)
            return DossierText::dateTime(s.receivedAt);
        if (column == Assignee && !s.currentUnit.isEmpty())
            return tr("Unit: %1").arg(s.currentUnit);
        return {};
    case Qt::BackgroundRole:
        if (state && state->kind() != DeadlineState::Kind::None)
            return state->background();
        return {};
    case Qt::ForegroundRole:
        if (state && state->kind() != DeadlineState::Kind::None)
            return state->foreground();
        return {};
    case Qt::FontRole:
        if (column == Code) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case CodeRole:
        return s.code;
    case DeadlineRole:
        return int(st.dossier.kind());
    case StepDeadlineRole:
        return int(st.step.kind());
    default:
        return {};
    }
}

QVariant QueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Code:
        return tr("Code");
    case Owner:
        return tr("Owner");
    case Procedure:
        return tr("Procedure");
    case Received:
        return tr("Received");
    case Deadline:
        return tr("Appointment");
    case StepDeadline:
        return tr("Step deadline");
    case Assignee:
        return tr("Assignee");
    case Status:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace motcua::client
