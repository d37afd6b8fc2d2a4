#include "core/store/StoreWriter.h"

#include "core/store/LocalStore.h"
#include "core/store/StoreWriteReply.h"

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
    const auto result = std::make_shared<Status>(
        Error{QStringLiteral("store.closed"), QStringLiteral("store not open"), {}});
    // The answer goes through a queued connection of its own (see StoreWriteReply): `context`
    // may be deleted on its thread at any moment, which only a connection survives.
    StoreWriteReply* reply = nullptr;
    if (done) {
        reply = new StoreWriteReply;
        connect(
            reply, &StoreWriteReply::finished, context ? context : this,
            [done = std::move(done), result] { done(*result); },
            Qt::ConnectionType(Qt::QueuedConnection | Qt::SingleShotConnection));
    }
    if (!m_worker) {
        if (reply) {
            emit reply->finished();
            delete reply;
        }
        return;
    }
    if (reply)
        reply->moveToThread(m_thread); // emitted and deleted there
    QMetaObject::invokeMethod(
        m_worker,
        [this, work = std::move(work), reply, result] {
            if (m_store)
                *result = m_store->transaction([&] { return work(*m_store); });
            if (!*result)
                qCWarning(lcStoreWriter) << "write failed:" << result->error().message;
            // Told after the commit, on the receiver's thread.
            if (reply) {
                emit reply->finished();
                delete reply;
            }
        },
        Qt::QueuedConnection);
}

} // namespace motcua::client
