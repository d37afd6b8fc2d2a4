#include "core/scan/ScanWorker.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

namespace motcua::client {

namespace {

Q_LOGGING_CATEGORY(lcScan, "motcua.scan", QtInfoMsg)

// Progress signals at most this often: a page is read in hundreds of small chunks.
constexpr qint64 kProgressIntervalMs = 50;
// A feeder job stops here even if the device never says "no documents" (a backend that
// misreports its source would otherwise scan for ever).
constexpr int kMaxBatchPages = 500;

} // namespace

ScanWorker::ScanWorker(QObject* parent)
    : QObject(parent)
{}

ScanWorker::~ScanWorker() = default;

void ScanWorker::setPageObserver(PageObserver observer)
{
    const std::lock_guard lock(m_mutex);
    m_observer = std::move(observer);
}

void ScanWorker::cancelAll()
{
    {
        const std::lock_guard lock(m_mutex);
        m_cancelledUpTo = m_lastJob.load();
    }
    m_session.requestCancel();
}

bool ScanWorker::beginJob(quint64 job)
{
    // Under the lock, so that a cancel is never lost between this check and the clearing.
    const std::lock_guard lock(m_mutex);
    if (job <= m_cancelledUpTo)
        return false;
    m_session.clearCancel();
    return true;
}

void ScanWorker::discover()
{
    QList<ScanDevice> devices;
    const ScanStatus status = m_session.listDevices(&devices);
    qCDebug(lcScan) << "discovery:" << devices.size() << "device(s)";
    emit devicesDiscovered(devices, status);
}

ScanStatus ScanWorker::ensureOpen(const QString& device)
{
    if (device.isEmpty())
        return m_session.isOpen() ? ScanStatus::Ok : ScanStatus::DeviceNotFound;
    if (m_session.isOpen() && m_session.deviceName() == device)
        return ScanStatus::Ok;
    const ScanStatus status = m_session.open(device);
    if (status == ScanStatus::Ok)
        emit deviceOpened(m_session.capabilities());
    else
        emit deviceFailed(device, status);
    return status;
}

void ScanWorker::open(const QString& device)
{
    const bool wasOpen = m_session.isOpen() && m_session.deviceName() == device;
    if (ensureOpen(device) == ScanStatus::Ok && wasOpen)
        emit deviceOpened(m_session.capabilities());
}

void ScanWorker::scan(quint64 job, const ScanSettings& settings, bool preview)
{
    if (!beginJob(job)) {
        emit finished(ScanStatus::Cancelled, 0, preview);
        return;
    }
    int pages = 0;
    ScanStatus status = ensureOpen(settings.device);
    if (status == ScanStatus::Ok)
        status = m_session.apply(settings, preview);
    if (status == ScanStatus::Ok) {
        const bool batch = m_session.feederSelected() && !preview;
        QElapsedTimer sinceProgress;
        sinceProgress.start();
        for (;;) {
            if (pages > 0) {
                DeviceOptions changes;
                {
                    const std::lock_guard lock(m_mutex);
                    if (m_observer)
                        changes = m_observer(pages);
                }
                for (const auto& [name, value] : changes) {
                    if (status = m_session.setOption(name, value); status != ScanStatus::Ok)
                        break;
                }
                if (status != ScanStatus::Ok)
                    break;
            }
            emit progress(pages, 0, -1);
            QImage page;
            status = m_session.scanPage(&page, [&](qint64 bytes, qint64 expected) {
                if (bytes == expected || sinceProgress.elapsed() >= kProgressIntervalMs) {
                    sinceProgress.restart();
                    emit progress(pages, bytes, expected);
                }
            });
            if (status != ScanStatus::Ok)
                break;
            ++pages;
            // Each page leaves as soon as it is complete: a jam on page 7 loses nothing before.
            if (preview)
                emit previewScanned(page);
            else
                emit pageScanned(page, pages);
            if (!batch || pages >= kMaxBatchPages)
                break;
        }
        // A feeder running out after at least one page is how a batch normally ends.
        if (batch && status == ScanStatus::NoDocuments && pages > 0)
            status = ScanStatus::Ok;
    }
    // Ends the batch whatever happened: after "no documents" or a jam the device takes the
    // next job without being opened again.
    m_session.endBatch();
    if (status == ScanStatus::IoError) {
        // Communication lost: the device may come back under the same name once replugged;
        // the next job opens it afresh.
        m_session.close();
    }
    if (status == ScanStatus::Ok)
        qCDebug(lcScan) << "scan job" << job << "ended with" << pages << "page(s)";
    else
        qCDebug(lcScan) << "scan job" << job << "ended with status" << int(status) << "after"
                        << pages << "page(s)";
    emit finished(status, pages, preview);
}

} // namespace motcua::client
