#pragma once

#include <QDialog>
#include <QString>

class QCamera;
class QComboBox;
class QLabel;
class QMediaCaptureSession;
class QMediaDevices;
class QVideoWidget;

namespace motcua::client {

class CameraDecoder;

// Reads a barcode with a webcam: the citizen's receipt (its QR or the dossier code's Code 128)
// or a chip-based ID card's QR. A live preview, a picker when there are several cameras (the last
// one used is remembered in QSettings "camera/device"), the last code read, and a plain message
// when there is no camera. Frames are decoded off the GUI thread by CameraDecoder.
//
// Use: CameraDialog dlg(parent); connect(&dlg, &CameraDialog::codeRead, ...); dlg.exec();
// codeRead is emitted once per code shown (see CameraDecoder's debounce); with
// setCloseOnRead(true) the dialog accepts itself after the first one.
class CameraDialog : public QDialog {
    Q_OBJECT
public:
    explicit CameraDialog(QWidget* parent = nullptr);
    ~CameraDialog() override;

    void setCloseOnRead(bool close) { m_closeOnRead = close; }
    QString lastText() const { return m_lastText; }
    QString lastFormat() const { return m_lastFormat; }
    CameraDecoder* decoder() const { return m_decoder; }
    bool hasCamera() const; // a camera is selected and usable

signals:
    void codeRead(const QString& text, const QString& format);

protected:
    void showEvent(QShowEvent* event) override;
    void hideEvent(QHideEvent* event) override;

private:
    void refreshDevices();
    void startSelected();
    void stopCamera();
    void showCode(const QString& text, const QString& format);

    QMediaDevices* m_devices;
    QMediaCaptureSession* m_session;
    QCamera* m_camera = nullptr;
    CameraDecoder* m_decoder;
    QComboBox* m_picker;
    QVideoWidget* m_preview;
    QLabel* m_status;
    QLabel* m_code;
    QString m_lastText;
    QString m_lastFormat;
    bool m_closeOnRead = false;
};

} // namespace motcua::client
