#include "core/barcode/Barcode.h"
#include "gui/camera/CameraDecoder.h"
#include "gui/camera/CameraDialog.h"

#include <cstring>

#include <QCameraDevice>
#include <QComboBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QMediaDevices>
#include <QPainter>
#include <QSignalSpy>
#include <QThread>
#include <QVideoFrame>
#include <QVideoFrameFormat>
#include <QVideoSink>
#include <QVideoWidget>
#include <QtTest>

using namespace motcua::client;

namespace {

// A 640x480 camera picture: grey background with `text`'s QR in the middle (4 px a module).
QImage pictureOf(const QString& text, QSize size = QSize(640, 480))
{
    QImage picture(size, QImage::Format_Grayscale8);
    picture.fill(180);
    if (!text.isEmpty()) {
        const auto qr = barcode::encodeQr(text);
        if (!qr)
            return {};
        const QImage big = qr->scaled(qr->size() * 4); // integer scale, no smoothing
        QPainter p(&picture);
        p.drawImage((size.width() - big.width()) / 2, (size.height() - big.height()) / 2, big);
    }
    return picture;
}

// What a camera delivers: an 8-bit luma frame (the Y plane of NV12/YUV420P looks just like it).
QVideoFrame frameOf(const QImage& grey)
{
    QVideoFrame frame(QVideoFrameFormat(grey.size(), QVideoFrameFormat::Format_Y8));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < grey.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), grey.constScanLine(y),
                    size_t(grey.width()));
    frame.unmap();
    return frame;
}

// The same picture as a 32-bit BGRA frame (decoded through QVideoFrame::toImage()).
QVideoFrame bgraFrameOf(const QImage& grey)
{
    const QImage rgb = grey.convertToFormat(QImage::Format_ARGB32); // B,G,R,A in memory
    QVideoFrame frame(QVideoFrameFormat(rgb.size(), QVideoFrameFormat::Format_BGRA8888));
    if (!frame.map(QVideoFrame::WriteOnly))
        return {};
    for (int y = 0; y < rgb.height(); ++y)
        std::memcpy(frame.bits(0) + qsizetype(y) * frame.bytesPerLine(0), rgb.constScanLine(y),
                    size_t(rgb.width()) * 4);
    frame.unmap();
    return frame;
}

} // namespace

class TstCamera : public QObject {
    Q_OBJECT

private slots:
    void aCodeInFrontOfTheCameraIsReadOnceOnAnotherThread()
    {
        QVideoSink sink;
        CameraDecoder decoder;
        qint64 clock = 1000;
        decoder.setClock([&clock] { return clock; });
        decoder.setVideoSink(&sink);
        QSignalSpy read(&decoder, &CameraDecoder::codeRead);
        QSignalSpy decoded(&decoder, &CameraDecoder::frameDecoded);

        const QString receipt = QStringLiteral("000.00.71.H36-260101-0007");
        const QImage picture = pictureOf(receipt);
        QVERIFY(!picture.isNull());
        sink.setVideoFrame(frameOf(picture));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().at(0).toString(), receipt);
        QCOMPARE(read.first().at(1).toString(), QStringLiteral("QRCode"));
        // Decoded on the worker, never on this (the GUI) thread.
        QVERIFY(decoder.lastDecodeThread() != nullptr);
        QVERIFY(decoder.lastDecodeThread() != QThread::currentThreadId());

        // The receipt held in front of the camera: more frames, no new report.
        for (int i = 0; i < 5; ++i) {
            clock += 200;
            const int before = decoded.size();
            sink.setVideoFrame(frameOf(picture));
            QTRY_VERIFY(decoded.size() > before);
        }
        QCOMPARE(read.size(), 1);
        QCOMPARE(decoded.last().at(0).toInt(), 1);

        // Taken away (frames without a code: nothing reported), shown again soon: still one.
        const QImage empty = pictureOf(QString());
        clock += 500;
        sink.setVideoFrame(frameOf(empty));
        QTRY_COMPARE(decoded.last().at(0).toInt(), 0);
        clock += 1000;
        sink.setVideoFrame(frameOf(picture));
        QTRY_COMPARE(decoded.last().at(0).toInt(), 1);
        QCOMPARE(read.size(), 1);

