#pragma once

#include "core/scan/DeviceCapabilities.h"
#include "core/scan/ScanDevice.h"
#include "core/scan/ScanSettings.h"
#include "core/scan/ScanStatus.h"

#include <atomic>
#include <functional>
#include <memory>
#include <mutex>

#include <QImage>
#include <QList>
#include <QString>
#include <QVariant>

namespace motcua::client {

// The one class of MotCua that talks to SANE (SaneSession.cpp is the only file that includes
// its headers: backends and versions differ, so their quirks stay here). Synchronous and
// blocking: a session is used from one thread only — ScanWorker's — because SANE handles are
// not thread-safe. The single exception is requestCancel(), which any thread may call while a
// page is being read (SANE allows sane_cancel() to interrupt a blocked sane_read()).
//
// A session holds at most one open device. The library is initialised on first use and released
// with the last session (sane_init/sane_exit are process-wide, hence reference-counted).
class SaneSession {
public:
    // bytesRead of the current page, bytesExpected (-1 when the device does not know the length,
    // as with hand scanners).
    using Progress = std::function<void(qint64 bytesRead, qint64 bytesExpected)>;

    SaneSession();
    ~SaneSession();
    SaneSession(const SaneSession&) = delete;
    SaneSession& operator=(const SaneSession&) = delete;

    // Every device SANE finds, network scanners included. Can take seconds.
    ScanStatus listDevices(QList<ScanDevice>* devices);

    ScanStatus open(const QString& name);
    void close();
    bool isOpen() const { return m_handle != nullptr; }
    QString deviceName() const { return m_deviceName; }

    DeviceCapabilities capabilities() const;

    // Sets source, mode, resolution, area, the preview flag, then `settings.deviceOptions`.
    ScanStatus apply(const ScanSettings& settings, bool preview);
    ScanStatus setOption(const QString& name, const QVariant& value);

    // One page: sane_start, then every frame of it until its end. On Ok, `page` is Grayscale8,
    // RGB888 or Mono (1 = white as in Qt, whereas SANE's 1-bit is 1 = black) with its dots per
    // metre set from the resolution. A cut-short page is never returned.
    ScanStatus scanPage(QImage* page, const Progress& progress);
    // sane_cancel: ends a batch (after the last page, a feeder's "no documents" or an error) so
    // that the device is ready for the next job.
    void endBatch();

    // Thread-safe. Makes the current page end (sane_cancel) and the next one not start.
    void requestCancel();
    void clearCancel() { m_cancelRequested.store(false); }
    bool cancelRequested() const { return m_cancelRequested.load(); }

    // The source the last apply() selected is a feeder: a job then loops until "no documents".
    bool feederSelected() const { return m_feeder; }

private:
    bool acquireLibrary();

    void* m_handle = nullptr; // SANE_Handle
    QString m_deviceName;
    bool m_libraryHeld = false;
    bool m_feeder = false;
    double m_xDpi = 0;
    double m_yDpi = 0;

    std::atomic<bool> m_cancelRequested{false};
    // Guards m_handle against close() and m_reading against the cancelling thread.
    std::mutex m_cancelMutex;
    bool m_reading = false;
};

} // namespace motcua::client
