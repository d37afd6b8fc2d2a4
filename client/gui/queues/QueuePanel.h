#pragma once

#include "calendar/WorkingCalendar.h"
#include "gui/queues/WorkQueues.h"

#include <functional>

#include <QDateTime>
#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableView;
class QTimer;

namespace motcua::client {

class QueueModel;

// The work queues as a mail client shows folders: the queues with their counts on the left
// (always current), the open queue's dossiers on the right with filters (field, procedure,
// received between), an accent-insensitive search and the sort order above them.
//
// refresh() re-counts every queue (COUNT(*) on indexed columns) and reloads the open queue,
// keeping the selected dossier and the scroll position: call it whenever the store changed
// (Workstation::dossiersChanged). Keyboard: Ctrl+1..9 open the queues in order, Enter opens the
// selected dossier.
//
// Object names for tests: queueList, queueTable, queueSearch, queueField, queueProcedure,
// queueDateFilter, queueReceivedFrom, queueReceivedTo, queueSort, queueSummary.
class QueuePanel : public QWidget {
    Q_OBJECT
public:
    using Queue = WorkQueues::Queue;
    using Clock = std::function<QDateTime()>;
    // Item data of the queue list (queueList): the queue's count.
    static constexpr int CountRole = Qt::UserRole + 2;

    QueuePanel(const LocalStore& store, const User& user, WorkQueues::Perspective perspective,
               QWidget* parent = nullptr);

    void setClock(Clock clock); // "now" for deadlines; defaults to vntime::now()
    void setCalendar(const WorkingCalendar& calendar);
    void setUserNameLookup(std::function<QString(const QString&)> lookup);
    void reloadCatalogue(); // the field and procedure filters
    // Refreshes every `ms` (0: never): deadlines cross while nothing syncs.
    void setAutoRefresh(int ms);

    WorkQueues::Perspective perspective() const { return m_perspective; }
    QList<Queue> queues() const { return m_queues; }
    Queue currentQueue() const;
    int count(Queue queue) const { return m_counts.value(int(queue), 0); }
    QString selectedCode() const;
    QueueModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    QListWidget* queueList() const { return m_list; }
    // Milliseconds the last refresh() took (counts and the open list).
    qint64 lastRefreshMs() const { return m_lastRefreshMs; }

public slots:
    void refresh();
    void refreshCounts();
    void showQueue(motcua::client::LocalStore::Queue queue);
    // Opens the first queue, in order, with something in it (at start-up: a head of unit with
    // nothing new lands on "to assign" rather than on an empty list); stays put when all are empty.
    void showFirstNonEmpty();
    void selectDossier(const QString& code); // in the open queue, if it is there

signals:
    void currentDossierChanged(const QString& code); // the selection moved (empty: none)
    void openDossier(const QString& code);           // Enter or double click
    void countsChanged();

private:
    LocalStore::QueueQuery queryFor(Queue queue) const;
    void reloadRows();
    void updateQueueTitles();

    const LocalStore& m_store;
    User m_user;
    WorkQueues::Perspective m_perspective;
    QList<Queue> m_queues;
    QHash<int, int> m_counts;
    Clock m_clock;
    WorkingCalendar m_calendar;
    QueueModel* m_model;
    QListWidget* m_list;
    QTableView* m_table;
    QLineEdit* m_search;
    QComboBox* m_field;
    QComboBox* m_procedure;
    QCheckBox* m_dateFilter;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_sort;
    QLabel* m_summary;
    QTimer* m_searchDelay;
    QTimer* m_autoRefresh;
    QString m_lastSelected;
    bool m_restoring = false;
    qint64 m_lastRefreshMs = 0;
};

} // namespace motcua::client
