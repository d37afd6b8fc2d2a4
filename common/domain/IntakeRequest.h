#pragma once

#include "domain/Enums.h"
#include "domain/Person.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace motcua {

// One component as the clerk checked it at the counter.
struct IntakeComponent {
    int componentId = 0;
    int originals = 0;
    int certifiedCopies = 0;
    int photocopies = 0;
    QString note;

    friend bool operator==(const IntakeComponent&, const IntakeComponent&) = default;
};

// What a counter sends to receive a dossier (POST /api/v1/dossiers). `receivedAt` and `code` are
// set only by a counter that worked offline: the time printed on the receipt and the final code
// it took from a block reserved in advance.
struct IntakeRequest {
    QString procedureCode;
    int caseId = 0; // the procedure's case; 0: its first (or only) one
    Channel channel = Channel::Direct;
    ApplicantType applicantType = ApplicantType::Citizen;
    Person owner;
    Person submitter;
    Person representative;
    QList<IntakeComponent> components;
    int sets = 1;
    QDateTime receivedAt;
    QString code;

    friend bool operator==(const IntakeRequest&, const IntakeRequest&) = default;
};

// A workflow action as sent by a client (POST /api/v1/dossiers/{code}/actions): the action, the
// dossier version the user saw, and its reason / target.
struct ActionCommand {
    WorkflowAction action = WorkflowAction::Forward;
    qint64 version = 0;
    QString comment;
    QString toUser;
    QString toUnit;
    Person recipient;         // returnResult: to whom the result was handed
    QString feeReceiptNumber; // returnResult: receipt of the fees collected at return
    PaymentMethod paymentMethod = PaymentMethod::Cash;
    QDateTime newAppointment; // proposeApology: the appointment proposed to the citizen
    QString toStep; // forward / approve / returnToPrevious: which way, where the process branches

    friend bool operator==(const ActionCommand&, const ActionCommand&) = default;
};

} // namespace motcua
