#include "gui/settings/ProcedureVersionsModel.h"

#include "catalogue/ProcedureVersions.h"
#include "text/TextFold.h"

namespace motcua::client {

ProcedureVersionsModel::ProcedureVersionsModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void ProcedureVersionsModel::setVersions(const QList<Procedure>& versions,
                                         const QList<motcua::Field>& fields, const QDate& today)
{
    m_versions.clear();
    for (const Procedure& p : versions)
        m_versions[p.nationalCode].append(p);
    for (auto& list : m_versions)
        std::sort(list.begin(), list.end(),
                  [](const Procedure& a, const Procedure& b) { return a.version < b.version; });
    m_codes = m_versions.keys();
    std::sort(m_codes.begin(), m_codes.end());
    m_fieldNames.clear();
    for (const motcua::Field& f : fields)
        m_fieldNames.insert(f.code, f.name);
    m_today = today;
    rebuild();
}

void ProcedureVersionsModel::setFilter(const QString& words, const QString& fieldCode, State state)
{
    m_words = words;
    m_field = fieldCode;
    m_state = state;
    rebuild();
}

const Procedure* ProcedureVersionsModel::inForce(const QString& code) const
{
    const auto it = m_versions.constFind(code);
    return it == m_versions.cend() ? nullptr : ProcedureVersions::inForce(*it, m_today);
}

const Procedure* ProcedureVersionsModel::draft(const QString& code) const
{
    const auto it = m_versions.constFind(code);
    if (it == m_versions.cend())
        return nullptr;
    for (const Procedure& p : *it) {
        if (p.isDraft())
            return &p;
    }
    return nullptr;
}

const Procedure* ProcedureVersionsModel::version(const QString& code, int number) const
{
    const auto it = m_versions.constFind(code);
    if (it == m_versions.cend())
        return nullptr;
    for (const Procedure& p : *it) {
        if (p.version == number)
            return &p;
    }
    return nullptr;
}

const Procedure& ProcedureVersionsModel::shown(const QString& code) const
{
    const Procedure* p = inForce(code);
    return p ? *p : m_versions.value(code).constLast();
}

bool ProcedureVersionsModel::has(const QString& code, State state) const
{
    const QList<Procedure>& all = m_versions[code];
    switch (state) {
    case State::Any:
        return true;
    case State::InForce:
        return inForce(code) != nullptr;
    case State::Draft:
        return draft(code) != nullptr;
    case State::Scheduled:
        return std::any_of(all.begin(), all.end(), [&](const Procedure& p) {
            return !p.isDraft() && p.effectiveFrom > m_today &&
                   (!p.effectiveTo.isValid() || p.effectiveTo >= p.effectiveFrom);
        });
    case State::Ended:
        // Published once, in force neither today nor later.
        return !inForce(code) && !has(code, State::Scheduled) &&
               std::any_of(all.begin(), all.end(), [](const Procedure& p) { return !p.isDraft(); });
    }
    return false;
}

void ProcedureVersionsModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    for (const QString& code : std::as_const(m_codes)) {
        const Procedure& p = shown(code);
        if (!m_field.isEmpty() && p.fieldCode != m_field)
            continue;
        if (!has(code, m_state))
            continue;
        if (!m_words.trimmed().isEmpty() &&
            !TextFold::matches(m_words, p.name + u' ' + p.nationalCode + u' ' + p.localCode))
            continue;
        m_rows << code;
    }
    endResetModel();
}

QString ProcedureVersionsModel::codeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QString();
}

int ProcedureVersionsModel::rowOf(const QString& code) const
{
    return int(m_rows.indexOf(code));
}

int ProcedureVersionsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ProcedureVersionsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProcedureVersionsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const QString code = m_rows.at(index.row());
    const Procedure& p = shown(code);
    switch (index.column()) {
    case Code:
        return code;
    case Name:
        return p.name;
    case Field:
        return m_fieldNames.value(p.fieldCode, p.fieldCode);
    case InForce:
        if (const Procedure* now = inForce(code))
            return tr("version %1 since %2")
                .arg(now->version)
                .arg(now->effectiveFrom.toString(QStringLiteral("dd/MM/yyyy")));
        return has(code, State::Ended) ? tr("ended") : tr("not yet");
    case Pending: {
        QStringList out;
        for (const Procedure& v : m_versions.value(code)) {
            if (v.isDraft())
                out << tr("draft %1").arg(v.version);
            else if (v.effectiveFrom > m_today &&
                     (!v.effectiveTo.isValid() || v.effectiveTo >= v.effectiveFrom))
                out << tr("version %1 from %2")
                           .arg(v.version)
                           .arg(v.effectiveFrom.toString(QStringLiteral("dd/MM/yyyy")));
        }
        return out.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant ProcedureVersionsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code:
        return tr("Code");
    case Name:
        return tr("Procedure");
    case Field:
        return tr("Field");
    case InForce:
        return tr("In force today");
    case Pending:
        return tr("Drafts and later versions");
    default:
        return {};
    }
}

} // namespace motcua::client
