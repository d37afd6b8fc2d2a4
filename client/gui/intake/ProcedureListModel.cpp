#include "gui/intake/ProcedureListModel.h"

#include "text/TextFold.h"

#include <algorithm>
#include <tuple>

namespace motcua::client {

ProcedureListModel::ProcedureListModel(QObject* parent)
    : QAbstractListModel(parent)
{}

void ProcedureListModel::setCatalogue(const QList<Procedure>& procedures,
                                      const QList<Field>& fields)
{
    QHash<QString, QString> fieldNames;
    for (const Field& f : fields)
        fieldNames.insert(f.code, f.name);
    m_all.clear();
    m_all.reserve(procedures.size());
    for (const Procedure& p : procedures) {
        Entry e{p, fieldNames.value(p.fieldCode), {}, TextFold::fold(p.name)};
        e.words = TextFold::tokens(p.name + u' ' + e.fieldName);
        // Codes are matched whole from their start ("1.0016" finds "1.001612").
        e.words << TextFold::fold(p.nationalCode) << TextFold::fold(p.localCode)
                << TextFold::fold(p.fieldCode);
        m_all.append(std::move(e));
    }
    rebuild();
}

void ProcedureListModel::setRecent(const QStringList& codes)
{
    m_recentRank.clear();
    for (int i = 0; i < codes.size(); ++i)
        m_recentRank.insert(codes.at(i), i);
    rebuild();
}

void ProcedureListModel::setFilter(const QString& text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    rebuild();
}

void ProcedureListModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    const QStringList query = TextFold::tokens(m_filter);
    for (int i = 0; i < m_all.size(); ++i) {
        const QStringList& words = m_all.at(i).words;
        const bool match = std::all_of(query.begin(), query.end(), [&](const QString& q) {
            return std::any_of(words.begin(), words.end(),
                               [&](const QString& w) { return w.startsWith(q); });
        });
        if (match)
            m_rows.append(i);
    }
    // Recent first; then, while filtering, the closest names: the typed words as one phrase in
    // the name before scattered words, and shorter (more specific) names before longer ones, so
    // "dang ky khai sinh" puts "Thủ tục đăng ký khai sinh" above "… khai sinh kết hợp …".
    const QString phrase = query.join(u' ');
    auto key = [&](int i) {
        const Entry& e = m_all.at(i);
        const int recent = m_recentRank.value(e.procedure.nationalCode, INT_MAX);
        if (query.isEmpty())
            return std::tuple(recent, 0, qsizetype(0));
        const bool inPhrase = e.foldedName.contains(phrase);
        return std::tuple(recent, inPhrase ? 0 : 1, e.foldedName.size());
    };
    std::stable_sort(m_rows.begin(), m_rows.end(), [&](int a, int b) { return key(a) < key(b); });
    endResetModel();
}

const Procedure* ProcedureListModel::procedureAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_all.at(m_rows.at(row)).procedure;
}

int ProcedureListModel::rowOf(const QString& code) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const Procedure& p = m_all.at(m_rows.at(r)).procedure;
        if (p.nationalCode == code || (!p.localCode.isEmpty() && p.localCode == code))
            return r;
    }
    return -1;
}

int ProcedureListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProcedureListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry& e = m_all.at(m_rows.at(index.row()));
    switch (role) {
    case Qt::DisplayRole:
        return e.procedure.name;
    case Qt::ToolTipRole:
        return tr("%1 — %2").arg(e.procedure.nationalCode, e.fieldName);
    case CodeRole:
        return e.procedure.nationalCode;
    case FieldNameRole:
        return e.fieldName;
    case RecentRole:
        return m_recentRank.contains(e.procedure.nationalCode);
    default:
        return {};
    }
}

} // namespace motcua::client
