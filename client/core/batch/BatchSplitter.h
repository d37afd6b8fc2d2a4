#pragma once

#include "core/batch/BatchPlan.h"
#include "core/batch/PageInspector.h"

#include <atomic>
#include <functional>
#include <memory>

#include <QImage>
#include <QList>
#include <QObject>

class QThread;

namespace motcua::client {

// Reads every page of a mixed stack on a worker thread (a 30-page stack is a second or two of
// decoding that must not freeze the window), reporting progress, then splits it on the GUI thread
// into a BatchPlan. One stack at a time; cancel() (or destroying the splitter) stops between
// pages, and no plan is emitted for a cancelled run.
class BatchSplitter : public QObject {
    Q_OBJECT
public:
    // Gives page `index` of a stack; called on the worker thread, one page after another (a
    // multi-page PDF is rasterised there, not on the GUI thread).
    using PageLoader = std::function<Expected<QImage>(int index)>;

    explicit BatchSplitter(QObject* parent = nullptr);
    ~BatchSplitter() override;

    // Starts reading `pages` (in the order fed). Returns false when a run is still going.
    bool start(const QList<QImage>& pages);
    // Starts reading `count` pages from `loader`. A page that cannot be loaded ends the run
    // with failed() (its number and why), and no plan.
    bool start(int count, PageLoader loader);
    void cancel();
    bool isRunning() const { return m_thread != nullptr; }

    // The inspections of the last finished run, in page order.
    const QList<PageInspection>& inspections() const { return m_inspections; }

signals:
    void progress(int pagesDone, int pageCount);
    // The stack split on its separators (store-dependent warnings not yet computed: call
    // BatchPlan::review).
    void finished(const motcua::client::BatchPlan& plan);
    void cancelled();
    void failed(const QString& message);

private:
    void onThreadDone();

    QThread* m_thread = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    struct Results {
        QList<QImage> pages;
        QList<PageInspection> inspections;
        QString error;
    };
    std::shared_ptr<Results> m_results;
    QList<PageInspection> m_inspections;
};

} // namespace motcua::client
