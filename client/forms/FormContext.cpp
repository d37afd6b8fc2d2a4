#include "forms/FormContext.h"

#include "core/VnTime.h"
#include "core/batch/SeparatorCode.h"

#include <algorithm>

#include <QLocale>
#include <QUrl>

namespace motcua::client {
namespace {

QString dmy(const QDate& d)
{
    return d.isValid() ? d.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

// An instant as the Vietnamese civil clock shows it, in the pieces forms need:
// "16 giờ 00, ngày 25/11/2026" is written in the template as
// "{{x.hour}} giờ {{x.minute}}, ngày {{x.date}}". Empty strings for a null instant.
QVariantMap instant(const QDateTime& at)
{
    if (!at.isValid()) {
        return {{QStringLiteral("date"), QString()}, {QStringLiteral("time"), QString()},
                {QStringLiteral("hour"), QString()}, {QStringLiteral("minute"), QString()},
                {QStringLiteral("day"), QString()},  {QStringLiteral("month"), QString()},
                {QStringLiteral("year"), QString()}};
    }
    const QDate d = vntime::civilDate(at);
    const QTime t = vntime::civilTime(at);
    return {{QStringLiteral("date"), dmy(d)},
            {QStringLiteral("time"), t.toString(QStringLiteral("HH:mm"))},
            {QStringLiteral("hour"), t.toString(QStringLiteral("HH"))},
            {QStringLiteral("minute"), t.toString(QStringLiteral("mm"))},
            {QStringLiteral("day"), d.toString(QStringLiteral("dd"))},
            {QStringLiteral("month"), d.toString(QStringLiteral("MM"))},
            {QStringLiteral("year"), d.toString(QStringLiteral("yyyy"))}};
}

QVariantMap person(const Person& p)
{
    return {{QStringLiteral("fullName"), p.fullName},
            {QStringLiteral("idNumber"), p.idNumber},
            {QStringLiteral("birthDate"), dmy(p.birthDate)},
            {QStringLiteral("phone"), p.phone},
            {QStringLiteral("email"), p.email},
            {QStringLiteral("address"), p.address},
            {QStringLiteral("present"), !p.isEmpty()}};
}

// 1234567 → "1.234.567" (Vietnamese grouping, whatever the machine's locale).
QString amount(qint64 vnd)
{
    QString digits = QString::number(vnd < 0 ? -vnd : vnd);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, u'.');
    return vnd < 0 ? QStringLiteral("-") + digits : digits;
}

QString count(int n)
{
    return n > 0 ? QString::number(n) : QString();
}

QString staffName(const FormData& data, const QString& username)
{
    if (username.isEmpty())
        return {};
    const auto it = data.staffNames.constFind(username);
    return it == data.staffNames.constEnd() || it->isEmpty() ? username : *it;
}

QString stepUnit(const Dossier& d, const QString& stepId)
{
    const WorkflowStep* s = d.workflow.step(stepId);
    return s ? s->unit : QString();
}

QString stepName(const Dossier& d, const QString& stepId)
{
    const WorkflowStep* s = d.workflow.step(stepId);
    return s ? s->name : QString();
}

void putTimeliness(QVariantMap& m, std::optional<Timeliness> t)
{
    m.insert(QStringLiteral("early"), t == Timeliness::Early);
    m.insert(QStringLiteral("onTime"), t == Timeliness::OnTime);
    m.insert(QStringLiteral("late"), t == Timeliness::Late);
    m.insert(QStringLiteral("hasResult"), t.has_value());
}

const HistoryEntry* lastEntry(const Dossier& d, WorkflowAction action)
{
    const QString wire = name(action);
    for (qsizetype i = d.history.size() - 1; i >= 0; --i) {
        if (d.history.at(i).action == wire)
            return &d.history.at(i);
    }
    return nullptr;
}

// Who received the dossier at the counter: the clerk who accepted it, or else registered it.
QString receivingOfficer(const FormData& data, const Dossier& d)
{
    if (const HistoryEntry* h = lastEntry(d, WorkflowAction::Accept))
        return staffName(data, h->actor);
    if (!d.history.isEmpty())
        return staffName(data, d.history.first().actor);
    return {};
}

// Late at day level against the appointment (the national indices' rule), or forced late.
bool isLate(const Dossier& d, const QDate& today)
{
    if (d.countedLate)
        return true;
    if (!d.appointmentAt.isValid())
        return false;
    const QDate due = vntime::civilDate(d.appointmentAt);
    if (d.finishedAt.isValid())
        return vntime::civilDate(d.finishedAt) > due;
    return !isTerminal(d.status) && today > due;
}

enum class Rows { All, Problems, Received };

QVariantList components(const Dossier& d, Rows which)
{
    QVariantList rows;
    int no = 0;
    for (const ReceivedComponent& c : d.components) {
        const bool problem = !c.received || !c.note.trimmed().isEmpty();
        if ((which == Rows::Problems && !problem) || (which == Rows::Received && !c.received))
            continue;
        rows.append(QVariantMap{
            {QStringLiteral("no"), QString::number(++no)},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("originals"), count(c.originals)},
            {QStringLiteral("certifiedCopies"), count(c.certifiedCopies)},
            {QStringLiteral("photocopies"), count(c.photocopies)},
            {QStringLiteral("received"), c.received},
            {QStringLiteral("missing"), !c.received},
            {QStringLiteral("requested"), false}, // Mẫu 02 rows of an officer's request
            {QStringLiteral("note"), c.note},
            {QStringLiteral("digitised"), c.digitised},
            {QStringLiteral("reused"), c.reused},
        });
    }
    return rows;
}

QVariantList fees(const Dossier& d, qint64* total)
{
    QVariantList rows;
    *total = 0;
    for (const FeeLine& f : d.fees) {
        *total += f.amountVnd;
        rows.append(QVariantMap{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("amount"), amount(f.amountVnd)},
            {QStringLiteral("atIntake"), f.collection == FeeCollection::AtIntake},
            {QStringLiteral("atReturn"), f.collection == FeeCollection::AtReturn},
            {QStringLiteral("exempt"), f.collection == FeeCollection::Exempt},
            {QStringLiteral("paid"), f.isPaid()},
            {QStringLiteral("cash"), f.method == PaymentMethod::Cash},
            {QStringLiteral("transfer"), f.method == PaymentMethod::Transfer},
            {QStringLiteral("receiptNumber"), f.receiptNumber},
            {QStringLiteral("last"), rows.size() + 1 == d.fees.size()},
        });
    }
    return rows;
}

