#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace motcua::client {

// An intake that did not become a dossier: the citizen was guided to complete the papers
// (Mẫu 02) or refused (Mẫu 03). Kept locally: the server has no route for these yet.
struct CounterOutcome {
    qint64 id = 0;
    QString kind; // "guide" | "refuse"
    QDateTime at;
    QString procedureCode;
    QString applicant;
    QString clerk;
    QJsonObject details; // everything the GUI recorded (reasons, missing papers, ...)
};

} // namespace motcua::client
