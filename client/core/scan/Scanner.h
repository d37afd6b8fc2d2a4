#pragma once

#include "core/scan/DeviceCapabilities.h"
#include "core/scan/ScanDevice.h"
#include "core/scan/ScanSettings.h"
#include "core/scan/ScanStatus.h"

#include <functional>

#include <QImage>
#include <QList>
#include <QObject>
#include <QThread>

class QSettings;

namespace motcua::client {

class ScanWorker;

// The counter's scanner: one facade over SANE for the GUI and the headless `motcua scan`.
//
// Every SANE call runs on the scanner's own thread (SANE handles are not thread-safe, and
// discovery, opening and reading block for seconds): the methods below queue the work and return
// at once; results come back as signals on the thread that owns the Scanner. Jobs run one after
// another in the order they were asked for.
//
// A scan job scans one page from the glass, or every page the feeder holds. Each page is emitted
// as soon as it is complete (pageScanned), so a jam, an open cover or a scanner unplugged on page
// 7 loses none of pages 1–6; scanFinished then says why it stopped, in the clerk's words. After
// any ending — the feeder empty, a jam, a cancel — the device takes the next job as it is, without
// being selected again. cancel() is thread-safe and interrupts the page being read.
class Scanner : public QObject {
    Q_OBJECT
public:
    // For tests and diagnostics: called on the scanner's thread after each page of a job, before
    // the next one starts; the options it returns are set on the device first (the tests make
    // the test backend jam on page 4 this way).
    using PageObserver = std::function<DeviceOptions(int pagesDone)>;

    // `settings` null = the application's QSettings (the last device is kept under
    // "scan/lastDevice").
    explicit Scanner(QObject* parent = nullptr, QSettings* settings = nullptr);
    ~Scanner() override;

    // Lists the devices in the background (it can take seconds) → devicesDiscovered.
    void discoverDevices();
    // Opens a device and reads what it offers → deviceOpened or deviceFailed. A job opens its
    // device by itself when needed; this is for a dialog that shows the options first.
    void openDevice(const QString& device);
    // Scans → progress, pageScanned for each page, then scanFinished.
    void scan(const ScanSettings& settings);
    // One quick low-resolution page of the same settings → previewReady, then scanFinished.
    void preview(const ScanSettings& settings);
    // Thread-safe: ends the page being read and every job asked for so far.
    void cancel();

    bool isBusy() const { return m_pendingJobs > 0; }
    QList<ScanDevice> devices() const { return m_devices; }
    DeviceCapabilities capabilities() const { return m_capabilities; }
    QString lastDevice() const;

    void setPageObserver(PageObserver observer);

    // The clerk's words for a status; with the pages kept when a job stopped part-way.
    static QString messageFor(ScanStatus status);
    static QString describe(ScanStatus status, int pagesKept);

signals:
    void devicesDiscovered(const QList<motcua::client::ScanDevice>& devices,
                           motcua::client::ScanStatus status, const QString& message);
    void deviceOpened(const motcua::client::DeviceCapabilities& capabilities);
    void deviceFailed(const QString& device, motcua::client::ScanStatus status,
                      const QString& message);
    void busyChanged(bool busy);
    // pagesDone of the job so far; bytes of the page being read (expected -1 = unknown length).
    void progress(int pagesDone, qint64 pageBytes, qint64 pageBytesExpected);
    // `page` is Grayscale8, RGB888 or Mono, its dots per metre set from the resolution; `number`
    // counts from 1 within the job.
    void pageScanned(const QImage& page, int number);
    void previewReady(const QImage& image);
    // The end of a scan or preview job: Ok, Cancelled or why it stopped (`message` says it, and
    // how many pages were kept). `pages` = pages emitted by this job.
    void scanFinished(motcua::client::ScanStatus status, const QString& message, int pages);

private:
    void queueScan(const ScanSettings& settings, bool preview);
    void rememberDevice(const QString& device);

    QSettings* m_settings = nullptr;
    QThread m_thread;
    ScanWorker* m_worker = nullptr; // lives on m_thread; deleted there when it finishes
    QList<ScanDevice> m_devices;
    DeviceCapabilities m_capabilities;
    int m_pendingJobs = 0;
};

} // namespace motcua::client
