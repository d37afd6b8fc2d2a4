#pragma once

#include <QDateTime>
#include <QString>

namespace motcua {

// An apology (Mẫu 04): before a dossier becomes late, the officer holding it proposes a new
// appointment with the reason; the head of the unit approves it, which moves the appointment and
// counts the dossier as late in the national indices. `approvedAt` is null while the proposal is
// pending; a second proposal replaces a pending one.
struct Apology {
    QDateTime proposedAt;
    QString proposedBy; // username
    QString reason;
    QDateTime previousAppointment; // the appointment when it was proposed
    QDateTime newAppointment;
    QDateTime approvedAt; // null while pending
    QString approvedBy;   // username of the leader

    bool isPending() const { return approvedAt.isNull(); }

    friend bool operator==(const Apology&, const Apology&) = default;
};

} // namespace motcua
