#pragma once

#include "domain/Dossier.h"

#include <functional>

#include <QAbstractTableModel>
#include <QList>

namespace motcua::client {

// The tracking register (Sổ theo dõi hồ sơ, Mẫu 06) on screen: one row per dossier received in
// the period, in order of reception, with the columns of the deployed form: No. | code | content
// | sets | owner | address | phone | received | due | returned: date, to whom, handed over by |
// receiving officer | notes. (The official column list is unverified; the printed form is a
// template of its own.)
class RegisterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Number,
        Code,
        Content,
        Sets,
        Owner,
        Address,
        Phone,
        Received,
        Due,
        ReturnedOn,
        ReturnedTo,
        ReturnedBy,
        ReceivedBy,
        Notes,
        ColumnCount
    };
    enum Role { CodeRole = Qt::UserRole + 1 };
    using UserNameLookup = std::function<QString(const QString& username)>;

    explicit RegisterModel(QObject* parent = nullptr);

    void setUserNameLookup(UserNameLookup lookup) { m_userName = std::move(lookup); }
    // Rows are kept in order of reception whatever order they come in.
    void setDossiers(QList<Dossier> dossiers);
    const QList<Dossier>& dossiers() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // The officer who did `action` last (e.g. "returnResult"), by full name when known.
    QString officerOf(const Dossier& d, WorkflowAction action) const;
    QString notes(const Dossier& d) const;

private:
    QString officer(const QString& username) const;

    QList<Dossier> m_rows;
    UserNameLookup m_userName;
};

} // namespace motcua::client