void processingUnits(QVariantMap& ctx, const Dossier& d);

// `rows` and `pages`: the renderer cuts `pages` so that no row straddles two sheets; one page
// holding every row until then.
void putPages(QVariantMap& ctx, const QVariantList& rows)
{
    ctx.insert(QStringLiteral("rows"), rows);
    ctx.insert(QStringLiteral("pages"),
               QVariantList{QVariantMap{{QStringLiteral("rows"), rows},
                                        {QStringLiteral("first"), true},
                                        {QStringLiteral("number"), QStringLiteral("1")}}});
}

// Mẫu 05: one row per hand-over that happened, then blank rows for those still to come, so the
// slip can travel with the paper folder and be completed by hand.
void putHandovers(QVariantMap& ctx, const FormData& data)
{
    const Dossier& d = data.dossier;
    QVariantList done;
    int no = 0;
    for (const HistoryEntry& h : d.history) {
        if (h.fromStep.isEmpty()) // registration: nothing handed over yet
            continue;
        const bool toCitizen = h.action == name(WorkflowAction::ReturnResult);
        const bool handed = h.toStep != h.fromStep || toCitizen ||
                            h.action == name(WorkflowAction::Reassign) ||
                            h.action == name(WorkflowAction::Transfer);
        if (!handed)
            continue;
        QVariantMap row = instant(h.at);
        row.insert(QStringLiteral("no"), QString::number(++no));
        row.insert(QStringLiteral("fromUnit"), stepUnit(d, h.fromStep));
        row.insert(QStringLiteral("toUnit"), toCitizen ? QString() : stepUnit(d, h.toStep));
        row.insert(QStringLiteral("fromStep"), stepName(d, h.fromStep));
        row.insert(QStringLiteral("toStep"), toCitizen ? QString() : stepName(d, h.toStep));
        row.insert(QStringLiteral("toCitizen"), toCitizen);
        row.insert(QStringLiteral("giver"), staffName(data, h.actor));
        row.insert(QStringLiteral("receiver"),
                   toCitizen ? d.returnedTo.fullName : staffName(data, h.toUser));
        row.insert(QStringLiteral("note"), h.comment);
        row.insert(QStringLiteral("returnedToPrevious"),
                   h.action == name(WorkflowAction::ReturnToPrevious));
        putTimeliness(row, h.stepTimeliness);
        done.append(row);
    }

    QVariantList pending;
    const bool over = isTerminal(d.status) || d.status == DossierStatus::NotAccepted;
    if (!over && !d.workflow.steps.isEmpty()) {
        const int current = qMax(0, d.workflow.indexOf(d.currentStepId));
        for (int i = current + 1; i <= int(d.workflow.steps.size()); ++i) {
            const bool toCitizen = i == int(d.workflow.steps.size());
            QVariantMap row = instant({});
            row.insert(QStringLiteral("no"), QString::number(++no));
            row.insert(QStringLiteral("fromUnit"), d.workflow.steps.at(i - 1).unit);
            row.insert(QStringLiteral("fromStep"), d.workflow.steps.at(i - 1).name);
            row.insert(QStringLiteral("toUnit"),
                       toCitizen ? QString() : d.workflow.steps.at(i).unit);
            row.insert(QStringLiteral("toStep"),
                       toCitizen ? QString() : d.workflow.steps.at(i).name);
            row.insert(QStringLiteral("toCitizen"), toCitizen);
            pending.append(row);
        }
    }
    ctx.insert(QStringLiteral("handovers"), done);
    ctx.insert(QStringLiteral("pendingHandovers"), pending);
    processingUnits(ctx, d);
    if (data.kind != FormKind::ControlSlip)
        return;
    // Both, in order, as the rows of the slip's table (the renderer cuts them into pages).
    QVariantList rows;
    for (const QVariant& r : done) {
        QVariantMap m = r.toMap();
        m.insert(QStringLiteral("pending"), false);
        rows.append(m);
    }
    for (const QVariant& r : pending) {
        QVariantMap m = r.toMap();
        m.insert(QStringLiteral("pending"), true);
        m.insert(QStringLiteral("giver"), QString());
        m.insert(QStringLiteral("receiver"), QString());
        m.insert(QStringLiteral("note"), QString());
        m.insert(QStringLiteral("returnedToPrevious"), false);
        putTimeliness(m, std::nullopt);
        rows.append(m);
    }
    putPages(ctx, rows);
}

