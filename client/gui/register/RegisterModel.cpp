#include "gui/register/RegisterModel.h"

#include "calendar/DeadlineCalculator.h"
#include "gui/dossier/DossierText.h"

#include <algorithm>

namespace motcua::client {

RegisterModel::RegisterModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RegisterModel::setDossiers(QList<Dossier> dossiers)
{
    std::stable_sort(dossiers.begin(), dossiers.end(), [](const Dossier& a, const Dossier& b) {
        if (a.receivedAt != b.receivedAt)
            return a.receivedAt < b.receivedAt;
        return a.code < b.code;
    });
    beginResetModel();
    m_rows = std::move(dossiers);
    endResetModel();
}

int RegisterModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegisterModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RegisterModel::officer(const QString& username) const
{
    if (username.isEmpty())
        return {};
    if (m_userName) {
        const QString full = m_userName(username);
        if (!full.isEmpty())
            return full;
    }
    return username;
}

QString RegisterModel::officerOf(const Dossier& d, WorkflowAction action) const
{
    const QString wire = name(action);
    for (auto it = d.history.crbegin(); it != d.history.crend(); ++it) {
        if (it->action == wire)
            return officer(it->actor);
    }
    return {};
}

QString RegisterModel::notes(const Dossier& d) const
{
    QStringList out;
    switch (d.status) {
    case DossierStatus::NotAccepted:
    case DossierStatus::Withdrawn:
    case DossierStatus::Stopped:
    case DossierStatus::SupplementRequested:
    case DossierStatus::FinancialObligation:
        out << DossierText::status(d.status);
        break;
    default:
        break;
    }
    if (d.refused)
        out << tr("Refused");
    if (d.finishedAt.isValid() && d.appointmentAt.isValid()) {
        const auto t = DeadlineCalculator::classify(d.finishedAt, d.appointmentAt);
        if (d.countedLate || (t && *t == Timeliness::Late))
            out << tr("Late");
    }
    for (auto it = d.history.crbegin(); it != d.history.crend(); ++it) {
        if (it->action == name(WorkflowAction::ReturnResult)) {
            if (!it->comment.isEmpty())
                out << it->comment;
            break;
        }
    }
    return out.join(QStringLiteral("; "));
}

QVariant RegisterModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dossier& d = m_rows.at(index.row());
    if (role == CodeRole)
        return d.code;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Number:
        case Sets:
        case Received:
        case Due:
        case ReturnedOn:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Number:
        return index.row() + 1;
    case Code:
        return d.code;
    case Content:
        return d.procedureName;
    case Sets:
        return d.sets;
    case Owner:
        return d.owner.fullName;
    case Address:
        return d.owner.address;
    case Phone:
        return d.owner.phone;
    case Received:
        return role == Qt::ToolTipRole ? DossierText::dateTime(d.receivedAt)
                                       : DossierText::date(d.receivedAt);
    case Due:
        return role == Qt::ToolTipRole ? DossierText::dateTime(d.appointmentAt)
                                       : DossierText::date(d.appointmentAt);
    case ReturnedOn:
        return role == Qt::ToolTipRole ? DossierText::dateTime(d.returnedAt)
                                       : DossierText::date(d.returnedAt);
    case ReturnedTo:
        return d.returnedTo.fullName;
    case ReturnedBy:
        return d.returnedAt.isValid() ? officerOf(d, WorkflowAction::ReturnResult) : QString();
    case ReceivedBy:
        return officerOf(d, WorkflowAction::Accept);
    case Notes:
        return notes(d);
    default:
        return {};
    }
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Number:
        return tr("No.");
    case Code:
        return tr("Dossier code");
    case Content:
        return tr("Content");
    case Sets:
        return tr("Sets");
    case Owner:
        return tr("Owner");
    case Address:
        return tr("Address");
    case Phone:
        return tr("Phone");
    case Received:
        return tr("Received");
    case Due:
        return tr("Due");
    case ReturnedOn:
        return tr("Returned\non");
    case ReturnedTo:
        return tr("Returned\nto");
    case ReturnedBy:
        return tr("Handed\nover by");
    case ReceivedBy:
        return tr("Receiving\nofficer");
    case Notes:
        return tr("Notes");
    default:
        return {};
    }
}

} // namespace motcua::client
