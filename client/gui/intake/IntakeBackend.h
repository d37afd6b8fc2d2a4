#pragma once

#include "calendar/WorkingCalendar.h"
#include "domain/Field.h"
#include "domain/Procedure.h"

#include <optional>

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace motcua::client {

// What the intake screen reads and keeps while the clerk works: the catalogue, the calendar for
// the live appointment, the clock, and the autosaved draft. The application backs it with the
// local store (gui/main/StoreIntakeBackend); tests back it with plain data and a fixed clock.
class IntakeBackend {
public:
    virtual ~IntakeBackend() = default;
    virtual QList<Procedure> procedures() const = 0;
    virtual QList<Field> fields() const = 0;
    virtual QStringList recentProcedures() const = 0;
    virtual void procedureUsed(const QString& code) = 0;
    virtual WorkingCalendar calendar() const = 0;
    virtual QDateTime now() const = 0;
    // The draft is what survives a crash. The application queues it for its store-writer thread
    // (on disk a moment later, in order with clearDraft) so that typing never waits for the
    // disk, and so cannot say whether it got there: true once handed over (a write that fails
    // later is logged by the writer); false only from a backend that refuses it at once.
    virtual bool saveDraft(const QByteArray& json) = 0;
    virtual std::optional<QByteArray> draft() const = 0;
    virtual void clearDraft() = 0;
    // The blank form (mẫu đơn) a paper names by its SHA-256, as synced to this workstation;
    // nothing when it has not arrived yet.
    struct FormFile {
        QString mime;
        QByteArray bytes;
    };
    virtual std::optional<FormFile> formFile(const QString& sha256) const = 0;
    // Its type alone, without reading the bytes (the list shows what is there); nothing when it
    // has not arrived yet.
    virtual std::optional<QString> formType(const QString& sha256) const = 0;
};

} // namespace motcua::client
