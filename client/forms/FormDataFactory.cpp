#include "forms/FormDataFactory.h"

#include "core/VnTime.h"
#include "core/store/LocalStore.h"

namespace motcua::client {

FormDataFactory::FormDataFactory(const LocalStore& store)
    : m_store(store)
{}

FormData FormDataFactory::make(FormKind kind, const User& clerk, const QString& agencyId) const
{
    FormData f;
    f.kind = kind;
    f.agency = m_store.agency(agencyId).value_or(Agency{});
    if (f.agency.id.isEmpty())
        f.agency.id = agencyId;
    if (!f.agency.parentId.isEmpty()) {
        if (const auto parent = m_store.agency(f.agency.parentId))
            f.parentAgencyName = parent->name.toUpper();
    }
    // The place on the date line ("Lâm Đồng, ngày …"): a site setting, else the agency's name.
    f.placeName = m_store.setting(QStringLiteral("forms/placeName"), f.agency.name).toString();
    f.clerk = clerk;
    for (const User& u : m_store.users())
        f.staffNames.insert(u.username, u.fullName);
    f.registerBook = m_store.setting(QStringLiteral("forms/registerBook")).toString();
    f.printedAt = vntime::now();
    return f;
}

FormData FormDataFactory::forDossier(FormKind kind, const Dossier& dossier, const User& clerk) const
{
    FormData f = make(kind, clerk, dossier.agencyId.isEmpty() ? clerk.agencyId : dossier.agencyId);
    f.dossier = dossier;
    if (kind == FormKind::Supplement)
        fillSupplementRequest(f);
    return f;
}

void FormDataFactory::fillSupplementRequest(FormData& f) const
{
    // Mẫu 02 of a supplement asked for during processing: what the officer listed in the latest
    // supplement pause, signed by that officer, whom the citizen asks when in doubt. The request
    // is "- paper" lines (ActionDialog), then a note: the papers become the form's rows, the note
    // its reason. Without such a pause (guidance at intake) the form lists the intake's problems.
    const Dossier& d = f.dossier;
    const Pause* pause = nullptr;
    for (const Pause& p : d.pauses) {
        if (p.kind == PauseKind::Supplement)
            pause = &p;
    }
    if (!pause)
        return;
    for (const HistoryEntry& h : d.history) {
        if (h.action == name(WorkflowAction::RequestSupplement)) {
            if (const auto u = m_store.user(h.actor))
                f.clerk = *u;
        }
    }
    QStringList note;
    for (const QString& line : pause->reason.split(u'\n')) {
        if (line.startsWith(QLatin1String("- ")) && note.isEmpty())
            f.requestedItems << line.mid(2).trimmed();
        else
            note << line;
    }
    f.reason = note.join(u'\n').trimmed();
    if (f.requestedItems.isEmpty() && f.reason.isEmpty())
        f.reason = pause->reason;
}

User FormDataFactory::receivingOfficer(const Dossier& dossier) const
{
    for (const HistoryEntry& h : dossier.history) {
        if (h.action == name(WorkflowAction::Accept)) {
            if (auto u = m_store.user(h.actor))
                return *u;
            User unknown;
            unknown.username = h.actor;
            unknown.fullName = h.actor;
            return unknown;
        }
    }
    return {};
}

} // namespace motcua::client
