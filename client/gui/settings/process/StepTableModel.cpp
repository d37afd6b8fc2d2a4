#include "gui/settings/process/StepTableModel.h"

#include "gui/process/ActionCatalog.h"
#include "gui/settings/process/ProcessModel.h"
#include "gui/settings/process/ProcessText.h"

namespace motcua::client {

StepTableModel::StepTableModel(ProcessModel* process, QObject* parent)
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

int StepTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_process->stepCount();
}

int StepTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StepTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_process->stepCount())
        return {};
    const WorkflowStep& s = m_process->step(index.row());
    if (role == Qt::CheckStateRole) {
        if (index.column() == MayReturn)
            return s.mayReturn ? Qt::Checked : Qt::Unchecked;
        if (index.column() == NotifyCitizen)
            return s.notifyCitizen ? Qt::Checked : Qt::Unchecked;
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case Id:
        return s.id;
    case Name:
        return s.name;
    case Kind:
        return edit ? name(s.kind) : ProcessText::kind(s.kind);
    case Unit:
        return s.unit;
    case StepRole:
        return edit ? name(s.role) : ProcessText::role(s.role);
    case Time:
        return s.duration.value;
    case TimeUnit:
        return edit ? name(s.duration.unit) : ProcessText::timeUnit(s.duration.unit);
    case NationalStatus:
        return edit || s.nationalStatus ? QVariant(s.nationalStatus) : QVariant(tr("by status"));
    case Withheld: {
        QStringList names;
        for (WorkflowAction a : s.withheld)
            names << (edit ? name(a) : ActionCatalog::dialogTitle(a));
        return edit              ? names.join(u',')
               : names.isEmpty() ? QStringLiteral("—")
                                 : names.join(u"; "_qs);
    }
    default:
        return {};
    }
}

bool StepTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || m_process->isReadOnly())
        return false;
    WorkflowStep s = m_process->step(index.row());
    if (role == Qt::CheckStateRole) {
        const bool on = value.toInt() == Qt::Checked;
        if (index.column() == MayReturn)
            s.mayReturn = on;
        else if (index.column() == NotifyCitizen)
            s.notifyCitizen = on;
        else
            return false;
    } else if (role == Qt::EditRole) {
        const QString text = value.toString();
        switch (index.column()) {
        case Id:
            s.id = text.trimmed();
            break;
        case Name:
            s.name = text.simplified();
            break;
        case Kind:
            if (auto k = parseEnum<StepKind>(text))
                s.kind = *k;
            break;
        case Unit:
            s.unit = text.simplified();
            break;
        case StepRole:
            if (auto r = parseEnum<Role>(text))
                s.role = *r;
            break;
        case Time:
            s.duration.value = std::clamp(value.toInt(), 0, 10000);
            break;
        case TimeUnit:
            if (auto u = parseEnum<DurationUnit>(text))
                s.duration.unit = *u;
            break;
        case NationalStatus:
            s.nationalStatus = std::clamp(value.toInt(), 0, 10);
            break;
        case Withheld:
            s.withheld.clear();
            for (const QString& wire : text.split(u',', Qt::SkipEmptyParts)) {
                if (auto a = parseEnum<WorkflowAction>(wire.trimmed()))
                    s.withheld << *a;
            }
            break;
        default:
            return false;
        }
    } else {
        return false;
    }
    m_editing = true;
    const bool ok = m_process->setStep(index.row(), s);
    m_editing = false;
    if (ok)
        emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return ok;
}

Qt::ItemFlags StepTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_process->isReadOnly())
        return f;
    if (index.column() == MayReturn || index.column() == NotifyCitizen)
        return f | Qt::ItemIsUserCheckable;
    return f | Qt::ItemIsEditable;
}

QVariant StepTableModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Id:
        return tr("Id");
    case Name:
        return tr("Step");
    case Kind:
        return tr("Kind");
    case Unit:
        return tr("Responsible unit");
    case StepRole:
        return tr("Role");
    case Time:
        return tr("Time");
    case TimeUnit:
        return tr("Counted in");
    case NationalStatus:
        return tr("National status");
    case MayReturn:
        return tr("May return");
    case NotifyCitizen:
        return tr("Tell the citizen");
    case Withheld:
        return tr("Not allowed here");
    default:
        return {};
    }
}

} // namespace motcua::client
