#include "gui/process/ActionCatalog.h"

#include "core/api/ProblemText.h"

namespace motcua::client {

QList<WorkflowAction> ActionCatalog::displayOrder()
{
    using A = WorkflowAction;
    return {A::Forward,
            A::Approve,
            A::MarkResultReady,
            A::ReturnResult,
            A::ReceiveSupplement,
            A::ResumeAfterFinancialObligation,
            A::RequestSupplement,
            A::RequestFinancialObligation,
            A::ReturnToPrevious,
            A::Reassign,
            A::Transfer,
            A::Comment,
            A::ProposeApology,
            A::ApproveApology,
            A::Stop,
            A::Refuse,
            A::Withdraw};
}

QString ActionCatalog::label(WorkflowAction action)
{
    using A = WorkflowAction;
    switch (action) {
    case A::Accept:
        return tr("Accept…");
    case A::GuideToComplete:
        return tr("Guide to complete…");
    case A::Refuse:
        return tr("Refuse…");
    case A::Forward:
        return tr("Forward…");
    case A::Reassign:
        return tr("Reassign…");
    case A::ReturnToPrevious:
        return tr("Return to previous step…");
    case A::Transfer:
        return tr("Transfer…");
    case A::RequestSupplement:
        return tr("Request supplement…");
    case A::ReceiveSupplement:
        return tr("Supplement received…");
    case A::RequestFinancialObligation:
        return tr("Request financial obligation…");
    case A::ResumeAfterFinancialObligation:
        return tr("Obligation settled, resume…");
    case A::Stop:
        return tr("Stop processing…");
    case A::Approve:
        return tr("Approve / sign…");
    case A::MarkResultReady:
        return tr("Result ready…");
    case A::ReturnResult:
        return tr("Return result…");
    case A::Withdraw:
        return tr("Withdraw…");
    case A::Comment:
        return tr("Comment…");
    case A::ProposeApology:
        return tr("Propose apology…");
    case A::ApproveApology:
        return tr("Approve apology…");
    }
    return name(action);
}

QString ActionCatalog::hint(WorkflowAction action)
{
    using A = WorkflowAction;
    switch (action) {
    case A::Forward:
        return tr("Hand the dossier over to the next step, optionally to a named officer");
    case A::Reassign:
        return tr("Give the current step to another officer of the unit");
    case A::ReturnToPrevious:
        return tr("Send the dossier back one step, with the reason");
    case A::Transfer:
        return tr("Move the dossier to another unit or agency");
    case A::RequestSupplement:
        return tr("Ask the applicant for missing papers (form 02); the deadline clock stops");
    case A::ReceiveSupplement:
        return tr("The applicant brought the missing papers; the deadline clock restarts");
    case A::RequestFinancialObligation:
        return tr("Wait for fees or taxes to be paid; the deadline clock stops");
    case A::ResumeAfterFinancialObligation:
        return tr("Fees or taxes are paid; the deadline clock restarts");
    case A::Stop:
        return tr("End processing without a result, with the reason");
    case A::Approve:
        return tr("Approve or sign the result");
    case A::Refuse:
        return tr("Refuse the application, with the reason");
    case A::MarkResultReady:
        return tr("Record the result document; the dossier is ready to return");
    case A::ReturnResult:
        return tr("Hand the result to the applicant at the counter");
    case A::Withdraw:
        return tr("The applicant withdraws the application");
    case A::Comment:
        return tr("Write an opinion on the current step; nothing else changes");
    case A::ProposeApology:
        return tr("Propose a new appointment with the reason (form 04), before the dossier is "
                  "late");
    case A::ApproveApology:
        return tr("Approve the proposed new appointment (form 04)");
    default:
        return {};
    }
}

QString ActionCatalog::dialogTitle(WorkflowAction action)
{
    QString text = label(action);
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QString ActionCatalog::objectName(WorkflowAction action)
{
    return QStringLiteral("action_") + name(action);
}

bool ActionCatalog::relevant(WorkflowAction action, const QList<Role>& roles)
{
    using A = WorkflowAction;
    const bool counter = roles.contains(Role::Receptionist);
    const bool specialist = roles.contains(Role::Specialist);
    const bool leader = roles.contains(Role::Leader);
    switch (action) {
    case A::Accept:
    case A::GuideToComplete:
        return false; // the intake page's
    case A::ReceiveSupplement:
    case A::ResumeAfterFinancialObligation:
    case A::ReturnResult:
    case A::Withdraw:
        return counter;
    case A::Forward:
    case A::ReturnToPrevious:
    case A::Transfer:
    case A::RequestSupplement:
    case A::RequestFinancialObligation:
    case A::MarkResultReady:
    case A::ProposeApology:
        return specialist || leader;
    case A::Reassign:
    case A::Stop:
    case A::Approve:
    case A::Refuse:
    case A::ApproveApology:
        return leader;
    case A::Comment:
        return counter || specialist || leader;
    }
    return false;
}

bool ActionCatalog::hiddenWhenRefused(WorkflowAction action, const Error& refusal)
{
    Q_UNUSED(action);
    const QString& code = refusal.code;
    return code == QLatin1String("workflow.wrong_status") ||
           code == QLatin1String("workflow.terminal_state") ||
           code == QLatin1String("workflow.no_pending_apology") ||
           code == QLatin1String("workflow.wrong_step") ||
           code == QLatin1String("workflow.no_next_step") ||
           code == QLatin1String("workflow.no_previous_step") ||
           code == QLatin1String("workflow.invalid_definition");
}

bool ActionCatalog::needsReason(WorkflowAction action)
{
    using A = WorkflowAction;
    switch (action) {
    case A::GuideToComplete:
    case A::Refuse:
    case A::ReturnToPrevious:
    case A::Transfer:
    case A::RequestSupplement:
    case A::RequestFinancialObligation:
    case A::Stop:
    case A::Comment:
    case A::ProposeApology:
    case A::Withdraw: // the engine does not insist; the counter writes down why, for the file
        return true;
    default:
        return false;
    }
}

QString ActionCatalog::refusalText(const Error& refusal)
{
    return ProblemText::message(refusal.code);
}

} // namespace motcua::client
