#include "gui/settings/process/ProcessDesigner.h"

#include "catalogue/ProcedureVersions.h"
#include "core/api/ProblemText.h"
#include "gui/settings/process/ActionSetDelegate.h"
#include "gui/settings/process/ChoiceDelegate.h"
#include "gui/settings/process/ProcessModel.h"
#include "gui/settings/process/ProcessScene.h"
#include "gui/settings/process/ProcessText.h"
#include "gui/settings/process/SimulationDialog.h"
#include "gui/settings/process/StepTableModel.h"
#include "gui/settings/process/TransitionTableModel.h"
#include "workflow/WorkflowGraph.h"

#include <QGraphicsView>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QWheelEvent>

namespace motcua::client {
namespace {

QTableView* table(QAbstractItemModel* model, QWidget* parent)
{
    auto* t = new QTableView(parent);
    t->setModel(model);
    t->setSelectionBehavior(QAbstractItemView::SelectItems);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                       QAbstractItemView::AnyKeyPressed);
    t->setTabKeyNavigation(false); // Tab leaves the table; arrows move inside it
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->horizontalHeader()->setStretchLastSection(true);
    t->verticalHeader()->hide();
    return t;
}

} // namespace

ProcessDesigner::ProcessDesigner(QWidget* parent)
    : QWidget(parent)
    , m_model(new ProcessModel(this))
    , m_scene(new ProcessScene(m_model, this))
    , m_stepModel(new StepTableModel(m_model, this))
    , m_arrowModel(new TransitionTableModel(m_model, this))
    , m_tabs(new QTabWidget(this))
    , m_view(new QGraphicsView(m_scene, this))
    , m_steps(table(m_stepModel, this))
    , m_arrows(table(m_arrowModel, this))
    , m_problems(new QListWidget(this))
{
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setDragMode(QGraphicsView::RubberBandDrag);
    m_view->viewport()->installEventFilter(this);
    m_view->setAccessibleName(tr("Process diagram"));
    m_steps->installEventFilter(this);
    m_arrows->installEventFilter(this);
    m_steps->setAccessibleName(tr("Steps"));
    m_arrows->setAccessibleName(tr("Arrows"));

    m_steps->setItemDelegateForColumn(StepTableModel::Kind,
                                      new ChoiceDelegate(&ProcessText::kinds, this));
    m_steps->setItemDelegateForColumn(StepTableModel::StepRole,
                                      new ChoiceDelegate(&ProcessText::roles, this));
    m_steps->setItemDelegateForColumn(StepTableModel::Withheld, new ActionSetDelegate(this));
    m_steps->setItemDelegateForColumn(StepTableModel::TimeUnit,
                                      new ChoiceDelegate(&ProcessText::timeUnits, this));
    const auto stepChoices = [this] {
        QList<QPair<QString, QString>> out;
        for (int i = 0; i < m_model->stepCount(); ++i)
            out.append({m_model->step(i).name, m_model->step(i).id});
        return out;
    };
    m_arrows->setItemDelegateForColumn(TransitionTableModel::From,
                                       new ChoiceDelegate(stepChoices, this));
    m_arrows->setItemDelegateForColumn(TransitionTableModel::To,
                                       new ChoiceDelegate(stepChoices, this));
    m_arrows->setItemDelegateForColumn(TransitionTableModel::Action,
                                       new ChoiceDelegate(&ProcessText::actions, this));

    auto button = [this](const QString& text, const QString& tip, auto slot, bool edits) {
        auto* b = new QPushButton(text, this);
        b->setToolTip(tip);
        connect(b, &QPushButton::clicked, this, slot);
        if (edits)
            m_editButtons << b;
        return b;
    };
    auto* tools = new QHBoxLayout;
    tools->addWidget(button(tr("Add &step"),
                            tr("A new step after the others (Ins in the steps "
                               "table)"),
                            &ProcessDesigner::addStep, true));
    tools->addWidget(button(tr("Add a&rrow"),
                            tr("An arrow from the chosen step (Ins in the arrows table; "
                               "Shift+drag between two boxes in the diagram)"),
                            &ProcessDesigner::addTransition, true));
    tools->addWidget(button(tr("Re&move"), tr("The chosen step or arrow (Del)"),
                            &ProcessDesigner::removeSelected, true));
    tools->addWidget(button(tr("Arran&ge"), tr("Lay the diagram out from intake to the result"),
                            &ProcessDesigner::arrange, true));
    tools->addStretch();
    tools->addWidget(button(
        tr("Zoom &in"), {}, [this] { zoom(1.25); }, false));
    tools->addWidget(button(
        tr("Zoom &out"), {}, [this] { zoom(0.8); }, false));
    tools->addWidget(
        button(tr("&Fit"), tr("The whole process in view"), &ProcessDesigner::fit, false));
    tools->addWidget(button(tr("Sim&ulate…"),
                            tr("A sample dossier through one way, with the real calendar"),
                            &ProcessDesigner::simulate, false));

    auto* tables = new QSplitter(Qt::Vertical, this);
    auto* stepsBox = new QWidget(tables);
    auto* stepsLayout = new QVBoxLayout(stepsBox);
    stepsLayout->setContentsMargins(0, 0, 0, 0);
    auto* stepsLabel = new QLabel(tr("S&teps"), stepsBox);
    stepsLabel->setBuddy(m_steps);
    stepsLayout->addWidget(stepsLabel);
    stepsLayout->addWidget(m_steps);
    auto* arrowsBox = new QWidget(tables);
    auto* arrowsLayout = new QVBoxLayout(arrowsBox);
    arrowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* arrowsLabel =
        new QLabel(tr("Arro&ws (what takes a dossier from one step to another)"), arrowsBox);
    arrowsLabel->setBuddy(m_arrows);
    arrowsLayout->addWidget(arrowsLabel);
    arrowsLayout->addWidget(m_arrows);
    m_tabs->addTab(m_view, tr("&Diagram"));
    m_tabs->addTab(tables, tr("T&ables"));

    m_problems->setMaximumHeight(110);
    m_problems->setWordWrap(true);
    m_problems->setAccessibleName(tr("Problems of the process"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(tools);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(new QLabel(tr("Check before publishing:"), this));
    layout->addWidget(m_problems);

    connect(m_model, &ProcessModel::changed, this, [this] {
        check();
        if (!m_loading)
            emit edited();
    });
    connect(m_model, &ProcessModel::moved, this, [this] {
        if (!m_loading)
            emit edited();
    });
}

void ProcessDesigner::setProcess(const WorkflowDefinition& process, const Duration& statutory)
{
    m_loading = true;
    m_statutory = statutory;
    m_model->setDefinition(process);
    m_loading = false;
    check();
    fit();
}

WorkflowDefinition ProcessDesigner::process() const
{
    return m_model->definition();
}

void ProcessDesigner::setReadOnly(bool readOnly)
{
    // Called whenever the page's calls come and go: redraw only on a change, so that the
    // tables keep the cell a keyboard user is on.
    if (readOnly == m_model->isReadOnly())
        return;
    m_model->setReadOnly(readOnly);
    for (QPushButton* b : m_editButtons)
        b->setEnabled(!readOnly);
    m_loading = true;
    m_model->setDefinition(m_model->definition()); // the boxes become (un)movable
    m_loading = false;
}

void ProcessDesigner::addStep()
{
    if (m_model->isReadOnly())
        return;
    const int row = m_model->addStep(StepKind::Process);
    if (m_tabs->currentIndex() == 1) {
        m_steps->setFocus();
        m_steps->setCurrentIndex(m_stepModel->index(row, StepTableModel::Name));
        m_steps->edit(m_steps->currentIndex());
    }
}

void ProcessDesigner::addTransition()
{
    if (m_model->isReadOnly() || m_model->stepCount() < 2)
        return;
    int from =
        m_tabs->currentIndex() == 1 ? m_steps->currentIndex().row() : m_scene->selectedStep();
    if (from < 0)
        from = 0;
    const int to = from + 1 < m_model->stepCount() ? from + 1 : 1;
    const QString fromId = m_model->step(from).id;
    const int row = m_model->addTransition(
        {fromId, m_model->step(to).id, m_model->defaultAction(fromId), QString()});
    if (m_tabs->currentIndex() == 1) {
        m_arrows->setFocus();
        m_arrows->setCurrentIndex(m_arrowModel->index(row, TransitionTableModel::To));
    }
}

void ProcessDesigner::removeSelected()
{
    if (m_model->isReadOnly())
        return;
    if (m_tabs->currentIndex() == 1) {
        if (m_lastTable == m_arrows && m_arrows->currentIndex().isValid()) {
            const int row = m_arrows->currentIndex().row();
            m_model->removeTransition(row);
            m_arrows->setCurrentIndex(
                m_arrowModel->index(std::min(row, m_model->transitionCount() - 1), 0));
        } else if (m_steps->currentIndex().isValid()) {
            const int row = m_steps->currentIndex().row();
            m_model->removeStep(row);
            m_steps->setCurrentIndex(
                m_stepModel->index(std::min(row, m_model->stepCount() - 1), 0));
        }
        return;
    }
    if (const int arrow = m_scene->selectedTransition(); arrow >= 0)
        m_model->removeTransition(arrow);
    else if (const int step = m_scene->selectedStep(); step >= 0)
        m_model->removeStep(step);
}

void ProcessDesigner::arrange()
{
    m_model->autoLayout();
    if (!m_loading)
        emit edited();
    fit();
}

void ProcessDesigner::zoom(double factor)
{
    const double now = m_view->transform().m11() * factor;
    if (now < 0.2 || now > 4.0)
        return;
    m_view->scale(factor, factor);
}

void ProcessDesigner::fit()
{
    const QRectF all = m_scene->itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (all.isEmpty())
        return;
    m_view->resetTransform();
    // Never larger than life: a small process stays readable, a large one fits.
    if (all.width() > m_view->viewport()->width() || all.height() > m_view->viewport()->height())
        m_view->fitInView(all, Qt::KeepAspectRatio);
    m_view->centerOn(all.center());
}

void ProcessDesigner::simulate()
{
    SimulationDialog dialog(m_model->definition(), m_statutory, m_calendar, this);
    dialog.exec();
}

void ProcessDesigner::check()
{
    m_problems->clear();
    const WorkflowDefinition d = m_model->definition();
    QSet<QString> steps;
    static const QRegularExpression stepPath(QStringLiteral("^steps\\[(\\d+)\\]"));
    for (const Error& e : WorkflowGraph::problems(d)) {
        QString where;
        if (const auto m = stepPath.match(e.path); m.hasMatch()) {
            const int i = m.captured(1).toInt();
            if (i < d.steps.size()) {
                steps.insert(d.steps.at(i).id);
                where = d.steps.at(i).name;
            }
        } else if (e.path.startsWith(QLatin1String("transitions["))) {
            where = tr("arrow %1")
                        .arg(e.path.section(QLatin1Char('['), 1).section(']', 0, 0).toInt() + 1);
        }
        auto* item = new QListWidgetItem(
            where.isEmpty() ? ProblemText::message(e.code)
                            : QStringLiteral("%1: %2").arg(where, ProblemText::message(e.code)),
            m_problems);
        item->setForeground(QColor(0xb9, 0x1c, 0x1c));
    }
    const int perDay = ProcedureVersions::minutesPerDay(m_calendar.settings());
    const int allowed = WorkflowGraph::minutes(m_statutory, perDay);
    for (const QStringList& path : WorkflowGraph::paths(d)) {
        const int total = WorkflowGraph::pathMinutes(d, path, perDay);
        if (allowed <= 0 || total <= allowed)
            continue;
        QStringList names;
        for (const QString& id : path)
            names << d.step(id)->name;
        auto* item = new QListWidgetItem(
            tr("Warning: %1 takes %2 working hours, more than the statutory %3; publishing asks "
               "you to confirm.")
                .arg(names.join(QStringLiteral(" → ")))
                .arg(total / 60.0, 0, 'f', 1)
                .arg(allowed / 60.0, 0, 'f', 1),
            m_problems);
        item->setForeground(QColor(0xb4, 0x53, 0x09));
    }
    if (m_problems->count() == 0)
        new QListWidgetItem(tr("No problem: every step is reached from intake and leads to the "
                               "result."),
                            m_problems);
    m_scene->setProblemSteps(steps);
}

bool ProcessDesigner::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Wheel) {
        auto* wheel = static_cast<QWheelEvent*>(event);
        if (wheel->modifiers() & Qt::ControlModifier) {
            zoom(wheel->angleDelta().y() > 0 ? 1.15 : 1 / 1.15);
            return true;
        }
    }
    if ((watched == m_steps || watched == m_arrows) && event->type() == QEvent::FocusIn)
        m_lastTable = static_cast<QTableView*>(watched);
    if ((watched == m_steps || watched == m_arrows) && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Insert && key->modifiers() == Qt::NoModifier) {
            watched == m_steps ? addStep() : addTransition();
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace motcua::client
