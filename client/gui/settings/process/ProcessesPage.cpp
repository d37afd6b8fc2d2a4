#include "gui/settings/process/ProcessesPage.h"

#include "catalogue/ProcedureVersions.h"
#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "core/api/ProblemText.h"
#include "core/api/ServerJson.h"
#include "core/sync/Workstation.h"
#include "gui/settings/ProcedureVersionsModel.h"
#include "gui/settings/ServerCalls.h"
#include "gui/settings/process/ProcessDesigner.h"
#include "workflow/WorkflowGraph.h"

#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

enum { CodeRole = Qt::UserRole, CaseRole };

// The time a path is held against: the case's tightest channel, as the server checks it
// (ProcedureVersions::timeWarnings), a working day as long as the calendar's longest.
Duration tightest(const ProcedureCase& c, int minutesPerDay)
{
    if (!c.needsAppointment)
        return {};
    Duration out = c.statutoryTime;
    for (const ChannelTime& t : c.channelTimes) {
        if (t.time.value > 0 && WorkflowGraph::minutes(t.time, minutesPerDay) <
                                    WorkflowGraph::minutes(out, minutesPerDay))
            out = t.time;
    }
    return out;
}

} // namespace

ProcessesPage::ProcessesPage(Workstation* workstation, QWidget* parent)
    : SettingsPage(parent)
    , m_ws(workstation)
    , m_versions(new ProcedureVersionsModel(this))
    , m_designer(new ProcessDesigner(this))
    , m_filter(new QLineEdit(this))
    , m_list(new QTreeWidget(this))
    , m_editing(new QLabel(this))
    , m_status(new QLabel(this))
    , m_calls(new ServerCalls(workstation, this))
{
    setObjectName(QStringLiteral("processesPage"));
    m_filter->setPlaceholderText(tr("Find a procedure by name or code"));
    m_filter->setClearButtonEnabled(true);
    m_list->setHeaderLabels({tr("Procedure and case"), tr("Version")});
    m_list->setColumnWidth(0, 300);
    m_list->setAccessibleName(tr("Procedures and their cases"));
    m_editing->setWordWrap(true);
    m_status->setWordWrap(true);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto* find = new QLabel(tr("&Find:"), left);
    find->setBuddy(m_filter);
    leftLayout->addWidget(find);
    leftLayout->addWidget(m_filter);
    leftLayout->addWidget(m_list, 1);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_editing);
    rightLayout->addWidget(m_designer, 1);
    auto* split = new QSplitter(this);
    split->addWidget(left);
    split->addWidget(right);
    split->setStretchFactor(1, 3);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(split, 1);
    layout->addWidget(m_status);

    connect(m_calls, &ServerCalls::changed, this, &ProcessesPage::updateControls);
    connect(m_filter, &QLineEdit::textChanged, this, &ProcessesPage::fill);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ProcessesPage::chosenChanged);
    connect(m_designer, &ProcessDesigner::edited, this, [this] {
        if (!m_modified) {
            m_modified = true;
            emit modifiedChanged(true);
        }
    });
    updateControls();
}

QString ProcessesPage::title() const
{
    return tr("Processes");
}

void ProcessesPage::reload()
{
    load({});
}

void ProcessesPage::load(const QString& doneMessage)
{
    m_status->setText(tr("Loading the procedures…"));
    m_calls->call(
        "GET", QStringLiteral("/procedure-versions"), {}, [this, doneMessage](const ApiResult& r) {
            if (!r.ok()) {
                m_status->setText(r.unreachable() ? ProblemText::message(QStringLiteral("network"))
                                                  : ProblemText::message(r.problemCode));
                return;
            }
            QList<Procedure> versions;
            const QJsonArray all = r.body.toArray();
            for (qsizetype i = 0; i < all.size(); ++i) {
                if (auto p = fromServer<Procedure>(all.at(i)))
                    versions << *p;
            }
            m_versions->setVersions(versions, m_ws->store().fields(),
                                    vntime::civilDate(vntime::now()));
            m_designer->setCalendar(m_ws->calendar());
            fill();
            m_status->setText(doneMessage);
        });
}

void ProcessesPage::fill()
{
    m_versions->setFilter(m_filter->text(), {}, ProcedureVersionsModel::State::Any);
    const QSignalBlocker block(m_list);
    m_list->clear();
    QTreeWidgetItem* chosen = nullptr;
    for (int row = 0; row < m_versions->rowCount(); ++row) {
        const QString code = m_versions->codeAt(row);
        const QList<Procedure> all = m_versions->versionsOf(code);
        const Procedure* draft = m_versions->draft(code);
        const Procedure* shown = draft ? draft : m_versions->inForce(code);
        if (!shown && !all.isEmpty())
            shown = &all.constLast();
        if (!shown)
            continue;
        auto* item = new QTreeWidgetItem(
            m_list, {code + QStringLiteral(" — ") + shown->name,
                     draft ? tr("draft %1").arg(shown->version) : QString::number(shown->version)});
        item->setData(0, CodeRole, code);
        item->setData(0, CaseRole, 0);
        item->setToolTip(0, shown->name);
        if (code == m_code && m_case == 0)
            chosen = item;
        for (const ProcedureCase& c : shown->cases) {
            auto* child = new QTreeWidgetItem(item, {c.name});
            child->setData(0, CodeRole, code);
            child->setData(0, CaseRole, c.id);
            child->setToolTip(0, c.name);
            if (code == m_code && m_case == c.id)
                chosen = child;
        }
        item->setExpanded(code == m_code);
    }
    if (chosen)
        m_list->setCurrentItem(chosen);
    showChosen();
}

