#pragma once

#include "core/barcode/Barcode.h"

#include <functional>

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>
#include <QVideoFrame>

class QVideoSink;

namespace motcua::client {

// Reads barcodes from a stream of camera frames (a QVideoSink: the preview widget's, or one a
// test feeds). Each frame is decoded on a worker thread through core/barcode (the one zxing
// wrapper), never on the GUI thread.
//
// A camera gives 15–60 frames a second and a decode may take longer than one frame, so frames
// are never queued: while the worker is busy only the newest frame is kept (replacing the one
// kept before, which counts as dropped), and it is decoded next. At most one frame is being
// decoded and at most one is waiting, whatever the camera's rate.
//
// The same code in front of the camera is reported once: a text is reported again only after it
// has not been seen for debounceMs() (default 3 s), so a receipt held still is one read, and
// showing it again a while later is another.
class CameraDecoder : public QObject {
    Q_OBJECT
public:
    explicit CameraDecoder(QObject* parent = nullptr);
    ~CameraDecoder() override; // stops the worker thread (waits for a decode in progress)

    // Frames from `sink` (videoFrameChanged) are decoded from now on; null detaches.
    void setVideoSink(QVideoSink* sink);
    void setDecodeOptions(const DecodeOptions& options);
    void setDebounceMs(int ms) { m_debounceMs = ms; }
    int debounceMs() const { return m_debounceMs; }
    // Milliseconds of a monotonic clock (tests fix it); default QDeadlineTimer-based.
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    // Paused: frames are ignored (the dialog hidden).
    void setPaused(bool paused) { m_paused = paused; }

    // For diagnostics and tests.
    int framesReceived() const { return m_received; }
    int framesDecoded() const { return m_decoded; }
    int framesDropped() const { return m_dropped; }
    int framesWaiting() const { return m_waiting.isValid() ? 1 : 0; } // 0 or 1, never more
    int maxFramesWaiting() const { return m_maxWaiting; }
    bool busy() const { return m_busy; }
    // The thread that ran the last decode (never the GUI thread).
    Qt::HANDLE lastDecodeThread() const { return m_lastThread; }

public slots:
    void processFrame(const QVideoFrame& frame);

signals:
    // A code seen for the first time (or again after the debounce time without it).
    void codeRead(const QString& text, const QString& format);
    // Each finished decode, with the number of symbols found in the frame (0: none).
    void frameDecoded(int symbols);

private:
    void dispatch(const QVideoFrame& frame);
    void onDecoded(const QList<DecodedBarcode>& found, Qt::HANDLE thread);
    qint64 now() const;

    QThread m_thread;
    QObject* m_worker = nullptr; // lives on m_thread: decodes run in its event loop
    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_sinkConnection;
    DecodeOptions m_options;
    std::function<qint64()> m_clock;
    int m_debounceMs = 3000;
    bool m_paused = false;
    bool m_busy = false;
    QVideoFrame m_waiting;             // the newest frame that arrived while busy
    QHash<QString, qint64> m_lastSeen; // text -> when last seen (ms)
    int m_received = 0;
    int m_decoded = 0;
    int m_dropped = 0;
    int m_maxWaiting = 0;
    Qt::HANDLE m_lastThread = nullptr;
};

} // namespace motcua::client
