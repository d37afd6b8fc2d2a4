#pragma once

#include "domain/Apology.h"
#include "domain/Duration.h"
#include "domain/Enums.h"
#include "domain/FeeLine.h"
#include "domain/HistoryEntry.h"
#include "domain/Pause.h"
#include "domain/Person.h"
#include "domain/ReceivedComponent.h"
#include "domain/StepDeadline.h"
#include "workflow/WorkflowDefinition.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// A dossier (hồ sơ): one application for one procedure. The procedure's version, name, statutory
// time and workflow are frozen at intake, so later catalogue edits never change a running dossier.
struct Dossier {
    QString code;     // {agency}-{yyMMdd}-{NNNN}
    QString agencyId; // receiving agency

    QString procedureCode;
    int procedureVersion = 0;
    QString procedureName;
    int caseId = 0;         // the procedure's case (0: a procedure without cases)
    QString caseName;       // empty for a procedure without cases
    Duration statutoryTime; // the case's, for the dossier's channel (0: no appointment)
    WorkflowDefinition workflow;

    Channel channel = Channel::Direct;
    ApplicantType applicantType = ApplicantType::Citizen;
    Person submitter;
    Person owner;
    Person representative; // empty when there is none

    QList<ReceivedComponent> components;
    int sets = 1; // number of sets (bộ hồ sơ)
    QList<FeeLine> fees;

    QDateTime receivedAt;
    QDateTime appointmentAt;
    QDateTime finishedAt; // null until the result is ready (or processing ends otherwise)
    QDateTime returnedAt; // null until handed back
    Person returnedTo;    // who took the result away (name and ID number)

    DossierStatus status = DossierStatus::Registered;
    QString currentStepId;
    QString
        currentUnit; // the unit holding the dossier (the step's unit, or where it was transferred)
    QString assignee;
    QList<StepDeadline> stepDeadlines;
    QList<Pause> pauses;
    int supplementRequests = 0;
    bool countedLate = false; // forced late, e.g. by a second supplement request
    bool refused = false;     // processing ended with a refusal (the result is the refusal letter)
    QList<Apology> apologies; // proposed and approved new appointments (Mẫu 04), oldest first
    QList<HistoryEntry> history;

    qint64 version = 0; // optimistic concurrency: bumped on every change

    friend bool operator==(const Dossier&, const Dossier&) = default;
};

} // namespace motcua
