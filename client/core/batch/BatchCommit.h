#pragma once

#include "core/batch/BatchPlan.h"

#include <functional>

#include <QList>
#include <QString>

namespace motcua::client {

class Workstation;

// Saves a reviewed batch: one PDF per (dossier, component) through Workstation::attachDocument,
// in the order of the plan. It stops at the first document that cannot be saved (a full disk
// would fail the rest as well) and says exactly which were saved, which failed and which were
// not tried, so the clerk can fix the cause and confirm the rest again.
struct BatchCommitResult {
    struct Item {
        QString dossierCode;
        int componentId = 0;
        int pages = 0;
        QList<int> groups; // the plan's groups this document was made of
        QString requestId; // saved: the workstation's request id
        QString message;   // failed: why (the workstation's or the PDF writer's words)
    };
    QList<Item> saved;
    QList<Item> failed;   // at most one: the commit stops there
    QList<Item> notTried; // after the failure

    bool ok() const { return failed.isEmpty() && notTried.isEmpty(); }
};

namespace batchcommit {

// `progress(done, total)` after each document, for a progress bar.
BatchCommitResult commit(Workstation& workstation, const BatchPlan& plan,
                         const std::function<void(int, int)>& progress = {});

} // namespace batchcommit

} // namespace motcua::client
