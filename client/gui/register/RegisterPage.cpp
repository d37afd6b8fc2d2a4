#include "gui/register/RegisterPage.h"

#include "gui/register/RegisterModel.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

QDateEdit* dateEdit(const char* objectName, QWidget* parent)
{
    auto* e = new QDateEdit(parent);
    e->setObjectName(QString::fromLatin1(objectName));
    e->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
    e->setCalendarPopup(true);
    e->setDateRange(QDate(2000, 1, 1), QDate(2099, 12, 31));
    return e;
}

} // namespace

RegisterPage::RegisterPage(RangeFunction dossiers, const QDate& today, QWidget* parent)
    : QWidget(parent)
    , m_dossiers(std::move(dossiers))
    , m_today(today)
    , m_from(dateEdit("registerFrom", this))
    , m_to(dateEdit("registerTo", this))
    , m_count(new QLabel(this))
    , m_print(new QPushButton(tr("Print the re&gister…"), this))
    , m_table(new QTableView(this))
    , m_model(new RegisterModel(this))
{
    m_count->setObjectName(QStringLiteral("registerCount"));
    m_print->setObjectName(QStringLiteral("printRegisterButton"));
    m_table->setObjectName(QStringLiteral("registerTable"));

    auto* todayButton = new QPushButton(tr("To&day"), this);
    auto* thisMonth = new QPushButton(tr("This &month"), this);
    auto* lastMonth = new QPushButton(tr("&Last month"), this);
    todayButton->setObjectName(QStringLiteral("registerToday"));
    thisMonth->setObjectName(QStringLiteral("registerThisMonth"));
    lastMonth->setObjectName(QStringLiteral("registerLastMonth"));

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->verticalHeader()->setVisible(false);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Long free text wraps in narrower columns, so a register fits a counter's screen.
    for (int column : {int(RegisterModel::Content), int(RegisterModel::Address)}) {
        header->setSectionResizeMode(column, QHeaderView::Interactive);
        header->resizeSection(column, 170);
    }
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);

    auto* fromLabel = new QLabel(tr("Fro&m:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* top = new QHBoxLayout;
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addSpacing(12);
    top->addWidget(todayButton);
    top->addWidget(thisMonth);
    top->addWidget(lastMonth);
    top->addStretch(1);
    top->addWidget(m_print);

    auto* title = new QLabel(tr("Dossier tracking register"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    title->setFont(big);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingRange)
            refresh();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (!m_settingRange)
            refresh();
    });
    connect(todayButton, &QPushButton::clicked, this, &RegisterPage::showToday);
    connect(thisMonth, &QPushButton::clicked, this, &RegisterPage::showThisMonth);
    connect(lastMonth, &QPushButton::clicked, this, &RegisterPage::showLastMonth);
    connect(m_print, &QPushButton::clicked, this,
            [this] { emit printRequested(m_model->dossiers(), from(), to()); });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        emit openDossier(index.data(RegisterModel::CodeRole).toString());
    });

    showThisMonth();
}

void RegisterPage::setUserNameLookup(UserNameLookup lookup)
{
    m_model->setUserNameLookup(std::move(lookup));
    refresh();
}

QDate RegisterPage::from() const
{
    return m_from->date();
}

QDate RegisterPage::to() const
{
    return m_to->date();
}

void RegisterPage::setRange(const QDate& from, const QDate& to)
{
    m_settingRange = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_settingRange = false;
    refresh();
}

void RegisterPage::showToday()
{
    setRange(m_today, m_today);
}

void RegisterPage::showThisMonth()
{
    const QDate first(m_today.year(), m_today.month(), 1);
    setRange(first, first.addMonths(1).addDays(-1));
}

void RegisterPage::showLastMonth()
{
    const QDate first = QDate(m_today.year(), m_today.month(), 1).addMonths(-1);
    setRange(first, first.addMonths(1).addDays(-1));
}

void RegisterPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void RegisterPage::refresh()
{
    // A month of a busy counter is thousands of dossiers: read them when the page is looked at,
    // not while the application starts.
    if (!isVisible()) {
        m_stale = true;
        return;
    }
    m_stale = false;
    const QDate f = from();
    const QDate t = to();
    if (f > t) {
        m_model->setDossiers({});
        m_count->setText(tr("The start date is after the end date."));
        m_print->setEnabled(false);
        return;
    }
    m_model->setDossiers(m_dossiers ? m_dossiers(f, t) : QList<Dossier>());
    const int n = m_model->rowCount();
    m_count->setText(tr("%n dossier(s) received from %1 to %2", nullptr, n)
                         .arg(f.toString(QStringLiteral("dd/MM/yyyy")),
                              t.toString(QStringLiteral("dd/MM/yyyy"))));
    m_print->setEnabled(n > 0);
}

} // namespace motcua::client
