#pragma once

#include "core/batch/BatchCommit.h"
#include "core/batch/BatchPlan.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace motcua::client {

class Workstation;

// Saves a reviewed batch without holding the GUI thread: one document at a time, in the order of
// the plan, its PDF made on a worker thread, then handed to Workstation::attachDocument; a
// document counts as saved only once the store has it on disk (Workstation::attachmentStored),
// so that what the clerk is told was saved is saved. It stops at the first document that cannot
// be saved (a full disk would fail the rest as well); the result says which were saved, which
// failed and which were not tried.
class BatchSaver : public QObject {
    Q_OBJECT
public:
    BatchSaver(Workstation& workstation, const BatchPlan& plan, QObject* parent = nullptr);

    void start();
    bool isRunning() const { return m_running; }

signals:
    // `done` documents of `total` saved (or failed) so far.
    void progress(int done, int total);
    void finished(const motcua::client::BatchCommitResult& result);

private:
    void next();
    void encoded(const QByteArray& pdf, const QString& error);
    void onStored(const QString& requestId);
    void onFailed(const QString& requestId, const QString& message);
    void fail(const QString& message);
    void advance();

    Workstation& m_workstation;
    QList<BatchPlan::Document> m_documents;
    BatchCommitResult m_result;
    int m_index = 0;
    QString m_waitingFor; // the request id of the document being stored
    bool m_running = false;
};

} // namespace motcua::client