void processingUnits(QVariantMap& ctx, const Dossier& d)
{
    QStringList units;
    for (const WorkflowStep& s : d.workflow.steps) {
        if (s.kind != StepKind::Intake && s.kind != StepKind::Issue && !s.unit.isEmpty() &&
            !units.contains(s.unit))
            units.append(s.unit);
    }
    if (!d.currentUnit.isEmpty() && !units.contains(d.currentUnit) &&
        d.currentUnit != stepUnit(d, d.currentStepId))
        units.append(d.currentUnit); // transferred elsewhere
    ctx.insert(QStringLiteral("processingUnits"), units.join(QStringLiteral(", ")));
}

void putDossier(QVariantMap& ctx, const FormData& data)
{
    const Dossier& d = data.dossier;
    ctx.insert(QStringLiteral("code"), d.code);
    ctx.insert(QStringLiteral("procedureName"), d.procedureName);
    ctx.insert(QStringLiteral("procedureCode"), d.procedureCode);
    ctx.insert(QStringLiteral("channelDirect"), d.channel == Channel::Direct);
    ctx.insert(QStringLiteral("channelOnline"), d.channel == Channel::Online);
    ctx.insert(QStringLiteral("channelPost"), d.channel == Channel::Post);
    ctx.insert(QStringLiteral("applicantCitizen"), d.applicantType == ApplicantType::Citizen);
    ctx.insert(QStringLiteral("applicantBusiness"), d.applicantType == ApplicantType::Business);
    ctx.insert(QStringLiteral("applicantAgency"), d.applicantType == ApplicantType::Agency);
    ctx.insert(QStringLiteral("applicantOrganisation"),
               d.applicantType == ApplicantType::Organisation);

    // The person at the counter; a dossier built offline may only have an owner.
    const Person& submitter = d.submitter.isEmpty() ? d.owner : d.submitter;
    ctx.insert(QStringLiteral("submitter"), person(submitter));
    ctx.insert(QStringLiteral("owner"), person(d.owner));
    ctx.insert(QStringLiteral("representative"), person(d.representative));
    ctx.insert(QStringLiteral("ownerDiffers"),
               !d.owner.isEmpty() && (d.owner.fullName != submitter.fullName ||
                                      d.owner.idNumber != submitter.idNumber));

    const QVariantList all = components(d, Rows::All);
    ctx.insert(QStringLiteral("components"), all);
    ctx.insert(QStringLiteral("componentCount"), QString::number(all.size()));
    // The receipt lists what the citizen handed in; optional papers not brought are left out.
    ctx.insert(QStringLiteral("receivedComponents"), components(d, Rows::Received));
    QVariantList problems;
    // At intake (a dossier not yet accepted) the problems are the intake's; once accepted every
    // mandatory paper was there, so only what the officer listed is asked for (else the reason).
    if (d.status == DossierStatus::Registered) {
        problems = components(d, Rows::Problems);
    } else {
        for (const QString& item : data.requestedItems)
            problems.append(
                QVariantMap{{QStringLiteral("no"), QString::number(problems.size() + 1)},
                            {QStringLiteral("name"), item},
                            {QStringLiteral("requested"), true}});
    }
    ctx.insert(QStringLiteral("problemComponents"), problems);
    ctx.insert(QStringLiteral("sets"), QString::number(d.sets));

    ctx.insert(QStringLiteral("statutoryValue"), QString::number(d.statutoryTime.value));
    ctx.insert(QStringLiteral("statutoryDays"),
               d.statutoryTime.value > 0 && d.statutoryTime.unit == DurationUnit::WorkingDays);
    ctx.insert(QStringLiteral("statutoryHours"),
               d.statutoryTime.value > 0 && d.statutoryTime.unit == DurationUnit::WorkingHours);
    ctx.insert(QStringLiteral("statutoryCalendarDays"),
               d.statutoryTime.value > 0 && d.statutoryTime.unit == DurationUnit::CalendarDays);
    ctx.insert(QStringLiteral("sameDay"), d.statutoryTime.value == 0);
    ctx.insert(QStringLiteral("caseName"), d.caseName);

    ctx.insert(QStringLiteral("received"), instant(d.receivedAt));
    ctx.insert(QStringLiteral("appointment"), instant(d.appointmentAt));
    ctx.insert(QStringLiteral("returned"), instant(d.returnedAt));

    qint64 total = 0;
    ctx.insert(QStringLiteral("fees"), fees(d, &total));
    ctx.insert(QStringLiteral("hasFees"), !d.fees.isEmpty());
    ctx.insert(QStringLiteral("feeTotal"), total > 0 ? amount(total) : QString());

    ctx.insert(QStringLiteral("registerBook"), data.registerBook);
    ctx.insert(QStringLiteral("registerEntry"), count(data.registerEntry));

    putHandovers(ctx, data);
}

