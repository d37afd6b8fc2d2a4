#pragma once

#include "domain/Enums.h"
#include "domain/IntakeRequest.h"
#include "domain/Person.h"

#include <QDateTime>
#include <QString>

namespace motcua {

// One workflow action as asked for by a user.
struct ActionRequest {
    WorkflowAction action = WorkflowAction::Forward;
    QDateTime at;                // when it happens (server clock; never the client's)
    QString comment;             // opinion, or the reason where one is required
    QString toUser;              // Forward / Reassign / Transfer / Accept: the next officer
    QString toUnit;              // Transfer: the receiving unit or agency
    qint64 expectedVersion = -1; // the dossier version the user saw; -1 = do not check
    // ReturnResult: who took the result away (name, ID number), and the receipt of the fees
    // collected at return (required while a fee due at return is unpaid).
    Person recipient;
    QString feeReceiptNumber;
    PaymentMethod paymentMethod = PaymentMethod::Cash;
    QDateTime newAppointment; // ProposeApology: the new appointment proposed
    QString toStep; // Forward / Approve / ReturnToPrevious: the step chosen where ways part
};

// The engine's request for a command as a client sent it (server) or queued it (workstation):
// `at` is the time of whoever decides (the server's clock, or the counter's when offline).
inline ActionRequest toActionRequest(const ActionCommand& c, const QDateTime& at)
{
    ActionRequest r;
    r.action = c.action;
    r.at = at;
    r.comment = c.comment;
    r.toUser = c.toUser;
    r.toUnit = c.toUnit;
    r.expectedVersion = c.version;
    r.recipient = c.recipient;
    r.feeReceiptNumber = c.feeReceiptNumber;
    r.paymentMethod = c.paymentMethod;
    r.newAppointment = c.newAppointment;
    r.toStep = c.toStep;
    return r;
}

} // namespace motcua
