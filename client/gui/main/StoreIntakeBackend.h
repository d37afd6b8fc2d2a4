#pragma once

#include "gui/intake/IntakeBackend.h"

namespace motcua::client {

class Workstation;

// The intake screen's data on the workstation's local store: the synced catalogue and calendar,
// the clerk's recent procedures, and the draft autosaved under the clerk's own key (two clerks
// sharing a workstation never see each other's half-typed intake).
class StoreIntakeBackend : public IntakeBackend {
public:
    StoreIntakeBackend(Workstation* workstation, QString username);

    QList<Procedure> procedures() const override;
    QList<Field> fields() const override;
    QStringList recentProcedures() const override;
    void procedureUsed(const QString& code) override;
    WorkingCalendar calendar() const override;
    QDateTime now() const override;
    bool saveDraft(const QByteArray& json) override;
    std::optional<QByteArray> draft() const override;
    void clearDraft() override;
    std::optional<FormFile> formFile(const QString& sha256) const override;
    std::optional<QString> formType(const QString& sha256) const override;

private:
    Workstation* m_workstation;
    QString m_draftKey;
};

} // namespace motcua::client