void putRegister(QVariantMap& ctx, const FormData& data, const QDate& today)
{
    QList<const Dossier*> picked;
    for (const Dossier& d : data.dossiers) {
        const QDate day = d.receivedAt.isValid() ? vntime::civilDate(d.receivedAt) : QDate();
        if (data.from.isValid() && (!day.isValid() || day < data.from))
            continue;
        if (data.to.isValid() && (!day.isValid() || day > data.to))
            continue;
        picked.append(&d);
    }
    std::stable_sort(picked.begin(), picked.end(), [](const Dossier* a, const Dossier* b) {
        if (a->receivedAt != b->receivedAt)
            return a->receivedAt < b->receivedAt;
        return a->code < b->code;
    });

    QVariantList rows;
    int no = 0;
    for (const Dossier* d : picked) {
        const HistoryEntry* returned = lastEntry(*d, WorkflowAction::ReturnResult);
        rows.append(QVariantMap{
            {QStringLiteral("no"), QString::number(++no)},
            {QStringLiteral("code"), d->code},
            {QStringLiteral("procedureName"), d->procedureName},
            {QStringLiteral("sets"), QString::number(d->sets)},
            {QStringLiteral("owner"), person(d->owner)},
            {QStringLiteral("received"), instant(d->receivedAt)},
            {QStringLiteral("appointment"), instant(d->appointmentAt)},
            {QStringLiteral("returned"), instant(d->returnedAt)},
            {QStringLiteral("returnedBy"), returned ? staffName(data, returned->actor) : QString()},
            {QStringLiteral("returnedTo"), d->returnedTo.fullName},
            {QStringLiteral("receivedBy"), receivingOfficer(data, *d)},
            {QStringLiteral("late"), isLate(*d, today)},
            {QStringLiteral("refused"), d->refused || d->status == DossierStatus::NotAccepted},
            {QStringLiteral("withdrawn"), d->status == DossierStatus::Withdrawn},
            {QStringLiteral("stopped"), d->status == DossierStatus::Stopped},
            {QStringLiteral("waitingSupplement"), d->status == DossierStatus::SupplementRequested},
        });
    }
    putPages(ctx, rows);
    ctx.insert(QStringLiteral("rowCount"), QString::number(rows.size()));
    ctx.insert(QStringLiteral("from"), dmy(data.from));
    ctx.insert(QStringLiteral("to"), dmy(data.to));
}

