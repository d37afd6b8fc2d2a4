#include "core/scan/Scanner.h"

#include "core/scan/ScanWorker.h"

#include <QSettings>

namespace motcua::client {

namespace {

constexpr auto kLastDeviceKey = "scan/lastDevice";

} // namespace

Scanner::Scanner(QObject* parent, QSettings* settings)
    : QObject(parent)
    , m_settings(settings)
{
    m_thread.setObjectName(QStringLiteral("motcua-scanner"));
    m_worker = new ScanWorker; // no parent: it moves to the scanner's thread
    m_worker->moveToThread(&m_thread);
    // Deleted on its own thread, after the last job: SANE is closed where it was opened.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);

    connect(m_worker, &ScanWorker::devicesDiscovered, this,
            [this](const QList<ScanDevice>& devices, ScanStatus status) {
                m_devices = devices;
                emit devicesDiscovered(devices, status, messageFor(status));
            });
    connect(m_worker, &ScanWorker::deviceOpened, this, [this](const DeviceCapabilities& caps) {
        m_capabilities = caps;
        rememberDevice(caps.device);
        emit deviceOpened(caps);
    });
    connect(m_worker, &ScanWorker::deviceFailed, this,
            [this](const QString& device, ScanStatus status) {
                emit deviceFailed(device, status, messageFor(status));
            });
    connect(m_worker, &ScanWorker::progress, this, &Scanner::progress);
    connect(m_worker, &ScanWorker::pageScanned, this, &Scanner::pageScanned);
    connect(m_worker, &ScanWorker::previewScanned, this, &Scanner::previewReady);
    connect(m_worker, &ScanWorker::finished, this, [this](ScanStatus status, int pages, bool) {
        if (--m_pendingJobs == 0)
            emit busyChanged(false);
        emit scanFinished(status, describe(status, pages), pages);
    });
    m_thread.start();
}

Scanner::~Scanner()
{
    // Interrupts a page being read so that the thread ends promptly; queued jobs are dropped.
    m_worker->cancelAll();
    m_thread.quit();
    m_thread.wait();
}

void Scanner::discoverDevices()
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { w->discover(); }, Qt::QueuedConnection);
}

void Scanner::openDevice(const QString& device)
{
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, device] { w->open(device); }, Qt::QueuedConnection);
}

void Scanner::scan(const ScanSettings& settings)
{
    queueScan(settings, false);
}

void Scanner::preview(const ScanSettings& settings)
{
    queueScan(settings, true);
}

void Scanner::queueScan(const ScanSettings& settings, bool preview)
{
    if (m_pendingJobs++ == 0)
        emit busyChanged(true);
    const quint64 job = m_worker->reserveJob();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, job, settings, preview] { w->scan(job, settings, preview); },
        Qt::QueuedConnection);
}

void Scanner::cancel()
{
    m_worker->cancelAll();
}

void Scanner::setPageObserver(PageObserver observer)
{
    m_worker->setPageObserver(std::move(observer));
}

QString Scanner::lastDevice() const
{
    if (m_settings)
        return m_settings->value(QLatin1String(kLastDeviceKey)).toString();
    return QSettings().value(QLatin1String(kLastDeviceKey)).toString();
}

void Scanner::rememberDevice(const QString& device)
{
    if (m_settings) {
        m_settings->setValue(QLatin1String(kLastDeviceKey), device);
    } else {
        QSettings settings;
        settings.setValue(QLatin1String(kLastDeviceKey), device);
    }
}

QString Scanner::messageFor(ScanStatus status)
{
    switch (status) {
    case ScanStatus::Ok:
        return {};
    case ScanStatus::Cancelled:
        return tr("Scanning was cancelled.");
    case ScanStatus::NoDevice:
        return tr("No scanner was found. Check that it is switched on and connected, then "
                  "search again.");
    case ScanStatus::DeviceNotFound:
        return tr("The scanner cannot be reached: it may be unplugged, switched off or renamed. "
                  "Check it, then search for scanners again.");
    case ScanStatus::DeviceBusy:
        return tr("The scanner is busy: another program or computer is using it. Try again in a "
                  "moment.");
    case ScanStatus::Jammed:
        return tr("Paper jam in the document feeder. Remove the jammed sheet, put the pages not "
                  "yet scanned back in the feeder and scan them.");
    case ScanStatus::NoDocuments:
        return tr("The document feeder is empty. Put the papers in the feeder and scan again.");
    case ScanStatus::CoverOpen:
        return tr("The scanner's cover is open. Close it and scan again.");
    case ScanStatus::IoError:
        return tr("The connection to the scanner was lost (unplugged or switched off?). Check "
                  "its cable and power, then scan again.");
    case ScanStatus::OutOfMemory:
        return tr("Not enough memory for this scan. Choose a lower resolution or scan fewer "
                  "pages at a time.");
    case ScanStatus::AccessDenied:
        return tr("Access to the scanner was refused: this computer account may not use it. Ask "
                  "the administrator.");
    case ScanStatus::WarmingUp:
        return tr("The scanner's lamp is still warming up. Wait a moment and scan again.");
    case ScanStatus::Locked:
        return tr("The scanner's transport lock is on. Release the lock and scan again.");
    case ScanStatus::Unsupported:
        return tr("The scanner does not support this operation.");
    case ScanStatus::InvalidSettings:
        return tr("The scanner refused these settings. Choose other settings and scan again.");
    case ScanStatus::SourceUnavailable:
        return tr("The scanner has no such paper source (for example no document feeder).");
    case ScanStatus::ModeUnavailable:
        return tr("The scanner cannot scan in this mode (colour, grey or black and white).");
    case ScanStatus::IncompletePage:
        return tr("The scanner stopped in the middle of a page; that page was not kept. Scan it "
                  "again.");
    case ScanStatus::UnsupportedFormat:
        return tr("The scanner sent an image in a format MotCua cannot read. Try another mode.");
    case ScanStatus::LibraryFailed:
        return tr("The scanning system (SANE) could not be started on this computer.");
    }
    return tr("The scanner reported an unknown problem.");
}

QString Scanner::describe(ScanStatus status, int pagesKept)
{
    QString message = messageFor(status);
    if (status != ScanStatus::Ok && pagesKept > 0)
        message += u' ' + tr("The %n page(s) scanned before are kept.", nullptr, pagesKept);
    return message;
}

} // namespace motcua::client
