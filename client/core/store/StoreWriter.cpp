#include "core/store/StoreWriter.h"

#include "core/store/LocalStore.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcStoreWriter, "motcua.store.writer", QtInfoMsg)

namespace motcua::client {

StoreWriter::StoreWriter(const QString& storePath, QObject* parent)
    : QObject(parent)
    , m_storePath(storePath)
{}

StoreWriter::~StoreWriter()
{
    if (!m_thread)
        return;
    // Posted behind every write already asked for, so those commit before the connection closes.
    QMetaObject::invokeMethod(
        m_worker,
        [this] {
            m_store.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
    delete m_worker;
    delete m_thread;
}

Status StoreWriter::start()
{
    if (m_thread)
        return success();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("motcua-store-writer"));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    m_thread->start();
    Status opened = success();
    QMetaObject::invokeMethod(
        m_worker,
        [this, &opened] {
            auto store = LocalStore::open(m_storePath);
            if (!store) {
                opened = store.error();
                return;
            }
            m_store = std::move(store).value();
        },
        Qt::BlockingQueuedConnection);
    return opened;
}

void StoreWriter::write(Work work, QObject* context, Done done)
{
    QPointer<QObject> receiver = context ? context : this;
    m_queued.fetch_add(1);
    const bool posted =
        m_worker &&
        QMetaObject::invokeMethod(
            m_worker,
            [this, work = std::move(work), receiver, done] {
                Status result =
                    Error{QStringLiteral("store.closed"), QStringLiteral("store not open"), {}};
                if (m_store)
                    result = m_store->transaction([&] { return work(*m_store); });
                if (!result)
                    qCWarning(lcStoreWriter) << "write failed:" << result.error().message;
                const bool last = m_queued.fetch_sub(1) == 1;
                // Told after the commit, on the receiver's thread.
                if (receiver && done)
                    QMetaObject::invokeMethod(
                        receiver.data(), [done, result] { done(result); }, Qt::QueuedConnection);
                if (last)
                    QMetaObject::invokeMethod(
                        this, [this] { emit idle(); }, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
    if (!posted) {
        m_queued.fetch_sub(1);
        if (receiver && done)
            QMetaObject::invokeMethod(
                receiver.data(),
                [done] {
                    done(Error{
                        QStringLiteral("store.closed"), QStringLiteral("store not open"), {}});
                },
                Qt::QueuedConnection);
    }
}

} // namespace motcua::client
