#include "gui/camera/CameraDialog.h"

#include "gui/camera/CameraDecoder.h"

#include <QCamera>
#include <QCameraDevice>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMediaCaptureSession>
#include <QMediaDevices>
#include <QSettings>
#include <QVBoxLayout>
#include <QVideoSink>
#include <QVideoWidget>

namespace motcua::client {

namespace {

constexpr auto kDeviceSetting = "camera/device";

} // namespace

CameraDialog::CameraDialog(QWidget* parent)
    : QDialog(parent)
    , m_devices(new QMediaDevices(this))
    , m_session(new QMediaCaptureSession(this))
    , m_decoder(new CameraDecoder(this))
    , m_picker(new QComboBox(this))
    , m_preview(new QVideoWidget(this))
    , m_status(new QLabel(this))
    , m_code(new QLabel(this))
{
    setWindowTitle(tr("Read a barcode with the camera"));
    m_picker->setObjectName(QStringLiteral("cameraPicker"));
    m_preview->setObjectName(QStringLiteral("cameraPreview"));
    m_preview->setMinimumSize(480, 360);
    m_status->setObjectName(QStringLiteral("cameraStatus"));
    m_status->setWordWrap(true);
    m_code->setObjectName(QStringLiteral("cameraLastCode"));
    m_code->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_code->setWordWrap(true);
    m_code->setText(tr("No code read yet."));

    auto* form = new QFormLayout;
    form->addRow(tr("Camera:"), m_picker);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_status);
    layout->addWidget(new QLabel(tr("Last code read:"), this));
    layout->addWidget(m_code);
    layout->addWidget(buttons);

    // The preview's sink feeds the decoder too: what the clerk sees is what is decoded.
    m_session->setVideoOutput(m_preview);
    m_decoder->setVideoSink(m_preview->videoSink());
    connect(m_decoder, &CameraDecoder::codeRead, this, &CameraDialog::showCode);
    connect(m_devices, &QMediaDevices::videoInputsChanged, this, &CameraDialog::refreshDevices);
    connect(m_picker, &QComboBox::activated, this, [this] {
        QSettings().setValue(QLatin1String(kDeviceSetting), m_picker->currentData());
        startSelected();
    });
    refreshDevices();
}

CameraDialog::~CameraDialog()
{
    stopCamera();
    m_decoder->setVideoSink(nullptr);
}

bool CameraDialog::hasCamera() const
{
    return m_camera && m_camera->isAvailable();
}

void CameraDialog::refreshDevices()
{
    const QByteArray current = m_picker->currentData().toByteArray();
    const QByteArray remembered = QSettings().value(QLatin1String(kDeviceSetting)).toByteArray();
    m_picker->clear();
    const QList<QCameraDevice> cameras = QMediaDevices::videoInputs();
    for (const QCameraDevice& c : cameras)
        m_picker->addItem(c.description(), c.id());
    if (cameras.isEmpty()) {
        m_picker->setEnabled(false);
        stopCamera();
        m_status->setText(tr("No camera was found. Connect a webcam, or read the code with the "
                             "barcode gun or from a scanned page."));
        return;
    }
    m_picker->setEnabled(cameras.size() > 1);
    int index = m_picker->findData(current.isEmpty() ? remembered : current);
    if (index < 0) {
        index = m_picker->findData(QMediaDevices::defaultVideoInput().id());
        if (index < 0)
            index = 0;
    }
    m_picker->setCurrentIndex(index);
    if (isVisible())
        startSelected();
}

void CameraDialog::startSelected()
{
    stopCamera();
    const QByteArray id = m_picker->currentData().toByteArray();
    QCameraDevice device;
    for (const QCameraDevice& c : QMediaDevices::videoInputs()) {
        if (c.id() == id)
            device = c;
    }
    if (device.isNull())
        return;
    m_camera = new QCamera(device, this);
    connect(m_camera, &QCamera::errorOccurred, this,
            [this](QCamera::Error error, const QString& text) {
                if (error == QCamera::NoError)
                    return;
                // Qt's text is English and technical; ours says what to do, Qt's helps support.
                m_status->setText(tr("The camera cannot be used (%1). Close other programs that "
                                     "use it, or choose another camera.")
                                      .arg(text));
            });
    m_session->setCamera(m_camera);
    m_status->setText(tr("Hold the receipt or the ID card's QR code in front of the camera."));
    m_camera->start();
}

void CameraDialog::stopCamera()
{
    if (!m_camera)
        return;
    m_camera->stop();
    m_session->setCamera(nullptr);
    delete m_camera;
    m_camera = nullptr;
}

void CameraDialog::showCode(const QString& text, const QString& format)
{
    m_lastText = text;
    m_lastFormat = format;
    m_code->setText(tr("%1 (%2)").arg(text, format));
    emit codeRead(text, format);
    if (m_closeOnRead)
        accept();
}

void CameraDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    m_decoder->setPaused(false);
    if (!m_camera && m_picker->count() > 0)
        startSelected();
}

void CameraDialog::hideEvent(QHideEvent* event)
{
    m_decoder->setPaused(true);
    stopCamera();
    QDialog::hideEvent(event);
}

} // namespace motcua::client
