#include "gui/main/StoreIntakeBackend.h"

#include "core/VnTime.h"
#include "core/store/LocalStore.h"
#include "core/store/StoreWriter.h"
#include "core/sync/Workstation.h"

namespace motcua::client {

StoreIntakeBackend::StoreIntakeBackend(Workstation* workstation, QString username)
    : m_workstation(workstation)
    , m_draftKey(QStringLiteral("intake/") + username)
{}

QList<Procedure> StoreIntakeBackend::procedures() const
{
    return m_workstation->store().procedures();
}

QList<Field> StoreIntakeBackend::fields() const
{
    return m_workstation->store().fields();
}

QStringList StoreIntakeBackend::recentProcedures() const
{
    return m_workstation->store().recentProcedures(8);
}

void StoreIntakeBackend::procedureUsed(const QString& code)
{
    m_workstation->writer().write([code](LocalStore& s) { return s.touchProcedure(code); });
}

WorkingCalendar StoreIntakeBackend::calendar() const
{
    return m_workstation->calendar();
}

std::optional<IntakeBackend::FormFile> StoreIntakeBackend::formFile(const QString& sha256) const
{
    auto f = m_workstation->store().formFile(sha256);
    if (!f)
        return std::nullopt;
    return FormFile{f->mime, f->bytes};
}

std::optional<QString> StoreIntakeBackend::formType(const QString& sha256) const
{
    return m_workstation->store().formFileMime(sha256);
}

QDateTime StoreIntakeBackend::now() const
{
    return vntime::now();
}

bool StoreIntakeBackend::saveDraft(const QByteArray& json)
{
    m_workstation->saveDraft(m_draftKey, json);
    return true;
}

std::optional<QByteArray> StoreIntakeBackend::draft() const
{
    return m_workstation->store().draft(m_draftKey);
}

void StoreIntakeBackend::clearDraft()
{
    m_workstation->removeDraft(m_draftKey);
}

} // namespace motcua::client
