#include "gui/lookup/DossierSummaryModel.h"

#include "core/VnTime.h"
#include "gui/dossier/DossierText.h"
#include "text/VietnameseCollator.h"

#include <algorithm>
#include <numeric>

#include <QColor>
#include <QFont>

namespace motcua::client {

DossierSummaryModel::DossierSummaryModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_clock([] { return vntime::now(); })
{}

void DossierSummaryModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    evaluateDeadlines();
}

void DossierSummaryModel::setCalendar(const WorkingCalendar& calendar)
{
    m_calendar = calendar;
    evaluateDeadlines();
}

void DossierSummaryModel::setSummaries(const QList<DossierSummary>& summaries)
{
    beginResetModel();
    m_rows = summaries;
    m_deadlines.clear();
    endResetModel();
    evaluateDeadlines();
}

void DossierSummaryModel::evaluateDeadlines()
{
    const QDateTime now = m_clock();
    m_deadlines.clear();
    m_deadlines.reserve(m_rows.size());
    for (const DossierSummary& s : m_rows)
        m_deadlines.append(
            DeadlineState::evaluate(s.status, s.appointmentAt, s.finishedAt, now, m_calendar)
                .kind());
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1),
                         {Qt::ForegroundRole, Qt::ToolTipRole, DeadlineRole});
}

QString DossierSummaryModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).code : QString();
}

int DossierSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DossierSummaryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DossierSummaryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DossierSummary& s = m_rows.at(index.row());
    const auto kind =
        index.row() < m_deadlines.size() ? m_deadlines.at(index.row()) : DeadlineState::Kind::None;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Code:
            return s.code;
        case Owner:
            return s.ownerName;
        case Procedure:
            return s.procedureName;
        case Received:
            return DossierText::date(s.receivedAt);
        case Appointment:
            return DossierText::date(s.appointmentAt);
        case Status:
            return DossierText::status(s.status);
        case Pending:
            return s.pending ? tr("not sent") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Owner: {
            QStringList parts{s.ownerName};
            if (!s.ownerIdNumber.isEmpty())
                parts << tr("ID %1").arg(s.ownerIdNumber);
            if (!s.ownerPhone.isEmpty())
                parts << s.ownerPhone;
            return parts.join(QStringLiteral(" — "));
        }
        case Procedure:
            return QStringLiteral("%1 — %2").arg(s.procedureCode, s.procedureName);
        case Received:
            return DossierText::dateTime(s.receivedAt);
        case Appointment:
            return QStringLiteral("%1 — %2").arg(DossierText::dateTime(s.appointmentAt),
                                                 DeadlineState::kindText(kind));
        case Pending:
            return s.pending ? tr("Saved on this counter, not yet sent to the server") : QString();
        default:
            return {};
        }
    case Qt::ForegroundRole:
        if (index.column() == Appointment &&
            (kind == DeadlineState::Kind::Overdue || kind == DeadlineState::Kind::Late ||
             kind == DeadlineState::Kind::DueSoon))
            return DeadlineState::textColour(kind);
        if (index.column() == Pending) // waiting to be sent: the amber of "soon"
            return DeadlineState::textColour(DeadlineState::Kind::DueSoon);
        return {};
    case Qt::FontRole:
        if (index.column() == Code ||
            (index.column() == Appointment &&
             (kind == DeadlineState::Kind::Overdue || kind == DeadlineState::Kind::DueSoon))) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case CodeRole:
        return s.code;
    case DeadlineRole:
        return int(kind);
    case SortRole:
        switch (index.column()) {
        case Code:
            return s.code;
        case Owner:
            return s.ownerName;
        case Procedure:
            return s.procedureName;
        case Received:
            return s.receivedAt;
        case Appointment:
            return s.appointmentAt;
        case Status:
            return int(s.status);
        case Pending:
            return s.pending;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DossierSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Code:
        return tr("Dossier code");
    case Owner:
        return tr("Owner");
    case Procedure:
        return tr("Procedure");
    case Received:
        return tr("Received");
    case Appointment:
        return tr("Appointment");
    case Status:
        return tr("Status");
    case Pending:
        return tr("Sync");
    default:
        return {};
    }
}

void DossierSummaryModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    const auto less = [column](const DossierSummary& a, const DossierSummary& b) {
        switch (column) {
        case Code:
            return a.code < b.code;
        case Owner:
            return VietnameseCollator::compareNames(a.ownerName, b.ownerName) < 0;
        case Procedure:
            return VietnameseCollator::compare(a.procedureName, b.procedureName) < 0;
        case Received:
            return a.receivedAt < b.receivedAt;
        case Appointment:
            return a.appointmentAt < b.appointmentAt;
        case Status:
            return int(a.status) < int(b.status);
        case Pending:
            return int(a.pending) < int(b.pending);
        default:
            return false;
        }
    };
    QList<int> permutation(m_rows.size());
    std::iota(permutation.begin(), permutation.end(), 0);
    std::stable_sort(permutation.begin(), permutation.end(), [&](int a, int b) {
        return order == Qt::AscendingOrder ? less(m_rows.at(a), m_rows.at(b))
                                           : less(m_rows.at(b), m_rows.at(a));
    });

    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<int> newRowOf(m_rows.size());
    QList<DossierSummary> rows;
    QList<DeadlineState::Kind> deadlines;
    rows.reserve(m_rows.size());
    for (int i = 0; i < permutation.size(); ++i) {
        newRowOf[permutation.at(i)] = i;
        rows.append(m_rows.at(permutation.at(i)));
        if (permutation.at(i) < m_deadlines.size())
            deadlines.append(m_deadlines.at(permutation.at(i)));
    }
    m_rows = std::move(rows);
    m_deadlines = std::move(deadlines);
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex& i : before)
        after.append(index(newRowOf.at(i.row()), i.column()));
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

} // namespace motcua::client