        // Out of view for longer than the debounce time, then shown again: a second reading.
        clock += decoder.debounceMs() + 1;
        sink.setVideoFrame(frameOf(picture));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.last().at(0).toString(), receipt);

        // Another code is reported at once, even within the debounce time.
        const QString cccd = QStringLiteral(
            "001190012345|123456789|Nguyễn Văn Đức|01021990|Nam|Số 1 Trần Phú, Đà Lạt|15082021");
        clock += 100;
        sink.setVideoFrame(frameOf(pictureOf(cccd)));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.last().at(0).toString(), cccd);

        // A 32-bit RGB frame (some cameras, the ffmpeg backend's conversions) works too.
        const QString other = QStringLiteral("000.00.71.H36-260101-0042");
        clock += 100;
        sink.setVideoFrame(bgraFrameOf(pictureOf(other)));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.last().at(0).toString(), other);
    }

    void aFrameWithoutACodeReportsNothing()
    {
        QVideoSink sink;
        CameraDecoder decoder;
        decoder.setVideoSink(&sink);
        QSignalSpy read(&decoder, &CameraDecoder::codeRead);
        QSignalSpy decoded(&decoder, &CameraDecoder::frameDecoded);
        QImage noise(640, 480, QImage::Format_Grayscale8);
        for (int y = 0; y < noise.height(); ++y) {
            uchar* line = noise.scanLine(y);
            for (int x = 0; x < noise.width(); ++x)
                line[x] = uchar((x * 7 + y * 13) % 256);
        }
        sink.setVideoFrame(frameOf(noise));
        QVERIFY(decoded.wait(10000));
        QCOMPARE(decoded.first().at(0).toInt(), 0);
        sink.setVideoFrame(frameOf(pictureOf(QString())));
        QVERIFY(decoded.wait(10000));
        QCOMPARE(decoded.size(), 2);
        QVERIFY(read.isEmpty());
        QCOMPARE(decoder.framesDropped(), 0);
    }

    // 200 frames at once (a camera faster than the decoder): the newest frame waits, the rest
    // are dropped, nothing piles up, and the code still arrives, once.
    void aBurstOfFramesIsDroppedNotQueued()
    {
        QVideoSink sink;
        CameraDecoder decoder;
        decoder.setVideoSink(&sink);
        QSignalSpy read(&decoder, &CameraDecoder::codeRead);
        QSignalSpy decoded(&decoder, &CameraDecoder::frameDecoded);
        // A large frame so that each decode takes a while.
        const QString text = QStringLiteral("HS-BURST-0001");
        const QImage picture = pictureOf(text, QSize(1920, 1080));
        // Handing 200 frames over never waits for a decode (the GUI thread is not blocked).
        qint64 handingOver = 0;
        for (int i = 0; i < 200; ++i) {
            const QVideoFrame frame = frameOf(picture); // a new frame each time, as a camera's
            QElapsedTimer t;
            t.start();
            sink.setVideoFrame(frame);
            handingOver += t.nsecsElapsed();
            QVERIFY(decoder.framesWaiting() <= 1);
        }
        QVERIFY2(handingOver < qint64(500) * 1000 * 1000, qPrintable(QString::number(handingOver)));
        QCOMPARE(decoder.framesReceived(), 200);
        QVERIFY(decoder.busy());
        QTRY_VERIFY_WITH_TIMEOUT(!decoder.busy(), 20000);
        QCOMPARE(decoder.framesWaiting(), 0);
        QCOMPARE(decoder.maxFramesWaiting(), 1);
        // The first frame and the last one were decoded; the 198 in between were dropped.
        QCOMPARE(decoder.framesDecoded(), 2);
        QCOMPARE(decoder.framesDropped(), 198);
        QCOMPARE(decoder.framesDecoded() + decoder.framesDropped(), decoder.framesReceived());
        QCOMPARE(decoded.size(), 2);
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().at(0).toString(), text);
    }

    void pausedDecoderIgnoresFrames()
    {
        QVideoSink sink;
        CameraDecoder decoder;
        decoder.setVideoSink(&sink);
        decoder.setPaused(true);
        sink.setVideoFrame(frameOf(pictureOf(QStringLiteral("X"))));
        QCOMPARE(decoder.framesReceived(), 0);
        decoder.setVideoSink(nullptr);
        decoder.setPaused(false);
        sink.setVideoFrame(frameOf(pictureOf(QStringLiteral("X"))));
        QCOMPARE(decoder.framesReceived(), 0); // detached
    }

    // No camera on this machine (headless): the dialog says so plainly and still works as a
    // reader of frames reaching its preview.
    void theDialogWithoutACameraSaysSo()
    {
        QCOMPARE(QMediaDevices::videoInputs().size(), 0); // this test is for a camera-less machine
        CameraDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* status = dialog.findChild<QLabel*>(QStringLiteral("cameraStatus"));
        QVERIFY(status);
        QVERIFY(status->text().contains(QLatin1String("No camera")));
        auto* picker = dialog.findChild<QComboBox*>(QStringLiteral("cameraPicker"));
        QVERIFY(picker);
        QVERIFY(!picker->isEnabled());
        QCOMPARE(picker->count(), 0);
        QVERIFY(!dialog.hasCamera());

        QSignalSpy read(&dialog, &CameraDialog::codeRead);
        auto* preview = dialog.findChild<QVideoWidget*>(QStringLiteral("cameraPreview"));
        QVERIFY(preview);
        // Frames reaching the preview's sink are decoded (what the camera would do).
        const QString text = QStringLiteral("000.00.71.H36-260101-0100");
        preview->videoSink()->setVideoFrame(frameOf(pictureOf(text)));
        QVERIFY(read.wait(10000));
        QCOMPARE(read.first().at(0).toString(), text);
        QCOMPARE(dialog.lastText(), text);
        auto* last = dialog.findChild<QLabel*>(QStringLiteral("cameraLastCode"));
        QVERIFY(last->text().contains(text));

        // For a look by eye: MOTCUA_CAMERA_SHOT=/path/shot.png saves the dialog as it is now.
        if (const QString shot = qEnvironmentVariable("MOTCUA_CAMERA_SHOT"); !shot.isEmpty())
            QVERIFY(dialog.grab().save(shot));

        dialog.setCloseOnRead(true);
        const QString second = QStringLiteral("000.00.71.H36-260101-0101");
        preview->videoSink()->setVideoFrame(frameOf(pictureOf(second)));
        QTRY_VERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TstCamera)
#include "tst_camera.moc"
