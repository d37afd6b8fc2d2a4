#include "gui/queues/QueuePanel.h"

#include "core/VnTime.h"
#include "gui/dossier/DeadlineState.h"
#include "gui/queues/QueueModel.h"
#include "gui/queues/WorkingHours.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QScrollBar>
#include <QShortcut>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace motcua::client {

namespace {
constexpr int kQueueRole = Qt::UserRole + 1;
constexpr int kRowLimit = 500;
// Counts stop here: "1000+" says enough about the dossiers returned over the years.
constexpr int kCountCap = 1000;

QString countText(int n)
{
    return n > kCountCap ? QStringLiteral("%1+").arg(kCountCap) : QString::number(n);
}

// A queue's title with its count at the right edge, as a mail client shows its folders.
class QueueItemDelegate : public QStyledItemDelegate {
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const QVariant count = index.data(QueuePanel::CountRole);
        if (!count.isValid())
            return;
        painter->save();
        QFont f = option.font;
        if (const QVariant font = index.data(Qt::FontRole); font.isValid())
            f = font.value<QFont>();
        painter->setFont(f);
        painter->setPen(option.state & QStyle::State_Selected
                            ? option.palette.color(QPalette::HighlightedText)
                            : option.palette.color(QPalette::Text));
        painter->drawText(option.rect.adjusted(0, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter,
                          countText(count.toInt()));
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setWidth(s.width() + 48);
        s.setHeight(std::max(s.height(), 24));
        return s;
    }
};
} // namespace

QueuePanel::QueuePanel(const LocalStore& store, const User& user,
                       WorkQueues::Perspective perspective, QWidget* parent)
    : QWidget(parent)
    , m_store(store)
    , m_user(user)
    , m_perspective(perspective)
    , m_queues(WorkQueues::queuesFor(perspective))
    , m_clock([] { return vntime::now(); })
    , m_model(new QueueModel(this))
    , m_list(new QListWidget(this))
    , m_table(new QTableView(this))
    , m_search(new QLineEdit(this))
    , m_field(new QComboBox(this))
    , m_procedure(new QComboBox(this))
    , m_dateFilter(new QCheckBox(tr("Received between"), this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_sort(new QComboBox(this))
    , m_summary(new QLabel(this))
    , m_searchDelay(new QTimer(this))
    , m_autoRefresh(new QTimer(this))
{
    m_list->setObjectName(QStringLiteral("queueList"));
    m_table->setObjectName(QStringLiteral("queueTable"));
    m_search->setObjectName(QStringLiteral("queueSearch"));
    m_field->setObjectName(QStringLiteral("queueField"));
    m_procedure->setObjectName(QStringLiteral("queueProcedure"));
    m_dateFilter->setObjectName(QStringLiteral("queueDateFilter"));
    m_from->setObjectName(QStringLiteral("queueReceivedFrom"));
    m_to->setObjectName(QStringLiteral("queueReceivedTo"));
    m_sort->setObjectName(QStringLiteral("queueSort"));
    m_summary->setObjectName(QStringLiteral("queueSummary"));

    for (Queue q : std::as_const(m_queues)) {
        auto* item = new QListWidgetItem(WorkQueues::title(q, m_perspective), m_list);
        item->setData(kQueueRole, int(q));
        item->setToolTip(WorkQueues::toolTip(q, m_perspective));
    }
    m_list->setCurrentRow(0);
    m_list->setMinimumWidth(230);
    m_list->setItemDelegate(new QueueItemDelegate(m_list));

    m_search->setPlaceholderText(tr("Search this queue: code, name, phone, ID number"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    // Procedure names run to a hundred characters: the combos must not push the search box
    // out of sight.
    for (QComboBox* combo : {m_field, m_procedure}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(16);
    }
    m_sort->addItem(tr("By deadline"), int(LocalStore::QueueSort::Deadline));
    m_sort->addItem(tr("Newest received first"), int(LocalStore::QueueSort::ReceivedNewest));
    m_sort->addItem(tr("Oldest received first"), int(LocalStore::QueueSort::ReceivedOldest));
    const QDate today = vntime::civilDate(vntime::now());
    for (QDateEdit* e : {m_from, m_to}) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        e->setEnabled(false);
    }
    m_from->setDate(today.addMonths(-1));
    m_to->setDate(today);
    reloadCatalogue();

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setColumnWidth(QueueModel::Code, 190);
    m_table->setColumnWidth(QueueModel::Owner, 160);
    m_table->setColumnWidth(QueueModel::Procedure, 220);
    m_table->setColumnWidth(QueueModel::Received, 90);
    m_table->setColumnWidth(QueueModel::Deadline, 175);
    m_table->setColumnWidth(QueueModel::StepDeadline, 185);
    m_table->setColumnWidth(QueueModel::Assignee, 140);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_field, 1);
    filters->addWidget(m_procedure, 2);
    filters->addWidget(m_dateFilter);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    filters->addWidget(m_sort);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(filters);
    rightLayout->addWidget(m_table, 1);
    rightLayout->addWidget(m_summary);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(right);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);
    split->setSizes({200, 800});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_autoRefresh, &QTimer::timeout, this, &QueuePanel::refresh);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &QueuePanel::reloadRows);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        reloadRows();
        m_table->setFocus();
    });
    for (QComboBox* c : {m_field, m_procedure, m_sort})
        connect(c, &QComboBox::currentIndexChanged, this, &QueuePanel::reloadRows);
    connect(m_dateFilter, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reloadRows();
    });
    for (QDateEdit* e : {m_from, m_to})
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (m_dateFilter->isChecked())
                reloadRows();
        });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_lastSelected.clear();
        // Work is sorted by what is due first; history (returned, withdrawn, today's intake) by
        // receipt, newest first — which also reads the big lists in index order.
        const Queue q = currentQueue();
        const bool history =
            q == Queue::Returned || q == Queue::Withdrawn || q == Queue::ReceivedToday;
        const QSignalBlocker block(m_sort);
        m_sort->setCurrentIndex(m_sort->findData(int(history ? LocalStore::QueueSort::ReceivedNewest
                                                             : LocalStore::QueueSort::Deadline)));
        reloadRows();
        m_table->scrollToTop();
    });
    // Selection, not the current index: focusing the table makes its first row current without
    // selecting it, and that must not open (and mark seen) a dossier nobody chose.
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        if (m_restoring)
            return;
        const QModelIndexList rows = m_table->selectionModel()->selectedRows();
        const QString code = rows.isEmpty() ? QString() : m_model->codeAt(rows.first().row());
        if (code == m_lastSelected)
            return;
        m_lastSelected = code;
        emit currentDossierChanged(code);
    });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (const QString code = m_model->codeAt(index.row()); !code.isEmpty())
            emit openDossier(code);
    });

    // Ctrl+1..9: the queues in the order of the list (only while this panel is on screen).
    for (int i = 0; i < std::min<qsizetype>(9, m_queues.size()); ++i) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            m_list->setCurrentRow(i);
            m_table->setFocus();
        });
    }
}

