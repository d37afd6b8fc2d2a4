#pragma once

#include "domain/Field.h"
#include "domain/Procedure.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

namespace motcua::client {

// The administrator's list of procedures: one row per procedure with the version in force today,
// a draft waiting, a version scheduled for a later day, or the fact that it has ended. Filtered by
// words (folded: name, national and local codes), field and state.
class ProcedureVersionsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Name, Field, InForce, Pending, ColumnCount };
    enum class State { Any, InForce, Draft, Scheduled, Ended };

    explicit ProcedureVersionsModel(QObject* parent = nullptr);

    // Every version of every procedure (GET /procedure-versions), as of `today`.
    void setVersions(const QList<Procedure>& versions, const QList<motcua::Field>& fields,
                     const QDate& today);
    void setFilter(const QString& words, const QString& fieldCode, State state);

    QString codeAt(int row) const;
    int rowOf(const QString& code) const;
    // Every version of `code`, oldest first.
    QList<Procedure> versionsOf(const QString& code) const { return m_versions.value(code); }
    const Procedure* inForce(const QString& code) const;
    const Procedure* draft(const QString& code) const;
    const Procedure* version(const QString& code, int number) const;
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;

private:
    bool has(const QString& code, State state) const;
    const Procedure& shown(const QString& code) const; // in force, else the newest
    void rebuild();

    QHash<QString, QList<Procedure>> m_versions;
    QStringList m_codes; // every procedure, by code
    QHash<QString, QString> m_fieldNames;
    QDate m_today;
    QString m_words;
    QString m_field;
    State m_state = State::Any;
    QStringList m_rows;
};

} // namespace motcua::client
