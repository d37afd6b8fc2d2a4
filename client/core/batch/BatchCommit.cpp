#include "core/batch/BatchCommit.h"

#include "core/batch/ScanAttachment.h"

namespace motcua::client::batchcommit {

BatchCommitResult commit(Workstation& workstation, const BatchPlan& plan,
                         const std::function<void(int, int)>& progress)
{
    BatchCommitResult result;
    const QList<BatchPlan::Document> documents = plan.documents();
    const int total = int(documents.size());
    for (int i = 0; i < total; ++i) {
        const BatchPlan::Document& d = documents.at(i);
        BatchCommitResult::Item item{
            d.dossierCode, d.componentId, int(d.pages.size()), d.groups, {}, {}};
        if (!result.failed.isEmpty()) {
            result.notTried.append(item);
            continue;
        }
        PageDocument pages;
        for (const BatchPage& p : d.pages)
            pages.append(p.image);
        const auto id =
            scanattachment::attach(workstation, d.dossierCode, d.componentId, pages,
                                   QStringLiteral("%1 / %2").arg(d.dossierCode).arg(d.componentId));
        if (id) {
            item.requestId = *id;
            result.saved.append(item);
        } else {
            item.message = id.error().message;
            result.failed.append(item);
        }
        if (progress)
            progress(i + 1, total);
    }
    return result;
}

} // namespace motcua::client::batchcommit
