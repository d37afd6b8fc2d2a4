#include "gui/dossier/DossierText.h"

#include "core/VnTime.h"
#include "text/TaxCode.h"

#include <QLocale>

namespace motcua::client {

QString DossierText::status(DossierStatus s)
{
    switch (s) {
    case DossierStatus::Registered:
        return tr("Newly registered");
    case DossierStatus::Accepted:
        return tr("Accepted");
    case DossierStatus::NotAccepted:
        return tr("Not accepted");
    case DossierStatus::InProgress:
        return tr("In progress");
    case DossierStatus::SupplementRequested:
        return tr("Supplement requested");
    case DossierStatus::FinancialObligation:
        return tr("Awaiting financial obligation");
    case DossierStatus::Withdrawn:
        return tr("Withdrawn by the applicant");
    case DossierStatus::Stopped:
        return tr("Processing stopped");
    case DossierStatus::Finished:
        return tr("Result ready to return");
    case DossierStatus::Returned:
        return tr("Result returned");
    }
    return {};
}

QString DossierText::action(const QString& wireName)
{
    const auto a = parseEnum<WorkflowAction>(wireName);
    if (!a) {
        if (wireName == QLatin1String("register"))
            return tr("Registered");
        if (wireName == QLatin1String("moveProcess"))
            return tr("Moved to another process");
        return wireName;
    }
    switch (*a) {
    case WorkflowAction::Accept:
        return tr("Accepted at the counter");
    case WorkflowAction::GuideToComplete:
        return tr("Guided to complete the dossier");
    case WorkflowAction::Refuse:
        return tr("Refused");
    case WorkflowAction::Forward:
        return tr("Forwarded");
    case WorkflowAction::Reassign:
        return tr("Reassigned");
    case WorkflowAction::ReturnToPrevious:
        return tr("Returned to the previous step");
    case WorkflowAction::Transfer:
        return tr("Transferred");
    case WorkflowAction::RequestSupplement:
        return tr("Supplement requested");
    case WorkflowAction::ReceiveSupplement:
        return tr("Supplement received");
    case WorkflowAction::RequestFinancialObligation:
        return tr("Financial obligation requested");
    case WorkflowAction::ResumeAfterFinancialObligation:
        return tr("Resumed after the financial obligation");
    case WorkflowAction::Stop:
        return tr("Processing stopped");
    case WorkflowAction::Approve:
        return tr("Approved");
    case WorkflowAction::MarkResultReady:
        return tr("Result ready");
    case WorkflowAction::ReturnResult:
        return tr("Result returned");
    case WorkflowAction::Withdraw:
        return tr("Withdrawn");
    case WorkflowAction::Comment:
        return tr("Comment");
    case WorkflowAction::ProposeApology:
        return tr("New appointment proposed (apology)");
    case WorkflowAction::ApproveApology:
        return tr("New appointment approved (apology)");
    }
    return wireName;
}

QString DossierText::timeliness(Timeliness t)
{
    switch (t) {
    case Timeliness::Early:
        return tr("Early");
    case Timeliness::OnTime:
        return tr("On time");
    case Timeliness::Late:
        return tr("Late");
    }
    return {};
}

QString DossierText::channel(Channel c)
{
    switch (c) {
    case Channel::Direct:
        return tr("In person");
    case Channel::Online:
        return tr("Online");
    case Channel::Post:
        return tr("By post");
    }
    return {};
}

QString DossierText::applicantType(ApplicantType t)
{
    switch (t) {
    case ApplicantType::Citizen:
        return tr("Citizen");
    case ApplicantType::Business:
        return tr("Business");
    case ApplicantType::Agency:
        return tr("State agency");
    case ApplicantType::Organisation:
        return tr("Other organisation");
    }
    return {};
}

QString DossierText::feeCollection(FeeCollection c)
{
    switch (c) {
    case FeeCollection::None:
        return tr("No fee");
    case FeeCollection::AtIntake:
        return tr("Collected at intake");
    case FeeCollection::AtReturn:
        return tr("Collected at return");
    case FeeCollection::Exempt:
        return tr("Exempt");
    }
    return {};
}

QString DossierText::paymentMethod(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::None:
        return {};
    case PaymentMethod::Cash:
        return tr("Cash");
    case PaymentMethod::Transfer:
        return tr("Bank transfer");
    }
    return {};
}

QString DossierText::date(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    return date(vntime::civilDate(instant));
}

QString DossierText::date(const QDate& day)
{
    return day.isValid() ? day.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

QString DossierText::dateTime(const QDateTime& instant)
{
    if (!instant.isValid())
        return {};
    return vntime::toVietnam(instant).toString(QStringLiteral("HH:mm dd/MM/yyyy"));
}

QString DossierText::money(qint64 amountVnd)
{
    // Grouping follows Vietnamese usage (dots) in both languages' source; the unit is translated.
    return tr("%1 VND").arg(QLocale(QLocale::Vietnamese, QLocale::Vietnam).toString(amountVnd));
}

QString DossierText::duration(int value, DurationUnit unit)
{
    switch (unit) {
    case DurationUnit::WorkingHours:
        return tr("%n working hour(s)", nullptr, value);
    case DurationUnit::CalendarDays:
        return tr("%n day(s)", nullptr, value);
    case DurationUnit::WorkingDays:
        break;
    }
    return tr("%n working day(s)", nullptr, value);
}

QString DossierText::person(const Person& p)
{
    QStringList parts;
    if (!p.fullName.isEmpty())
        parts << p.fullName;
    if (!p.idNumber.isEmpty())
        parts << idNumber(p.idNumber);
    if (!p.phone.isEmpty())
        parts << p.phone;
    if (!p.address.isEmpty())
        parts << p.address;
    return parts.join(QStringLiteral(" — "));
}

QString DossierText::idNumber(const QString& number)
{
    // A business or organisation carries its tax code where a person has an ID number.
    if (number.size() != 12 && number.size() != 9 && TaxCode::isValid(number))
        return tr("tax code %1").arg(number);
    return tr("ID %1").arg(number);
}

QString DossierText::personHtml(const Person& p)
{
    QStringList lines;
    if (!p.fullName.isEmpty())
        lines << QStringLiteral("<b>%1</b>").arg(p.fullName.toHtmlEscaped());
    QStringList contact;
    if (!p.idNumber.isEmpty())
        contact << idNumber(p.idNumber).toHtmlEscaped();
    if (!p.phone.isEmpty())
        contact << p.phone.toHtmlEscaped();
    if (!p.email.isEmpty())
        contact << p.email.toHtmlEscaped();
    if (!contact.isEmpty())
        lines << contact.join(QStringLiteral(" · "));
    if (!p.address.isEmpty())
        lines << p.address.toHtmlEscaped();
    return lines.join(QStringLiteral("<br>"));
}

QString DossierText::procedure(const Dossier& d)
{
    const QString name = d.procedureCode.isEmpty()
                             ? d.procedureName
                             : tr("%1 (procedure %2)").arg(d.procedureName, d.procedureCode);
    return d.caseName.isEmpty() ? name : tr("%1 — case: %2").arg(name, d.caseName);
}

} // namespace motcua::client
