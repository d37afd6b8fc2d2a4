#include "gui/settings/process/SimulationDialog.h"

#include "core/VnTime.h"
#include "gui/dossier/DossierText.h"
#include "workflow/WorkflowGraph.h"
#include "workflow/WorkflowSimulator.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace motcua::client {

SimulationDialog::SimulationDialog(const WorkflowDefinition& process, const Duration& statutory,
                                   const WorkingCalendar& calendar, QWidget* parent)
    : QDialog(parent)
    , m_process(process)
    , m_statutory(statutory)
    , m_calendar(calendar)
    , m_path(new QComboBox(this))
    , m_received(new QDateTimeEdit(this))
    , m_table(new QTableWidget(0, 4, this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Simulate the process"));
    for (const QStringList& path : WorkflowGraph::paths(process)) {
        QStringList names;
        for (const QString& id : path) {
            const WorkflowStep* s = process.step(id);
            names << (s ? s->name : id);
        }
        m_path->addItem(names.join(QStringLiteral(" → ")), path);
    }
    // Received now (Vietnam time), a sample the administrator changes to a Friday or before Tết.
    const QDateTime now = vntime::now();
    m_received->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_received->setDateTime(QDateTime(vntime::civilDate(now), vntime::civilTime(now)));
    m_table->setHorizontalHeaderLabels({tr("Step"), tr("Unit"), tr("Starts"), tr("Due")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_summary->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Way through the process:"), m_path);
    form->addRow(tr("&Received at:"), m_received);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    connect(m_path, &QComboBox::currentIndexChanged, this, &SimulationDialog::run);
    connect(m_received, &QDateTimeEdit::dateTimeChanged, this, &SimulationDialog::run);
    resize(760, 420);
    run();
}

void SimulationDialog::run()
{
    m_table->setRowCount(0);
    if (m_path->count() == 0) {
        m_summary->setText(tr("No way leads from intake to the result: check the process."));
        return;
    }
    const QDateTime entered = m_received->dateTime();
    const QDateTime at = vntime::fromCivil(entered.date(), entered.time());
    const DeadlineCalculator deadlines(m_calendar);
    const auto run = WorkflowSimulator(deadlines).run(
        m_process, m_path->currentData().toStringList(), at, m_statutory);
    if (!run) {
        m_summary->setText(tr("The simulation stopped: %1").arg(run.error().message));
        return;
    }
    for (const SimulatedStep& s : run->steps) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList cells{s.name, s.unit, DossierText::dateTime(s.startedAt),
                                DossierText::dateTime(s.dueAt)};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (s.afterAppointment)
                item->setForeground(QColor(0xb9, 0x1c, 0x1c));
            m_table->setItem(row, c, item);
        }
    }
    if (!run->appointmentAt.isValid())
        m_summary->setText(tr("The case needs no appointment; the last step is due %1.")
                               .arg(DossierText::dateTime(run->steps.constLast().dueAt)));
    else if (run->late())
        m_summary->setText(tr("Appointment: %1. Taking every step's whole time, this way ends "
                              "%2, after the appointment: shorten the steps in red.")
                               .arg(DossierText::dateTime(run->appointmentAt),
                                    DossierText::dateTime(run->steps.constLast().dueAt)));
    else
        m_summary->setText(tr("Appointment: %1. This way ends %2, in time.")
                               .arg(DossierText::dateTime(run->appointmentAt),
                                    DossierText::dateTime(run->steps.constLast().dueAt)));
}

} // namespace motcua::client
