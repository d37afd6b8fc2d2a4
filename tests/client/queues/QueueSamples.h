#pragma once

#include "core/store/LocalStore.h"
#include "domain/Dossier.h"
#include "domain/User.h"

#include <QDateTime>
#include <QString>

namespace motcua::test {

// A store with dossiers in every state a work queue knows, for one unit ("Tư pháp - Hộ tịch"):
// officers cv1 and cv2, head of unit ld1, receptionist tn1. Dossier codes end in the letter of
// the case (see QueueSamples.cpp), e.g. "000.00.53.H48-261120-0001" is case A.
namespace queues {

extern const QString kUnit;
User specialist(const QString& username = QStringLiteral("cv1"));
User leader();
User receptionist();

// Friday 20 November 2026, 15:00 in Vietnam.
QDateTime friday();

QString code(int n);

// A running dossier at `step` of the sample workflow, held by `unit`/`assignee`, the step due
// at `stepDue` (the appointment a week after receipt unless given).
Dossier running(int n, const QString& step, const QString& unit, const QString& assignee,
                const QDateTime& stepDue, const QString& owner);

// Saves the catalogue (sample procedure, its field) and every case; returns false on failure.
bool fill(client::LocalStore& store);

} // namespace queues
} // namespace motcua::test
