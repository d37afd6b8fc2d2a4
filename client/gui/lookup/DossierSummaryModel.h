#pragma once

#include "calendar/WorkingCalendar.h"
#include "core/store/DossierSummary.h"
#include "gui/dossier/DeadlineState.h"

#include <functional>

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace motcua::client {

// Dossier search results: code, owner, procedure, received, appointment (coloured by the
// deadline state), status in words, and a marker for dossiers not yet sent to the server.
// Sorting happens in the model (sort()), on raw values: dates as instants, names in Vietnamese
// order (given name first), statuses by national code.
class DossierSummaryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Code, Owner, Procedure, Received, Appointment, Status, Pending, ColumnCount };
    enum Role {
        CodeRole = Qt::UserRole + 1, // the dossier code of the row, any column
        SortRole,                    // the raw value the column sorts on
        DeadlineRole,                // int(DeadlineState::Kind) of the row
    };
    using Clock = std::function<QDateTime()>;

    explicit DossierSummaryModel(QObject* parent = nullptr);

    // "Now" for the deadline colours; defaults to vntime::now().
    void setClock(Clock clock);
    void setCalendar(const WorkingCalendar& calendar);

    void setSummaries(const QList<DossierSummary>& summaries);
    const QList<DossierSummary>& summaries() const { return m_rows; }
    QString codeAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    void evaluateDeadlines();

    QList<DossierSummary> m_rows;
    QList<DeadlineState::Kind> m_deadlines; // parallel to m_rows
    Clock m_clock;
    WorkingCalendar m_calendar;
};

} // namespace motcua::client
