#pragma once

#include <QList>
#include <QString>

namespace motcua::client {

// What a batch save did (gui/batch/BatchSaver): one PDF per (dossier, component), in the order of
// the plan, stopping at the first document that cannot be saved. It says exactly which were
// saved, which failed and which were not tried, so the clerk can fix the cause and confirm the
// rest again.
struct BatchCommitResult {
    struct Item {
        QString dossierCode;
        int componentId = 0;
        int pages = 0;
        QList<int> groups; // the plan's groups this document was made of
        QString requestId; // saved: the workstation's request id
        QString message;   // failed: why (the workstation's or the PDF writer's words)
    };
    QList<Item> saved;    // on this workstation's disk, queued for the server
    QList<Item> failed;   // at most one: the save stops there
    QList<Item> notTried; // after the failure

    bool ok() const { return failed.isEmpty() && notTried.isEmpty(); }
};

} // namespace motcua::client
