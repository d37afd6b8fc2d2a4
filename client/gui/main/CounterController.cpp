#include "gui/main/CounterController.h"

#include "codec/JsonPrimitives.h"
#include "core/VnTime.h"
#include "core/api/ProblemText.h"
#include "core/store/LocalStore.h"
#include "core/sync/Workstation.h"
#include "forms/FormDataFactory.h"
#include "forms/FormRenderer.h"
#include "gui/intake/IntakePage.h"
#include "gui/intake/LastReceivedBar.h"
#include "gui/print/FormPrinter.h"
#include "gui/returns/ReturnDialog.h"
#include "workflow/IntakeBuilder.h"

#include <algorithm>

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QPrintDialog>
#include <QPrinter>
#include <QSettings>
#include <QWidget>

namespace motcua::client {

namespace {

// The instant of a guidance or refusal: what its form shows and what the record (and the server)
// keep, in whole seconds, the form's precision.
QDateTime outcomeInstant()
{
    const QDateTime now = vntime::now();
    return now.addMSecs(-now.time().msec());
}

} // namespace

CounterController::CounterController(Workstation* workstation, User clerk, QWidget* dialogParent,
                                     QObject* parent)
    : QObject(parent)
    , m_workstation(workstation)
    , m_clerk(std::move(clerk))
    , m_dialogParent(dialogParent)
    , m_printer(new FormPrinter(FormRenderer(FormSettings::load(QSettings())), dialogParent))
{
    m_printer->setParent(this);
    m_preview = QSettings().value(QStringLiteral("print/previewFirst"), false).toBool();
    connect(m_printer, &FormPrinter::failed, this,
            [this](const QString& text) { emit message(text, true); });
    // Where a form went is what the printer reports, not the printer remembered for its kind:
    // the clerk may have chosen a file (or another printer) in the dialog.
    connect(m_printer, &FormPrinter::printed, this, [this](FormKind kind, const QString& name) {
        m_lastWhere = name;
        m_lastToFile = false;
        emit formOutput(kind, name, false);
    });
    connect(m_printer, &FormPrinter::exported, this, [this](FormKind kind, const QString& path) {
        m_lastWhere = path;
        m_lastToFile = true;
        emit formOutput(kind, path, true);
    });
    connect(m_workstation, &Workstation::intakeDone, this, &CounterController::onIntakeDone);
    connect(m_workstation, &Workstation::intakeFailed, this, &CounterController::onIntakeFailed);
    connect(m_workstation, &Workstation::counterOutcomeRecorded, this,
            &CounterController::onOutcomeRecorded);
    connect(m_workstation, &Workstation::counterOutcomeFailed, this,
            &CounterController::onOutcomeFailed);
}

CounterController::~CounterController() = default;

void CounterController::attachIntake(IntakePage* page)
{
    m_intake = page;
    connect(page, &IntakePage::acceptRequested, this, &CounterController::onAccept);
    connect(page, &IntakePage::guideRequested, this, &CounterController::onGuide);
    connect(page, &IntakePage::refuseRequested, this, &CounterController::onRefuse);
}

void CounterController::setPreviewBeforePrinting(bool preview)
{
    m_preview = preview;
    QSettings().setValue(QStringLiteral("print/previewFirst"), preview);
}

void CounterController::exportForm(FormKind kind, const QString& dossierCode)
{
    const auto dossier = m_workstation->store().dossier(dossierCode);
    if (!dossier)
        return;
    const FormDataFactory factory(m_workstation->store());
    m_printer->exportPdfInteractive(factory.forDossier(kind, *dossier, m_clerk));
}

void CounterController::choosePrinter(FormKind kind)
{
    // Only chooses: the printer is remembered for this kind of form, nothing is printed.
    auto printer = m_printer->makePrinter(kind);
    QPrintDialog dialog(printer.get(), m_dialogParent);
    dialog.setWindowTitle(tr("Printer for: %1").arg(formKindTitle(kind)));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_printer->rememberPrinter(kind, printer->printerName());
    emit message(tr("%1 will print on %2.").arg(formKindTitle(kind), printer->printerName()),
                 false);
}

void CounterController::setPdfDirectory(const QString& dir)
{
    m_pdfDirectory = dir;
}

FormData CounterController::formData(FormKind kind) const
{
    return FormDataFactory(m_workstation->store()).make(kind, m_clerk, m_clerk.agencyId);
}

bool CounterController::output(const FormData& data)
{
    const FormKind kind = data.kind;
    const QString dossierCode = data.dossier.code;
    if (!m_pdfDirectory.isEmpty()) {
        QDir().mkpath(m_pdfDirectory);
        const QString name =
            dossierCode.isEmpty()
                ? vntime::toVietnam(data.printedAt).toString(QStringLiteral("yyMMdd-HHmmss"))
                : dossierCode;
        const QString path =
            m_pdfDirectory + u'/' + formKindName(kind) + u'-' + name + QStringLiteral(".pdf");
        // Reported through FormPrinter::exported or failed, then here.
        m_printer->exportPdfInBackground(
            data, path, [this, kind, dossierCode, path](const Status& s) {
                noteOutput(kind, dossierCode, s ? path : QString(), true);
            });
        return true;
    }
    m_lastWhere.clear(); // set by FormPrinter::printed or exported as the form goes out
    const bool sent = m_preview ? m_printer->preview(data) : m_printer->print(data);
    noteOutput(kind, dossierCode, sent ? m_lastWhere : QString(), m_lastToFile);
    return sent;
}

void CounterController::noteOutput(FormKind kind, const QString& dossierCode, const QString& where,
                                   bool toFile)
{
    // The confirmation of the intake just accepted says what came out for it, and what did not.
    LastReceivedBar* bar = m_intake ? m_intake->lastReceivedBar() : nullptr;
    if (!bar || dossierCode.isEmpty() || dossierCode != bar->code() ||
        (kind != FormKind::Receipt && kind != FormKind::ControlSlip))
        return;
    if (where.isEmpty())
        bar->noteNotPrinted(kind);
    else
        bar->notePrinted(kind, where, toFile);
}

void CounterController::onAccept(const IntakeRequest& request)
{
    if (m_intake)
        m_intake->setBusy(true);
    m_requests.insert(m_workstation->submitIntake(request), true);
}

void CounterController::onIntakeDone(const QString& requestId, const Dossier& dossier, bool offline)
{
    if (!m_requests.remove(requestId))
        return;
    if (m_intake) {
        m_intake->setBusy(false);
        m_intake->showAccepted(dossier, offline);
    }
    emit dossierUpdated(dossier.code);
    // The citizen leaves with the receipt; the control slip travels with the paper file.
    FormData receipt = formData(FormKind::Receipt);
    receipt.dossier = dossier;
    output(receipt);
    FormData slip = formData(FormKind::ControlSlip);
    slip.dossier = dossier;
    output(slip);
}

void CounterController::onIntakeFailed(const QString& requestId, const QString& code,
                                       const QString& message, const QJsonArray& problems)
{
    Q_UNUSED(message);
    if (!m_requests.remove(requestId))
        return;
    QList<Error> list;
    for (const QJsonValue& v : problems) {
        const QJsonObject o = v.toObject();
        list << Error{o.value("code").toString(), o.value("detail").toString(),
                      o.value("field").toString()};
    }
    if (list.isEmpty())
        list << Error{code, message, {}};
    if (m_intake) {
        m_intake->setBusy(false);
        m_intake->showProblems(list);
    }
}

Dossier CounterController::counterDossier(const IntakeRequest& request, const QDateTime& at) const
{
    const auto procedure =
        m_workstation->store().procedure(request.procedureCode, vntime::civilDate(at));
    Dossier d =
        IntakeBuilder::build(request, procedure.value_or(Procedure{}), m_clerk.agencyId, QString());
    d.receivedAt = at;
    return d;
}

void CounterController::onGuide(const IntakeRequest& request, const QString& reasons)
{
    const QDateTime at = outcomeInstant();
    const Dossier d = counterDossier(request, at);
    QJsonArray missing;
    for (const ReceivedComponent& c : d.components) {
        if (!c.received || !c.note.isEmpty())
            missing.append(QJsonObject{{"name", c.name}, {"note", c.note}});
    }
    FormData f = formData(FormKind::Supplement);
    f.dossier = d;
    f.reason = reasons;
    f.printedAt = at;
    // The citizen's ID number stays on the form only: the record needs no more than the name.
    const QString id = m_workstation->recordCounterOutcome(
        QStringLiteral("guide"), QJsonObject{{"procedureCode", request.procedureCode},
                                             {"applicant", request.owner.fullName},
                                             {"reason", reasons},
                                             {"papers", missing},
                                             {"at", codec::dateTimeToJson(at)}});
    m_outcomes.insert(id, {f, tr("Guidance recorded for %1; the supplement request (form 02) "
                                 "lists %n paper(s).",
                                 nullptr, int(missing.size()))
                                  .arg(request.owner.fullName)});
    if (m_intake)
        m_intake->setBusy(true);
}

void CounterController::onRefuse(const IntakeRequest& request, const QString& reason)
{
    const QDateTime at = outcomeInstant();
    FormData f = formData(FormKind::Refusal);
    f.dossier = counterDossier(request, at);
    f.reason = reason;
    f.printedAt = at;
    const QString id = m_workstation->recordCounterOutcome(
        QStringLiteral("refuse"), QJsonObject{{"procedureCode", request.procedureCode},
                                              {"applicant", request.owner.fullName},
                                              {"reason", reason},
                                              {"at", codec::dateTimeToJson(at)}});
    m_outcomes.insert(id, {f, tr("Refusal recorded for %1; the refusal slip (form 03) was "
                                 "printed.")
                                  .arg(request.owner.fullName)});
    if (m_intake)
        m_intake->setBusy(true);
}

void CounterController::onOutcomeRecorded(const QString& requestId)
{
    // On disk now (and on its way to the server): the form goes out and the intake is cleared.
    const auto it = m_outcomes.find(requestId);
    if (it == m_outcomes.end())
        return;
    const PendingOutcome pending = it.value();
    m_outcomes.erase(it);
    if (m_intake)
        m_intake->setBusy(false);
    output(pending.form);
    if (m_intake)
        m_intake->showRecorded(pending.confirmation);
}

void CounterController::onOutcomeFailed(const QString& requestId, const QString& code,
                                        const QString& message)
{
    if (!m_outcomes.remove(requestId))
        return;
    if (m_intake) {
        m_intake->setBusy(false);
        // The page words the code (nobody logged in, the disk, …); the message is for logs.
        m_intake->showProblems({Error{code, message, {}}});
    }
}

void CounterController::printForm(FormKind kind, const QString& dossierCode)
{
    const auto dossier = m_workstation->store().dossier(dossierCode);
    if (!dossier) {
        emit message(tr("Dossier %1 is not on this workstation.").arg(dossierCode), true);
        return;
    }
    // A reprinted receipt is signed by the officer who accepted the dossier.
    const FormDataFactory factory(m_workstation->store());
    if (kind == FormKind::Supplement) {
        printSupplementRequest(*dossier);
        return;
    }
    const User signer = kind == FormKind::Receipt ? factory.receivingOfficer(*dossier) : m_clerk;
    output(factory.forDossier(kind, *dossier, signer.username.isEmpty() ? m_clerk : signer));
}

void CounterController::printSupplementRequest(const Dossier& dossier)
{
    // Only a supplement asked for during processing has a form to reprint; a guidance at intake
    // is printed when it is given (onGuide).
    const bool asked = std::any_of(dossier.pauses.cbegin(), dossier.pauses.cend(),
                                   [](const Pause& p) { return p.kind == PauseKind::Supplement; });
    if (!asked) {
        emit message(tr("Dossier %1 has no supplement request to print.").arg(dossier.code), true);
        return;
    }
    output(
        FormDataFactory(m_workstation->store()).forDossier(FormKind::Supplement, dossier, m_clerk));
}

void CounterController::printRegister(const QList<Dossier>& dossiers, const QDate& from,
                                      const QDate& to)
{
    FormData f = formData(FormKind::Register);
    f.dossiers = dossiers;
    f.from = from;
    f.to = to;
    output(f);
}

void CounterController::returnResult(const QString& dossierCode, QWidget* dialogParent)
{
    const auto dossier = m_workstation->store().dossier(dossierCode);
    if (!dossier)
        return;
    ReturnDialog dialog(*dossier, vntime::civilDate(vntime::now()), dialogParent);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_workstation->submitAction(dossierCode, dialog.command());
}

} // namespace motcua::client