bool ProcessesPage::select(const QString& code, int caseId)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_list->topLevelItem(i);
        if (item->data(0, CodeRole).toString() != code)
            continue;
        if (caseId == 0) {
            m_list->setCurrentItem(item);
            return true;
        }
        for (int j = 0; j < item->childCount(); ++j) {
            if (item->child(j)->data(0, CaseRole).toInt() == caseId) {
                m_list->setCurrentItem(item->child(j));
                return true;
            }
        }
    }
    return false;
}

void ProcessesPage::chosenChanged()
{
    QTreeWidgetItem* item = m_list->currentItem();
    const QString code = item ? item->data(0, CodeRole).toString() : QString();
    const int caseId = item ? item->data(0, CaseRole).toInt() : 0;
    if (code == m_code && caseId == m_case)
        return;
    if (m_modified &&
        QMessageBox::question(this, tr("Processes"),
                              tr("The process shown has changes that are not applied. Discard "
                                 "them?")) != QMessageBox::Yes) {
        select(m_code, m_case); // stay
        return;
    }
    m_code = code;
    m_case = caseId;
    showChosen();
}

const Procedure* ProcessesPage::editable() const
{
    if (const Procedure* d = m_versions->draft(m_code))
        return d;
    if (const Procedure* p = m_versions->inForce(m_code))
        return p;
    const QList<Procedure> all = m_versions->versionsOf(m_code);
    return all.isEmpty() ? nullptr : m_versions->version(m_code, all.constLast().version);
}

void ProcessesPage::showChosen()
{
    const Procedure* p = editable();
    if (!p) {
        m_editing->setText(tr("Choose a procedure (or one of its cases) in the list."));
        m_designer->setProcess({}, {});
    } else {
        const QList<ProcedureCase> cases = p->caseList();
        const auto c = std::find_if(cases.begin(), cases.end(), [&](const ProcedureCase& x) {
            return p->cases.isEmpty() || x.id == m_case;
        });
        if (!p->cases.isEmpty() && m_case == 0) {
            m_editing->setText(
                tr("%1 has several cases, each with its process: choose a case.").arg(p->name));
            m_designer->setProcess({}, {});
        } else if (c != cases.end()) {
            const QString whose =
                p->cases.isEmpty() ? p->name : p->name + QStringLiteral(" — ") + c->name;
            m_editing->setText(p->isDraft()
                                   ? tr("<b>%1</b>: draft %2. Apply saves the draft.")
                                         .arg(whose.toHtmlEscaped())
                                         .arg(p->version)
                                   : tr("<b>%1</b>: version %2 as published. Apply saves the "
                                        "change as a new draft, to publish on the Procedures "
                                        "page.")
                                         .arg(whose.toHtmlEscaped())
                                         .arg(p->version));
            m_designer->setProcess(c->workflow, tightest(*c, ProcedureVersions::minutesPerDay(
                                                                 m_ws->calendar().settings())));
        }
    }
    if (m_modified) {
        m_modified = false;
        emit modifiedChanged(false);
    }
    updateControls();
}

void ProcessesPage::apply()
{
    const Procedure* shown = editable();
    if (!shown) {
        emit applyFinished(false);
        return;
    }
    Procedure p = *shown;
    const WorkflowDefinition process = m_designer->process();
    if (p.cases.isEmpty()) {
        p.workflow = process;
    } else {
        for (ProcedureCase& c : p.cases) {
            if (c.id == m_case)
                c.workflow = process;
        }
    }
    const QByteArray body =
        QJsonDocument(codec::toJson(p).toObject()).toJson(QJsonDocument::Compact);
    const bool draft = p.isDraft();
    const QString path =
        draft ? QStringLiteral("/procedures/%1/versions/%2").arg(m_code).arg(p.version)
              : QStringLiteral("/procedures/%1/versions").arg(m_code);
    m_status->setText(tr("Saving…"));
    m_calls->call(draft ? "PUT" : "POST", path, body, [this](const ApiResult& r) {
        if (!r.ok()) {
            QStringList lines;
            const QJsonArray problems = r.problems;
            for (qsizetype i = 0; i < problems.size(); ++i)
                lines << ProblemText::message(problems.at(i).toObject().value("code").toString());
            if (lines.isEmpty())
                lines << ProblemText::message(r.unreachable() ? QStringLiteral("network")
                                                              : r.problemCode);
            m_status->setText(tr("Not saved: %1").arg(lines.join(QLatin1Char(' '))));
            emit applyFinished(false);
            return;
        }
        const int version = r.body.toObject().value(QStringLiteral("version")).toInt();
        m_modified = false;
        emit modifiedChanged(false);
        load(tr("Saved as draft %1 of %2: publish it on the Procedures page.")
                 .arg(version)
                 .arg(m_code));
        emit applyFinished(true);
    });
}

void ProcessesPage::revert()
{
    m_modified = false; // showChosen() asks nothing then
    showChosen();
}

void ProcessesPage::setOnline(bool online)
{
    m_online = online;
    updateControls();
}

void ProcessesPage::updateControls()
{
    m_designer->setReadOnly(!m_online || !editable() || m_calls->isBusy());
    m_list->setEnabled(!m_calls->isBusy());
}

} // namespace motcua::client
