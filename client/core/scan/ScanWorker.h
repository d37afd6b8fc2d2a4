#pragma once

#include "core/scan/DeviceCapabilities.h"
#include "core/scan/SaneSession.h"
#include "core/scan/ScanDevice.h"
#include "core/scan/ScanSettings.h"
#include "core/scan/ScanStatus.h"

#include <atomic>
#include <functional>
#include <mutex>

#include <QImage>
#include <QList>
#include <QObject>

namespace motcua::client {

// Scanner's other half: a QObject that lives on the scanner's own thread and owns the SANE
// session, so that every SANE call — discovery, open, options, start and read — happens on that
// one thread. Scanner queues the jobs; the signals cross back queued.
class ScanWorker : public QObject {
    Q_OBJECT
public:
    using PageObserver = std::function<DeviceOptions(int pagesDone)>;

    explicit ScanWorker(QObject* parent = nullptr);
    ~ScanWorker() override;

    // Worker thread only.
    void discover();
    void open(const QString& device);
    // `job` from reserveJob(), taken when the job was queued: a cancel applies to every job
    // queued before it, even one that has not started yet.
    void scan(quint64 job, const ScanSettings& settings, bool preview);

    // Any thread.
    quint64 reserveJob() { return ++m_lastJob; }
    void cancelAll();
    void setPageObserver(PageObserver observer);

signals:
    void devicesDiscovered(const QList<motcua::client::ScanDevice>& devices,
                           motcua::client::ScanStatus status);
    void deviceOpened(const motcua::client::DeviceCapabilities& capabilities);
    void deviceFailed(const QString& device, motcua::client::ScanStatus status);
    void progress(int pagesDone, qint64 pageBytes, qint64 pageBytesExpected);
    void pageScanned(const QImage& page, int number);
    void previewScanned(const QImage& image);
    void finished(motcua::client::ScanStatus status, int pages, bool preview);

private:
    ScanStatus ensureOpen(const QString& device);
    bool beginJob(quint64 job);

    SaneSession m_session;
    std::atomic<quint64> m_lastJob{0};
    std::mutex m_mutex; // guards the two below
    quint64 m_cancelledUpTo = 0;
    PageObserver m_observer;
};

} // namespace motcua::client
