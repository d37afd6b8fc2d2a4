#include "workflow/IntakeBuilder.h"

#include "text/CitizenId.h"
#include "text/PhoneNumber.h"
#include "text/TaxCode.h"

#include <QSet>

namespace motcua {
namespace {

void checkPerson(const Person& person, const QString& path, ApplicantType type, bool required,
                 const QDate& today, QList<Error>& errors)
{
    if (person.isEmpty() && !required)
        return;
    if (person.fullName.trimmed().isEmpty())
        errors << Error{QStringLiteral("intake.name_required"),
                        QStringLiteral("a full name is required"),
                        path + QStringLiteral(".fullName")};
    if (person.idNumber.isEmpty()) {
        if (required)
            errors << Error{QStringLiteral("intake.id_required"),
                            QStringLiteral("an ID number (or tax code) is required"),
                            path + QStringLiteral(".idNumber")};
    } else {
        // An organisation's owner is identified by its tax code; a person by CCCD or old CMND.
        const bool organisation = path == QStringLiteral("owner") && type != ApplicantType::Citizen;
        Status s = organisation ? (TaxCode::isValid(person.idNumber)
                                       ? success()
                                       : Status(TaxCode::parse(person.idNumber).error()))
                                : CitizenId::validatePersonalId(person.idNumber, today);
        if (!s)
            errors << Error{s.error().code, s.error().message, path + QStringLiteral(".idNumber")};
    }
    if (!person.phone.isEmpty()) {
        if (auto p = PhoneNumber::normalise(person.phone); !p)
            errors << Error{p.error().code, p.error().message, path + QStringLiteral(".phone")};
    }
}

QString normalisedPhone(const QString& phone)
{
    auto p = PhoneNumber::normalise(phone);
    return p ? *p : phone;
}

} // namespace

QList<Error> IntakeBuilder::validate(const IntakeRequest& r, const Procedure& procedure,
                                     const QDate& today)
{
    QList<Error> errors;
    checkPerson(r.owner, QStringLiteral("owner"), r.applicantType, true, today, errors);
    checkPerson(r.submitter, QStringLiteral("submitter"), r.applicantType, false, today, errors);
    checkPerson(r.representative, QStringLiteral("representative"), r.applicantType, false, today,
                errors);

    // The case decides which papers belong: a request naming no case (0) is received under the
    // first one, as a client before API 1.4 showed it.
    const std::optional<ProcedureCase> chosen = procedure.caseFor(r.caseId);
    if (!chosen) {
        errors << Error{
            QStringLiteral("intake.unknown_case"),
            QStringLiteral("procedure %1 has no case %2").arg(procedure.nationalCode).arg(r.caseId),
            QStringLiteral("caseId")};
        return errors;
    }
    QSet<int> seen;
    for (int i = 0; i < r.components.size(); ++i) {
        const IntakeComponent& c = r.components.at(i);
        const QString path = QStringLiteral("components[%1].componentId").arg(i);
        if (!chosen->component(c.componentId))
            errors << Error{QStringLiteral("intake.unknown_component"),
                            QStringLiteral("procedure %1 has no component %2")
                                .arg(procedure.nationalCode)
                                .arg(c.componentId),
                            path};
        else if (seen.contains(c.componentId))
            errors << Error{QStringLiteral("intake.duplicate_component"),
                            QStringLiteral("component %1 is listed twice").arg(c.componentId),
                            path};
        seen.insert(c.componentId);
    }
    // Never accept a dossier missing a required paper: the counter guides the citizen instead
    // (Mẫu 02), listing everything that is missing at once.
    for (const ComponentRequirement& req : chosen->components) {
        if (!req.mandatory)
            continue;
        const auto it =
            std::find_if(r.components.begin(), r.components.end(),
                         [&](const IntakeComponent& c) { return c.componentId == req.id; });
        const bool received =
            it != r.components.end() && it->originals + it->certifiedCopies + it->photocopies > 0;
        if (!received) {
            errors << Error{QStringLiteral("intake.missing_component"),
                            QStringLiteral("required component %1 \"%2\" was not received")
                                .arg(req.id)
                                .arg(req.name),
                            QStringLiteral("components")};
        }
    }
    return errors;
}

Dossier IntakeBuilder::build(const IntakeRequest& r, const Procedure& procedure,
                             const QString& agencyId, const QString& code)
{
    Dossier d;
    d.code = code;
    d.agencyId = agencyId;
    d.procedureCode = procedure.nationalCode;
    d.procedureVersion = procedure.version;
    d.procedureName = procedure.name;
    // validate() refused an unknown case; build() is never called after a refusal.
    const ProcedureCase chosen = procedure.caseFor(r.caseId).value_or(procedure.caseList().first());
    d.caseId = chosen.id;
    d.caseName = chosen.name;
    // A case answered at once has no appointment of its own: zero working days makes the result
    // due by the end of the day it counts from, and the receipt says "within the day".
    d.statutoryTime = chosen.needsAppointment ? chosen.timeFor(r.channel) : Duration{};
    d.workflow = chosen.workflow;
    d.channel = r.channel;
    d.applicantType = r.applicantType;
    d.owner = r.owner;
    d.owner.phone = normalisedPhone(r.owner.phone);
    d.submitter = r.submitter.isEmpty() ? d.owner : r.submitter;
    d.submitter.phone = normalisedPhone(d.submitter.phone);
    d.representative = r.representative;
    d.representative.phone = normalisedPhone(r.representative.phone);
    d.sets = r.sets;
    for (const ComponentRequirement& req : chosen.components) {
        ReceivedComponent rc;
        rc.componentId = req.id;
        rc.name = req.name;
        for (const IntakeComponent& c : r.components) {
            if (c.componentId == req.id) {
                rc.originals = c.originals;
                rc.certifiedCopies = c.certifiedCopies;
                rc.photocopies = c.photocopies;
                rc.note = c.note;
                rc.received = c.originals + c.certifiedCopies + c.photocopies > 0;
            }
        }
        d.components.append(rc);
    }
    for (const Fee& f : chosen.feesFor(r.channel))
        d.fees.append(FeeLine{f.name, f.amountVnd, f.collection, PaymentMethod::None, QString(),
                              QDateTime()});
    d.status = DossierStatus::Registered;
    d.currentStepId =
        chosen.workflow.steps.isEmpty() ? QString() : chosen.workflow.steps.first().id;
    return d;
}

} // namespace motcua