void QueuePanel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    m_model->setClock(m_clock);
}

void QueuePanel::setAutoRefresh(int ms)
{
    if (ms <= 0)
        m_autoRefresh->stop();
    else
        m_autoRefresh->start(ms);
}

void QueuePanel::setCalendar(const WorkingCalendar& calendar)
{
    m_calendar = calendar;
    m_model->setCalendar(calendar);
}

void QueuePanel::setUserNameLookup(std::function<QString(const QString&)> lookup)
{
    m_model->setUserNameLookup(std::move(lookup));
}

void QueuePanel::reloadCatalogue()
{
    const QString field = m_field->currentData().toString();
    const QString procedure = m_procedure->currentData().toString();
    const QSignalBlocker b1(m_field);
    const QSignalBlocker b2(m_procedure);
    m_field->clear();
    m_field->addItem(tr("All fields"), QString());
    for (const Field& f : m_store.fields())
        m_field->addItem(f.name, f.code);
    m_procedure->clear();
    m_procedure->addItem(tr("All procedures"), QString());
    for (const Procedure& p : m_store.procedures()) {
        m_procedure->addItem(p.name, p.nationalCode);
        m_procedure->setItemData(m_procedure->count() - 1, p.name, Qt::ToolTipRole);
    }
    m_field->setCurrentIndex(std::max(0, m_field->findData(field)));
    m_procedure->setCurrentIndex(std::max(0, m_procedure->findData(procedure)));
}

WorkQueues::Queue QueuePanel::currentQueue() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? Queue(item->data(kQueueRole).toInt()) : m_queues.value(0);
}

