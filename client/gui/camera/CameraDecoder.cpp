#include "gui/camera/CameraDecoder.h"

#include <QDeadlineTimer>
#include <QImage>
#include <QVideoFrameFormat>
#include <QVideoSink>

namespace motcua::client {

namespace {

// The frame's brightness as an 8-bit grey image, which is all zxing looks at. For the YUV
// formats cameras deliver, that is the Y plane as it is (no colour conversion); other formats go
// through QVideoFrame::toImage().
QImage lumaOf(QVideoFrame frame)
{
    if (!frame.isValid())
        return {};
    const QVideoFrameFormat::PixelFormat format = frame.pixelFormat();
    const int w = frame.width();
    const int h = frame.height();
    switch (format) {
    case QVideoFrameFormat::Format_Y8:
    case QVideoFrameFormat::Format_NV12:
    case QVideoFrameFormat::Format_NV21:
    case QVideoFrameFormat::Format_YUV420P:
    case QVideoFrameFormat::Format_YUV422P:
    case QVideoFrameFormat::Format_YV12:
    case QVideoFrameFormat::Format_IMC1:
    case QVideoFrameFormat::Format_IMC2:
    case QVideoFrameFormat::Format_IMC3:
    case QVideoFrameFormat::Format_IMC4: {
        if (!frame.map(QVideoFrame::ReadOnly))
            return {};
        // Plane 0 is the luma plane, one byte a pixel.
        QImage out =
            QImage(frame.bits(0), w, h, frame.bytesPerLine(0), QImage::Format_Grayscale8).copy();
        frame.unmap();
        return out;
    }
    case QVideoFrameFormat::Format_YUYV:
    case QVideoFrameFormat::Format_UYVY: {
        if (!frame.map(QVideoFrame::ReadOnly))
            return {};
        // Packed 4:2:2: Y0 U Y1 V (YUYV) or U Y0 V Y1 (UYVY); every other byte is a Y.
        QImage out(w, h, QImage::Format_Grayscale8);
        const int first = format == QVideoFrameFormat::Format_YUYV ? 0 : 1;
        for (int y = 0; y < h; ++y) {
            const uchar* src = frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0) + first;
            uchar* dst = out.scanLine(y);
            for (int x = 0; x < w; ++x)
                dst[x] = src[2 * x];
        }
        frame.unmap();
        return out;
    }
    default:
        return frame.toImage(); // barcode::decode converts it to grey
    }
}

} // namespace

CameraDecoder::CameraDecoder(QObject* parent)
    : QObject(parent)
{
    // Camera frames: quick settings (a frame that fails is followed by the next one), the
    // receipt's QR and the dossier code's Code 128, the CCCD's QR.
    m_options.formats = BarcodeFormat::QrCode | BarcodeFormat::Code128;
    m_options.tryHarder = false;
    m_options.tryRotate = true;
    m_thread.setObjectName(QStringLiteral("motcua-camera-decode"));
    m_worker = new QObject;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

CameraDecoder::~CameraDecoder()
{
    setVideoSink(nullptr);
    m_thread.quit();
    m_thread.wait(); // a decode in progress ends first (tens of milliseconds)
}

void CameraDecoder::setVideoSink(QVideoSink* sink)
{
    if (m_sinkConnection)
        disconnect(m_sinkConnection);
    m_sink = sink;
    if (sink)
        m_sinkConnection =
            connect(sink, &QVideoSink::videoFrameChanged, this, &CameraDecoder::processFrame);
}

void CameraDecoder::setDecodeOptions(const DecodeOptions& options)
{
    m_options = options;
}

qint64 CameraDecoder::now() const
{
    if (m_clock)
        return m_clock();
    return QDeadlineTimer::current().deadline();
}

void CameraDecoder::processFrame(const QVideoFrame& frame)
{
    if (m_paused || !frame.isValid())
        return;
    ++m_received;
    if (m_busy) {
        // Latest frame wins: the one waiting (if any) is stale now.
        if (m_waiting.isValid())
            ++m_dropped;
        m_waiting = frame;
        m_maxWaiting = std::max(m_maxWaiting, 1);
        return;
    }
    dispatch(frame);
}

void CameraDecoder::dispatch(const QVideoFrame& frame)
{
    m_busy = true;
    const DecodeOptions options = m_options;
    QPointer<CameraDecoder> self(this);
    QMetaObject::invokeMethod(
        m_worker,
        [self, frame, options] {
            const QImage luma = lumaOf(frame);
            const QList<DecodedBarcode> found =
                luma.isNull() ? QList<DecodedBarcode>() : barcode::decode(luma, options);
            const Qt::HANDLE thread = QThread::currentThreadId();
            if (!self)
                return;
            // Back on the decoder's thread (queued; dropped if the decoder is gone by then).
            QMetaObject::invokeMethod(
                self.data(),
                [self, found, thread] {
                    if (self)
                        self->onDecoded(found, thread);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void CameraDecoder::onDecoded(const QList<DecodedBarcode>& found, Qt::HANDLE thread)
{
    m_busy = false;
    ++m_decoded;
    m_lastThread = thread;
    const qint64 at = now();
    QList<DecodedBarcode> fresh;
    for (const DecodedBarcode& b : found) {
        if (b.text.isEmpty())
            continue;
        const auto seen = m_lastSeen.constFind(b.text);
        const bool repeat = seen != m_lastSeen.constEnd() && at - *seen < m_debounceMs;
        m_lastSeen.insert(b.text, at); // held in view: still the same reading
        if (!repeat)
            fresh.append(b);
    }
    // Forget codes long out of view, so the table stays small over a day at the counter.
    for (auto it = m_lastSeen.begin(); it != m_lastSeen.end();) {
        if (at - it.value() >= m_debounceMs)
            it = m_lastSeen.erase(it);
        else
            ++it;
    }
    if (m_waiting.isValid()) {
        QVideoFrame next = m_waiting;
        m_waiting = QVideoFrame();
        dispatch(next);
    }
    emit frameDecoded(int(found.size()));
    for (const DecodedBarcode& b : std::as_const(fresh))
        emit codeRead(b.text, b.formatName);
}

} // namespace motcua::client
