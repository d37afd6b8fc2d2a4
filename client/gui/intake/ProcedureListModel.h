#pragma once

#include "domain/Field.h"
#include "domain/Procedure.h"

#include <QAbstractListModel>
#include <QHash>
#include <QStringList>

namespace motcua::client {

// The procedures a clerk can pick, filtered as they type: every folded word of the filter must
// start a word of the procedure's name, its national or local code, or its field's name
// ("khai sinh", "1.0016", "ho tich" all work, with or without tones). Recently used procedures
// come first, most recent on top; then the closest names (see rebuild()); with no filter the
// catalogue order.
class ProcedureListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles { CodeRole = Qt::UserRole + 1, FieldNameRole, RecentRole };

    explicit ProcedureListModel(QObject* parent = nullptr);

    void setCatalogue(const QList<Procedure>& procedures, const QList<Field>& fields);
    void setRecent(const QStringList& codes);
    void setFilter(const QString& text);
    QString filter() const { return m_filter; }

    const Procedure* procedureAt(int row) const;
    int rowOf(const QString& code) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

private:
    struct Entry {
        Procedure procedure;
        QString fieldName;
        QStringList words; // folded words of name, codes and field name
        QString foldedName;
    };
    void rebuild();

    QList<Entry> m_all;
    QHash<QString, int> m_recentRank; // code → 0 for the most recent
    QString m_filter;
    QList<int> m_rows; // indexes into m_all, in display order
};

} // namespace motcua::client