QString QueuePanel::selectedCode() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->codeAt(rows.first().row());
}

LocalStore::QueueQuery QueuePanel::queryFor(Queue queue) const
{
    const QDateTime now = m_clock();
    const int hours =
        m_store.setting(WorkQueues::dueSoonSettingKey(), WorkQueues::kDefaultDueSoonHours).toInt();
    LocalStore::QueueQuery q = WorkQueues::query(queue, m_perspective, m_user, now,
                                                 WorkingHours::after(m_calendar, now, hours));
    return q;
}

void QueuePanel::showQueue(LocalStore::Queue queue)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(kQueueRole).toInt() == int(queue)) {
            m_list->setCurrentRow(i);
            return;
        }
    }
}

void QueuePanel::showFirstNonEmpty()
{
    for (Queue q : std::as_const(m_queues)) {
        if (count(q) > 0) {
            showQueue(q);
            return;
        }
    }
}

void QueuePanel::selectDossier(const QString& code)
{
    const int row = m_model->rowOf(code);
    if (row < 0)
        return;
    m_table->selectionModel()->setCurrentIndex(
        m_model->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(m_model->index(row, 0));
}

void QueuePanel::refresh()
{
    QElapsedTimer timer;
    timer.start();
    refreshCounts();
    reloadRows();
    m_lastRefreshMs = timer.elapsed();
}

void QueuePanel::refreshCounts()
{
    for (Queue q : std::as_const(m_queues)) {
        LocalStore::QueueQuery query = queryFor(q);
        query.countLimit = kCountCap + 1;
        m_counts.insert(int(q), m_store.queueCount(query));
    }
    updateQueueTitles();
    emit countsChanged();
}

void QueuePanel::updateQueueTitles()
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        const Queue q = Queue(item->data(kQueueRole).toInt());
        const int n = m_counts.value(int(q), 0);
        item->setData(CountRole, n);
        item->setToolTip(QStringLiteral("%1 (%2)\n%3")
                             .arg(WorkQueues::title(q, m_perspective), countText(n))
                             .arg(WorkQueues::toolTip(q, m_perspective)));
        // Work that calls for attention stands out while it is not empty.
        QFont f = item->font();
        f.setBold(n > 0 && (q == Queue::NewToMe || q == Queue::Overdue || q == Queue::DueSoon ||
                            q == Queue::ToAssign || q == Queue::ReadyToReturn));
        item->setFont(f);
        item->setForeground(n > 0 && q == Queue::Overdue
                                ? DeadlineState::textColour(DeadlineState::Kind::Overdue)
                                : QColor());
    }
}

void QueuePanel::reloadRows()
{
    LocalStore::QueueQuery q = queryFor(currentQueue());
    q.fieldCode = m_field->currentData().toString();
    q.procedureCode = m_procedure->currentData().toString();
    if (m_dateFilter->isChecked()) {
        q.receivedFrom = m_from->date();
        q.receivedTo = m_to->date();
    }
    q.text = m_search->text();
    q.sort = LocalStore::QueueSort(m_sort->currentData().toInt());
    q.limit = kRowLimit;

    // Keep what the user looks at: the selected dossier and the scroll position.
    const QString selected = m_lastSelected;
    const int scroll = m_table->verticalScrollBar()->value();
    const QList<DossierSummary> rows = m_store.queue(q);
    m_restoring = true;
    m_model->setRows(rows);
    const int row = m_model->rowOf(selected);
    if (row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect |
                                                       QItemSelectionModel::Rows);
    m_table->verticalScrollBar()->setValue(scroll);
    m_restoring = false;

    const bool filtered = !q.text.trimmed().isEmpty() || !q.fieldCode.isEmpty() ||
                          !q.procedureCode.isEmpty() || m_dateFilter->isChecked();
    LocalStore::QueueQuery counted = q;
    counted.countLimit = kCountCap + 1;
    const int total = filtered ? m_store.queueCount(counted) : count(q.queue);
    if (rows.size() < total)
        m_summary->setText(tr("Showing the first %1 of %2 dossiers. Narrow the search or the "
                              "filters to see the others.")
                               .arg(rows.size())
                               .arg(countText(total)));
    else
        m_summary->setText(filtered ? tr("%n dossier(s) match", nullptr, total)
                                    : tr("%n dossier(s)", nullptr, total));
}

} // namespace motcua::client