// Separator sheets: one per component asked for (every received one by default), each with its
// own QR symbol ("separator-N", encoded by the renderer from `qrSymbols`) holding the code the
// batch split reads.
void putSeparators(QVariantMap& ctx, const FormData& data)
{
    const Dossier& d = data.dossier;
    QList<int> ids = data.componentIds;
    if (ids.isEmpty()) {
        for (const ReceivedComponent& c : d.components) {
            if (c.received)
                ids.append(c.componentId);
        }
    }
    QVariantList sheets;
    QVariantMap symbols;
    for (const int id : ids) {
        int position = 0;
        QString name;
        for (int i = 0; i < d.components.size(); ++i) {
            if (d.components.at(i).componentId == id) {
                position = i + 1;
                name = d.components.at(i).name;
                break;
            }
        }
        const QString symbol = QStringLiteral("separator-%1").arg(sheets.size() + 1);
        const QString text = SeparatorCode{d.code, id}.text();
        symbols.insert(symbol, text);
        sheets.append(QVariantMap{
            {QStringLiteral("no"), QString::number(sheets.size() + 1)},
            {QStringLiteral("first"), sheets.isEmpty()},
            {QStringLiteral("componentNo"), position > 0 ? QString::number(position) : QString()},
            {QStringLiteral("componentName"), name},
            {QStringLiteral("componentId"), QString::number(id)},
            {QStringLiteral("symbol"), symbol},
            {QStringLiteral("qrText"), text},
        });
    }
    const QString total = QString::number(sheets.size());
    for (QVariant& v : sheets) {
        QVariantMap m = v.toMap();
        m.insert(QStringLiteral("sheetCount"), total);
        v = m;
    }
    ctx.insert(QStringLiteral("sheets"), sheets);
    ctx.insert(QStringLiteral("sheetCount"), total);
    if (!d.code.isEmpty())
        ctx.insert(QStringLiteral("qrSymbols"), symbols);
}

