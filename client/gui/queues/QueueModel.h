#pragma once

#include "calendar/WorkingCalendar.h"
#include "core/store/DossierSummary.h"
#include "gui/dossier/DeadlineState.h"

#include <functional>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace motcua::client {

// The rows of one work queue: code, owner, procedure, received, the dossier's deadline and the
// current step's deadline (each coloured by its DeadlineState), assignee, status. The store
// sorts (by deadline or receipt) and filters; the model only shows. Replacing the rows with the
// same dossiers in the same order only signals dataChanged, so a live refresh with nothing new
// keeps the view's selection and scroll position without help.
class QueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        Code,
        Owner,
        Procedure,
        Received,
        Deadline,
        StepDeadline,
        Assignee,
        Status,
        ColumnCount
    };
    enum Role {
        CodeRole = Qt::UserRole + 1, // the dossier code of the row, any column
        DeadlineRole,                // int(DeadlineState::Kind) of the dossier
        StepDeadlineRole,            // int(DeadlineState::Kind) of the current step
    };
    using Clock = std::function<QDateTime()>;
    using NameLookup = std::function<QString(const QString& username)>;

    explicit QueueModel(QObject* parent = nullptr);

    void setClock(Clock clock); // "now" for the colours; defaults to vntime::now()
    void setCalendar(const WorkingCalendar& calendar);
    void setUserNameLookup(NameLookup lookup);

    void setRows(const QList<DossierSummary>& rows);
    const QList<DossierSummary>& rows() const { return m_rows; }
    QString codeAt(int row) const;
    int rowOf(const QString& code) const; // -1 when absent

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct States {
        DeadlineState dossier;
        DeadlineState step;
    };
    States evaluate(const DossierSummary& s, const QDateTime& now) const;

    QList<DossierSummary> m_rows;
    QList<States> m_states; // parallel to m_rows
    Clock m_clock;
    WorkingCalendar m_calendar;
    NameLookup m_names;
};

} // namespace motcua::client
