#pragma once

#include "calendar/CalendarSettings.h"
#include "calendar/DeadlineCalculator.h"
#include "core/Expected.h"
#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"
#include "domain/Procedure.h"
#include "domain/User.h"
#include "workflow/WorkflowEngine.h"

#include <QDateTime>
#include <QJsonArray>
#include <QList>

namespace motcua::client {

// What the server does to a dossier, done on the workstation while it is offline, with the same
// common/ rules (IntakeBuilder, WorkflowEngine) and the calendar the server last sent — so the
// receipt printed offline shows the appointment the server will compute.
class LocalWorkflow {
public:
    explicit LocalWorkflow(const CalendarSettings& settings);

    // As the server's intake (DossierController::intake): the request checked against the
    // procedure, the dossier built and accepted at `receivedAt` with the final `code`, version 1.
    // The request is assumed valid (see validate()); errors are the workflow's own.
    Expected<Dossier> accept(const IntakeRequest& request, const Procedure& procedure,
                             const User& clerk, const QString& agencyId, const QString& code,
                             const QDateTime& receivedAt) const;

    // Every problem of an intake request at once (IntakeBuilder::validate on `today`).
    static QList<Error> validate(const IntakeRequest& request, const Procedure& procedure,
                                 const QDate& today);

    // A workflow action as the server would apply it at `at` (the version check included).
    Expected<Dossier> apply(const Dossier& dossier, const User& user, const ActionCommand& command,
                            const QDateTime& at) const;

    // Problems in the server's wire form: [{code, field, detail}].
    static QJsonArray problemsJson(const QList<Error>& problems);

private:
    WorkflowEngine m_engine;
};

} // namespace motcua::client