// Mẫu 04: the apology given, else the latest approved one, else the latest proposal.
void putApology(QVariantMap& ctx, const FormData& data)
{
    std::optional<Apology> a = data.apology;
    const QList<Apology>& all = data.dossier.apologies;
    for (qsizetype i = all.size() - 1; i >= 0 && !a; --i) {
        if (!all.at(i).isPending())
            a = all.at(i);
    }
    if (!a && !all.isEmpty())
        a = all.last();
    const Apology shown = a.value_or(Apology{});
    ctx.insert(QStringLiteral("apology"),
               QVariantMap{
                   {QStringLiteral("present"), a.has_value()},
                   {QStringLiteral("approved"), a.has_value() && !shown.isPending()},
                   {QStringLiteral("reason"), shown.reason.trimmed()},
                   {QStringLiteral("proposedBy"), staffName(data, shown.proposedBy)},
                   {QStringLiteral("approvedBy"), staffName(data, shown.approvedBy)},
                   {QStringLiteral("previousAppointment"), instant(shown.previousAppointment)},
                   {QStringLiteral("newAppointment"), instant(shown.newAppointment)},
                   {QStringLiteral("approvedAt"), instant(shown.approvedAt)},
               });
    ctx.insert(QStringLiteral("apologyNumber"), data.apologyNumber);
}

} // namespace

QString lookupUrl(const QString& base, const QString& code)
{
    const QString b = base.trimmed();
    if (b.isEmpty())
        return code;
    const QString encoded = QString::fromLatin1(QUrl::toPercentEncoding(code));
    if (b.contains(QLatin1String("{code}"))) {
        QString out = b;
        return out.replace(QLatin1String("{code}"), encoded);
    }
    return b + encoded;
}

QVariantMap buildFormContext(const FormData& data, const QString& lookupUrlBase,
                             const QDateTime& now)
{
    QVariantMap ctx;
    const QDateTime printed = data.printedAt.isValid() ? data.printedAt : now;
    const QVariantMap printedParts = instant(printed);
    ctx.insert(QStringLiteral("printed"), printedParts);
    const QLocale vi(QLocale::Vietnamese, QLocale::Vietnam);
    ctx.insert(QStringLiteral("agencyId"), data.agency.id);
    ctx.insert(QStringLiteral("agencyName"), data.agency.name);
    ctx.insert(QStringLiteral("agencyNameUpper"), vi.toUpper(data.agency.name));
    ctx.insert(QStringLiteral("agencyAddress"), data.agency.address);
    ctx.insert(QStringLiteral("agencyPhone"), data.agency.phone);
    ctx.insert(QStringLiteral("parentAgencyName"), data.parentAgencyName);
    ctx.insert(QStringLiteral("parentAgencyNameUpper"), vi.toUpper(data.parentAgencyName));
    ctx.insert(QStringLiteral("placeName"), data.placeName);
    ctx.insert(QStringLiteral("clerk"),
               QVariantMap{{QStringLiteral("fullName"), data.clerk.fullName},
                           {QStringLiteral("unit"), data.clerk.unit},
                           {QStringLiteral("phone"), data.clerk.phone},
                           {QStringLiteral("email"), data.clerk.email}});
    ctx.insert(QStringLiteral("reason"), data.reason.trimmed());

    if (data.kind == FormKind::Register) {
        putRegister(ctx, data, vntime::civilDate(printed));
        ctx.insert(QStringLiteral("registerBook"), data.registerBook);
        ctx.insert(QStringLiteral("code"), QString());
    } else {
        putDossier(ctx, data);
        if (data.kind == FormKind::Separator)
            putSeparators(ctx, data);
        if (data.kind == FormKind::Apology)
            putApology(ctx, data);
    }
    const QString code = ctx.value(QStringLiteral("code")).toString();
    ctx.insert(QStringLiteral("lookupUrl"),
               code.isEmpty() ? QString() : lookupUrl(lookupUrlBase, code));
    return ctx;
}

} // namespace motcua::client
