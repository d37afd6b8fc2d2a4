#pragma once

#include "core/Expected.h"

#include <functional>
#include <memory>

#include <QObject>
#include <QString>

class QThread;

namespace motcua::client {

class LocalStore;

// The GUI's durable writes (seen marks, drafts, settings, scanned files, guidance and refusals)
// on a thread of their own with their own store connection, so that the window never waits for
// the disk: the store syncs every commit (synchronous=FULL) and waits up to 10 s for the sync
// thread's write lock, either of which froze the window when the GUI thread wrote itself.
//
// Writes run one at a time in the order they were asked for (a draft removed after it was saved
// stays removed). "Acknowledged means durable": `done` is called on the context's thread only
// after the transaction committed (or failed), so whatever the GUI tells the clerk on `done` is
// on disk. A write still queued when the application is killed is lost; the GUI says nothing of
// it before `done`.
class StoreWriter : public QObject {
    Q_OBJECT
public:
    using Work = std::function<Status(LocalStore&)>;
    using Done = std::function<void(const Status&)>;

    explicit StoreWriter(const QString& storePath, QObject* parent = nullptr);
    ~StoreWriter() override; // finishes the writes already asked for, then stops its thread

    // Starts the thread and opens the connection there (short: the store exists already).
    Status start();
    // Runs `work` in one transaction on the writer thread; then `done` on `context`'s thread
    // (the writer's own when null) unless `context` is gone by then. Thread-safe.
    void write(Work work, QObject* context = nullptr, Done done = {});

private:
    QString m_storePath;
    QThread* m_thread = nullptr;
    QObject* m_worker = nullptr; // lives on m_thread; the queue of writes is its event queue
    std::unique_ptr<LocalStore> m_store; // used on m_thread only
};

} // namespace motcua::client
