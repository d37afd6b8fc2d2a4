#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

namespace motcua::client {

// One row of a dossier list (search results, the tracking register, the work queues): the columns a
// list shows, read without decoding the whole dossier.
struct DossierSummary {
    QString code;
    QString ownerName;
    QString ownerIdNumber;
    QString ownerPhone;
    QString procedureCode;
    QString procedureName;
    DossierStatus status = DossierStatus::Registered;
    QDateTime receivedAt;
    QDateTime appointmentAt;
    QDateTime finishedAt;
    bool pending = false; // not yet on the server (received offline, or a queued action)
    // Where the dossier is in its workflow (empty/invalid for rows written before schema 2
    // until the store fills them in).
    QString currentUnit;
    QString currentStep;
    QString assignee;
    QDateTime stepDueAt; // the current step's deadline
    QString fieldCode;

    friend bool operator==(const DossierSummary&, const DossierSummary&) = default;
};

} // namespace motcua::client
