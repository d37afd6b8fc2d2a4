#include "gui/intake/ComponentChecklistModel.h"

#include <QBrush>
#include <QFont>

namespace motcua::client {

namespace {

int total(const IntakeComponent& c)
{
    return c.originals + c.certifiedCopies + c.photocopies;
}

} // namespace

ComponentChecklistModel::ComponentChecklistModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ComponentChecklistModel::setRequirements(const QList<ComponentRequirement>& requirements)
{
    beginResetModel();
    m_requirements = requirements;
    m_rows.clear();
    for (const ComponentRequirement& r : m_requirements) {
        IntakeComponent c;
        c.componentId = r.id;
        m_rows.append(c);
    }
    endResetModel();
}

QList<IntakeComponent> ComponentChecklistModel::received() const
{
    QList<IntakeComponent> out;
    for (const IntakeComponent& c : m_rows) {
        if (total(c) > 0)
            out.append(c);
    }
    return out;
}

void ComponentChecklistModel::setRows(const QList<IntakeComponent>& rows)
{
    for (const IntakeComponent& in : rows) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (m_rows.at(i).componentId == in.componentId) {
                m_rows[i] = in;
                emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            }
        }
    }
}

QList<ComponentRequirement> ComponentChecklistModel::missingMandatory() const
{
    QList<ComponentRequirement> out;
    for (int i = 0; i < m_requirements.size(); ++i) {
        if (m_requirements.at(i).mandatory && !isReceived(i))
            out.append(m_requirements.at(i));
    }
    return out;
}

bool ComponentChecklistModel::isReceived(int row) const
{
    return row >= 0 && row < m_rows.size() && total(m_rows.at(row)) > 0;
}

int ComponentChecklistModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ComponentChecklistModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComponentChecklistModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ComponentRequirement& req = m_requirements.at(index.row());
    const IntakeComponent& c = m_rows.at(index.row());
    const bool received = total(c) > 0;
    if (role == Qt::CheckStateRole && index.column() == Received)
        return received ? Qt::Checked : Qt::Unchecked;
    if (role == Qt::ForegroundRole && index.column() == Name && req.mandatory && !received)
        return QBrush(QColor(0xb0, 0x1c, 0x1c));
    if (role == Qt::FontRole && index.column() == Name && req.mandatory) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ToolTipRole && index.column() == Name) {
        QString tip = req.mandatory ? tr("Required. ") : tr("Optional. ");
        tip += tr("Asked for — originals: %1, certified copies: %2, photocopies: %3.")
                   .arg(req.originals)
                   .arg(req.certifiedCopies)
                   .arg(req.photocopies);
        if (!req.note.isEmpty())
            tip += u'\n' + req.note;
        return tip;
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case Name:
        return req.mandatory ? req.name + QStringLiteral(" *") : req.name;
    case Originals:
        return c.originals;
    case CertifiedCopies:
        return c.certifiedCopies;
    case Photocopies:
        return c.photocopies;
    case Note:
        return c.note;
    default:
        return {};
    }
}

void ComponentChecklistModel::setReceived(int row, bool received)
{
    IntakeComponent& c = m_rows[row];
    if (received) {
        const ComponentRequirement& req = m_requirements.at(row);
        c.originals = req.originals;
        c.certifiedCopies = req.certifiedCopies;
        c.photocopies = req.photocopies;
        if (total(c) == 0) // the catalogue asks for no specific copy: one original was seen
            c.originals = 1;
    } else {
        c.originals = c.certifiedCopies = c.photocopies = 0;
    }
}

bool ComponentChecklistModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    IntakeComponent& c = m_rows[index.row()];
    if (index.column() == Received && role == Qt::CheckStateRole) {
        setReceived(index.row(), value.toInt() == Qt::Checked);
    } else if (role == Qt::EditRole) {
        switch (index.column()) {
        case Originals:
        case CertifiedCopies:
        case Photocopies: {
            bool ok = false;
            const int n = value.toInt(&ok);
            if (!ok || n < 0 || n > 99)
                return false;
            (index.column() == Originals         ? c.originals
             : index.column() == CertifiedCopies ? c.certifiedCopies
                                                 : c.photocopies) = n;
            break;
        }
        case Note:
            c.note = value.toString().trimmed();
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

Qt::ItemFlags ComponentChecklistModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Received)
        f |= Qt::ItemIsUserCheckable;
    else if (index.column() != Name)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant ComponentChecklistModel::headerData(int section, Qt::Orientation orientation,
                                             int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received:
        return tr("Received");
    case Name:
        return tr("Paper");
    case Originals:
        return tr("Originals");
    case CertifiedCopies:
        return tr("Certified copies");
    case Photocopies:
        return tr("Photocopies");
    case Note:
        return tr("Note (missing / wrong)");
    default:
        return {};
    }
}

} // namespace motcua::client
