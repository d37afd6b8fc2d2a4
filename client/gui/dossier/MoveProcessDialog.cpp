#include "gui/dossier/MoveProcessDialog.h"

#include "codec/JsonCodec.h"
#include "core/api/ProblemText.h"
#include "core/api/ServerJson.h"
#include "core/sync/Workstation.h"
#include "gui/dossier/DossierText.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::client {

MoveProcessDialog::MoveProcessDialog(Workstation* workstation, const Dossier& dossier,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ws(workstation)
    , m_dossier(dossier)
    , m_version(new QComboBox(this))
    , m_step(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_move(new QPushButton(tr("&Move the dossier"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("moveProcessDialog"));
    setWindowTitle(tr("Move %1 to another process").arg(dossier.code));
    const WorkflowStep* now = dossier.workflow.step(dossier.currentStepId);
    auto* intro =
        new QLabel(tr("%1 · %2, received under version %3, is at step \"%4\". Its papers, fees and "
                      "appointment stay; only the process changes, from the step chosen.")
                       .arg(dossier.code, DossierText::procedure(dossier))
                       .arg(dossier.procedureVersion)
                       .arg(now ? now->name : dossier.currentStepId),
                   this);
    intro->setWordWrap(true);
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Why the dossier changes process (kept in its history)"));
    m_status->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("Process of &version:"), m_version);
    form->addRow(tr("Go on at &step:"), m_step);
    form->addRow(tr("&Reason:"), m_reason);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    buttons->addButton(m_move, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_move, &QPushButton::clicked, this, &MoveProcessDialog::submit);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(m_version, &QComboBox::currentIndexChanged, this, &MoveProcessDialog::showSteps);
    connect(m_step, &QComboBox::currentIndexChanged, this, &MoveProcessDialog::validate);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &MoveProcessDialog::validate);
    connect(m_ws, &Workstation::serverCallDone, this, &MoveProcessDialog::callDone);
    resize(620, 360);

    m_loadingVersions = true;
    m_status->setText(tr("Loading the versions of the procedure…"));
    call("GET", QStringLiteral("/procedures/%1/versions").arg(dossier.procedureCode), {});
    validate();
}

void MoveProcessDialog::call(const QByteArray& method, const QString& path, const QByteArray& body)
{
    ApiClient::Request r;
    r.method = method;
    r.path = path;
    r.body = body;
    m_call = m_ws->callServer(r);
    validate();
}

void MoveProcessDialog::callDone(const QString& id, const ApiResult& result)
{
    if (id != m_call)
        return;
    m_call.clear();
    if (m_loadingVersions) {
        m_loadingVersions = false;
        versionsLoaded(result);
        validate();
        return;
    }
    if (!result.ok()) {
        m_status->setText(
            tr("Not moved: %1")
                .arg(ProblemText::message(result.unreachable() ? QStringLiteral("network")
                                                               : result.problemCode)));
        validate();
        return;
    }
    if (auto d = fromServer<Dossier>(result.body))
        emit moved(*d);
    accept();
}

void MoveProcessDialog::versionsLoaded(const ApiResult& result)
{
    if (!result.ok()) {
        m_status->setText(ProblemText::message(result.unreachable() ? QStringLiteral("network")
                                                                    : result.problemCode));
        return;
    }
    const QJsonArray all = result.body.toArray();
    for (qsizetype i = 0; i < all.size(); ++i) {
        if (auto p = fromServer<Procedure>(all.at(i)); p && !p->isDraft())
            m_versions << *p;
    }
    std::sort(m_versions.begin(), m_versions.end(),
              [](const Procedure& a, const Procedure& b) { return a.version > b.version; });
    for (const Procedure& p : m_versions) {
        const QString days =
            p.effectiveTo.isValid()
                ? tr("%1 to %2")
                      .arg(DossierText::date(p.effectiveFrom), DossierText::date(p.effectiveTo))
                : tr("from %1").arg(DossierText::date(p.effectiveFrom));
        m_version->addItem(p.version == m_dossier.procedureVersion
                               ? tr("Version %1 (%2) — the dossier's").arg(p.version).arg(days)
                               : tr("Version %1 (%2)").arg(p.version).arg(days),
                           p.version);
    }
    m_status->clear();
    showSteps();
}

void MoveProcessDialog::showSteps()
{
    m_step->clear();
    const int index = m_version->currentIndex();
    if (index < 0 || index >= m_versions.size())
        return;
    const Procedure& p = m_versions.at(index);
    const QList<ProcedureCase> cases = p.caseList();
    const auto c = std::find_if(cases.begin(), cases.end(), [&](const ProcedureCase& x) {
        return p.cases.isEmpty() || x.id == m_dossier.caseId;
    });
    if (c == cases.end()) {
        m_status->setText(
            tr("Version %1 has no case \"%2\".").arg(p.version).arg(m_dossier.caseName));
        return;
    }
    // Every step but intake: the dossier has been accepted.
    for (int i = 1; i < c->workflow.steps.size(); ++i) {
        const WorkflowStep& s = c->workflow.steps.at(i);
        m_step->addItem(QStringLiteral("%1 — %2").arg(s.name, s.unit), s.id);
    }
    m_step->setCurrentIndex(std::max(0, m_step->findData(m_dossier.currentStepId)));
    validate();
}

void MoveProcessDialog::validate()
{
    m_move->setEnabled(m_call.isEmpty() && m_ws->isOnline() && m_step->currentIndex() >= 0 &&
                       !m_reason->toPlainText().trimmed().isEmpty());
}

void MoveProcessDialog::submit()
{
    if (!m_move->isEnabled())
        return;
    const QJsonObject body{{QStringLiteral("version"), m_dossier.version},
                           {QStringLiteral("procedureVersion"), m_version->currentData().toInt()},
                           {QStringLiteral("toStep"), m_step->currentData().toString()},
                           {QStringLiteral("reason"), m_reason->toPlainText().trimmed()}};
    m_status->setText(tr("Moving…"));
    call("POST", QStringLiteral("/dossiers/%1/process").arg(m_dossier.code),
         QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace motcua::client
