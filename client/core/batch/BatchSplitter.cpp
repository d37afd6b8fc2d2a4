#include "core/batch/BatchSplitter.h"

#include <QPointer>
#include <QThread>

namespace motcua::client {

BatchSplitter::BatchSplitter(QObject* parent)
    : QObject(parent)
{
    qRegisterMetaType<motcua::client::BatchPlan>("motcua::client::BatchPlan");
}

BatchSplitter::~BatchSplitter()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool BatchSplitter::start(const QList<QImage>& pages)
{
    return start(int(pages.size()), [pages](int i) -> Expected<QImage> { return pages.at(i); });
}

bool BatchSplitter::start(int count, PageLoader loader)
{
    if (m_thread)
        return false;
    m_inspections.clear();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_results = std::make_shared<Results>();
    // The worker shares only these with the splitter (the splitter waits for it before it goes);
    // it reports through queued calls.
    const auto cancel = m_cancel;
    const auto results = m_results;
    const QPointer<BatchSplitter> self(this);
    m_thread = QThread::create([count, loader, cancel, results, self] {
        for (int i = 0; i < count && !cancel->load(); ++i) {
            Expected<QImage> page = loader(i);
            if (!page) {
                results->error = QStringLiteral("page %1: %2").arg(i + 1).arg(page.error().message);
                return;
            }
            results->inspections.append(pageinspector::inspect(*page));
            results->pages.append(*page);
            QMetaObject::invokeMethod(
                self.data(),
                [self, i, count] {
                    if (self)
                        emit self->progress(i + 1, count);
                },
                Qt::QueuedConnection);
        }
    });
    connect(m_thread, &QThread::finished, this, &BatchSplitter::onThreadDone);
    emit progress(0, count);
    m_thread->start();
    return true;
}

void BatchSplitter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void BatchSplitter::onThreadDone()
{
    m_thread->deleteLater();
    m_thread = nullptr;
    const std::shared_ptr<Results> results = std::exchange(m_results, {});
    m_inspections = results->inspections;
    if (!results->error.isEmpty()) {
        emit failed(results->error);
        return;
    }
    if (m_cancel->load()) {
        emit cancelled();
        return;
    }
    emit finished(BatchPlan::split(results->pages, results->inspections));
}

} // namespace motcua::client
