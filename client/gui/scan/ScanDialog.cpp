#include "gui/scan/ScanDialog.h"

#include "core/scan/Scanner.h"
#include "core/scan/Thumbnail.h"

#include <algorithm>

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace motcua::client {

namespace {

constexpr int kThumbnailWidth = 160;
constexpr int kPreviewWidth = 320;
constexpr int kPageRole = Qt::UserRole;
constexpr auto kSourceKey = "scan/source";
constexpr auto kModeKey = "scan/mode";
constexpr auto kResolutionKey = "scan/resolution";

void selectData(QComboBox* box, const QVariant& value)
{
    const int i = box->findData(value);
    if (i >= 0)
        box->setCurrentIndex(i);
}

} // namespace

ScanDialog::ScanDialog(QWidget* parent, QSettings* settings, Scanner* scanner)
    : QDialog(parent)
    , m_settings(settings)
    , m_scanner(scanner)
{
    setWindowTitle(tr("Scan papers"));
    if (!m_settings)
        m_ownSettings = std::make_unique<QSettings>();
    if (!m_scanner)
        m_scanner = new Scanner(this, &this->settings());

    m_device = new QComboBox;
    m_device->setObjectName(QStringLiteral("deviceCombo"));
    m_device->setMinimumContentsLength(30);
    m_refresh = new QPushButton(tr("&Search again"));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("sourceCombo"));
    m_mode = new QComboBox;
    m_mode->setObjectName(QStringLiteral("modeCombo"));
    m_resolution = new QComboBox;
    m_resolution->setObjectName(QStringLiteral("resolutionCombo"));

    auto* deviceRow = new QHBoxLayout;
    deviceRow->addWidget(m_device, 1);
    deviceRow->addWidget(m_refresh);
    auto* form = new QFormLayout;
    // The field is a layout, so the label needs its buddy set by hand (else "&" shows as is).
    auto* deviceLabel = new QLabel(tr("Sc&anner:"));
    deviceLabel->setBuddy(m_device);
    form->addRow(deviceLabel, deviceRow);
    form->addRow(tr("&Paper from:"), m_source);
    form->addRow(tr("&Mode:"), m_mode);
    form->addRow(tr("&Resolution:"), m_resolution);

    m_preview = new QPushButton(tr("Pre&view"));
    m_preview->setObjectName(QStringLiteral("previewButton"));
    m_scan = new QPushButton(tr("S&can"));
    m_scan->setObjectName(QStringLiteral("scanButton"));
    m_scan->setDefault(true);
    // "&l" is Turn left's: each accelerator once per dialog.
    m_cancel = new QPushButton(tr("Cancel scann&ing"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_preview);
    actions->addWidget(m_scan);
    actions->addWidget(m_cancel);
    actions->addStretch();

    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 100);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setWordWrap(true);
    m_previewImage = new QLabel;
    m_previewImage->setObjectName(QStringLiteral("previewLabel"));
    m_previewImage->setFixedWidth(kPreviewWidth);
    m_previewImage->setAlignment(Qt::AlignCenter);
    m_previewImage->setMinimumHeight(kPreviewWidth * 297 / 210);

    m_pages = new QListWidget;
    m_pages->setObjectName(QStringLiteral("pageList"));
    m_pages->setViewMode(QListView::IconMode);
    m_pages->setIconSize(QSize(kThumbnailWidth, kThumbnailWidth * 297 / 210));
    m_pages->setResizeMode(QListView::Adjust);
    m_pages->setMovement(QListView::Snap);
    // Reordering by dragging within the list.
    m_pages->setDragDropMode(QAbstractItemView::InternalMove);
    m_pages->setDefaultDropAction(Qt::MoveAction);
    m_pages->setSelectionMode(QAbstractItemView::ExtendedSelection);

    m_rotateLeft = new QPushButton(tr("Turn &left"));
    m_rotateLeft->setObjectName(QStringLiteral("rotateLeftButton"));
    m_rotateRight = new QPushButton(tr("Turn ri&ght"));
    m_rotateRight->setObjectName(QStringLiteral("rotateRightButton"));
    m_delete = new QPushButton(tr("&Delete page"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_rescan = new QPushButton(tr("Sca&n this page again"));
    m_rescan->setObjectName(QStringLiteral("rescanButton"));
    auto* pageActions = new QHBoxLayout;
    pageActions->addWidget(m_rotateLeft);
    pageActions->addWidget(m_rotateRight);
    pageActions->addWidget(m_delete);
    pageActions->addWidget(m_rescan);
    pageActions->addStretch();

    auto* buttons = new QDialogButtonBox;
    m_use = buttons->addButton(tr("&Use these pages"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(QStringLiteral("closeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* left = new QVBoxLayout;
    left->addLayout(form);
    left->addLayout(actions);
    left->addWidget(m_progress);
    left->addWidget(m_status);
    left->addWidget(m_previewImage);
    left->addStretch();
    auto* right = new QVBoxLayout;
    right->addWidget(m_pages, 1);
    right->addLayout(pageActions);
    auto* body = new QHBoxLayout;
    body->addLayout(left);
    body->addLayout(right, 1);
    auto* top = new QVBoxLayout(this);
    top->addLayout(body, 1);
    top->addWidget(buttons);

    connect(m_scanner, &Scanner::devicesDiscovered, this, &ScanDialog::onDevices);
    connect(m_scanner, &Scanner::deviceOpened, this, &ScanDialog::onDeviceOpened);
    connect(m_scanner, &Scanner::deviceFailed, this,
            [this](const QString&, ScanStatus, const QString& message) {
                m_status->setText(message);
                updateButtons();
            });
    connect(m_scanner, &Scanner::progress, this,
            [this](int pagesDone, qint64 bytes, qint64 expected) {
                m_progress->setValue(expected > 0 ? int(bytes * 100 / expected) : 0);
                m_status->setText(tr("Scanning page %1…").arg(pagesDone + 1));
            });
    connect(m_scanner, &Scanner::pageScanned, this, &ScanDialog::onPage);
    connect(m_scanner, &Scanner::previewReady, this, [this](const QImage& image) {
        m_previewImage->setPixmap(
            QPixmap::fromImage(Thumbnail::make(image, {kPreviewWidth, kPreviewWidth * 2})));
    });
    connect(m_scanner, &Scanner::scanFinished, this, &ScanDialog::onFinished);
    connect(m_scanner, &Scanner::busyChanged, this, &ScanDialog::setBusy);

    connect(m_refresh, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("Searching for scanners…"));
        m_refresh->setEnabled(false);
        m_scanner->discoverDevices();
    });
    connect(m_device, &QComboBox::activated, this, [this] {
        const QString name = m_device->currentData().toString();
        if (!name.isEmpty() && name != m_scanner->capabilities().device)
            m_scanner->openDevice(name);
    });
    for (QComboBox* box : {m_source, m_mode, m_resolution})
        connect(box, &QComboBox::activated, this, &ScanDialog::remember);
    connect(m_preview, &QPushButton::clicked, this, [this] { startScan(true); });
    connect(m_scan, &QPushButton::clicked, this, [this] {
        m_replaceRow = -1;
        startScan(false);
    });
    connect(m_cancel, &QPushButton::clicked, m_scanner, &Scanner::cancel);
    connect(m_rotateLeft, &QPushButton::clicked, this, [this] { rotateSelected(-1); });
    connect(m_rotateRight, &QPushButton::clicked, this, [this] { rotateSelected(1); });
    connect(m_delete, &QPushButton::clicked, this, &ScanDialog::deleteSelected);
    connect(m_rescan, &QPushButton::clicked, this, &ScanDialog::rescanSelected);
    connect(m_pages, &QListWidget::itemSelectionChanged, this, &ScanDialog::updateButtons);
    connect(m_pages->model(), &QAbstractItemModel::rowsRemoved, this, &ScanDialog::updateButtons);
    connect(m_pages->model(), &QAbstractItemModel::rowsInserted, this, &ScanDialog::updateButtons);

    // The last scanner opens at once; the search for others (seconds) runs behind it.
    const QString last = m_scanner->lastDevice();
    if (!m_scanner->capabilities().device.isEmpty()) {
        onDeviceOpened(m_scanner->capabilities()); // a shared scanner, already open
    } else if (!last.isEmpty()) {
        m_device->addItem(last, last);
        m_scanner->openDevice(last);
    }
    m_status->setText(tr("Searching for scanners…"));
    m_refresh->setEnabled(false);
    m_scanner->discoverDevices();
    m_busy = m_scanner->isBusy();
    updateButtons();
}

ScanDialog::~ScanDialog() = default;

void ScanDialog::reject()
{
    // Close, Escape and the window's own close button all come here. While saving, closing
    // would delete what holds the pages and the saving with them, and nothing would be saved.
    if (m_saving) {
        m_status->setText(m_savingText + u'\n' +
                          tr("The dialog can be closed once the pages are saved."));
        return;
    }
    QDialog::reject();
}

void ScanDialog::clearPages()
{
    m_pages->clear();
    m_replaceRow = -1;
    updateButtons();
}

void ScanDialog::insertHeader(QWidget* widget)
{
    if (auto* top = qobject_cast<QVBoxLayout*>(layout()))
        top->insertWidget(0, widget);
}

QSettings& ScanDialog::settings() const
{
    return m_settings ? *m_settings : *m_ownSettings;
}

QString ScanDialog::sourceName(ScanSource source)
{
    switch (source) {
    case ScanSource::Flatbed:
        return tr("Glass (one page)");
    case ScanSource::Feeder:
        return tr("Document feeder");
    case ScanSource::Duplex:
        return tr("Document feeder, both sides");
    }
    return {};
}

QString ScanDialog::modeName(ScanMode mode)
{
    switch (mode) {
    case ScanMode::Color:
        return tr("Colour");
    case ScanMode::Gray:
        return tr("Grey");
    case ScanMode::Lineart:
        return tr("Black and white (text)");
    }
    return {};
}

void ScanDialog::onDevices()
{
    m_refresh->setEnabled(true);
    QString current = m_device->currentData().toString();
    const QList<ScanDevice> devices = m_scanner->devices();
    // A remembered scanner that is neither found nor open is gone: offer the others instead.
    const bool found = std::any_of(devices.begin(), devices.end(),
                                   [&](const ScanDevice& d) { return d.name == current; });
    if (!found && current != m_scanner->capabilities().device)
        current.clear();
    m_device->clear();
    for (const ScanDevice& d : devices)
        m_device->addItem(d.label(), d.name);
    // The device in use stays listed even when discovery missed it (a network scanner asleep).
    if (!current.isEmpty() && m_device->findData(current) < 0)
        m_device->insertItem(0, current, current);
    if (!current.isEmpty())
        selectData(m_device, current);
    if (m_status->text() == tr("Searching for scanners…"))
        m_status->clear();
    if (m_device->count() == 0)
        m_status->setText(Scanner::messageFor(ScanStatus::NoDevice));
    else if (current.isEmpty())
        m_scanner->openDevice(m_device->currentData().toString());
    updateButtons();
}

void ScanDialog::onDeviceOpened(const DeviceCapabilities& caps)
{
    if (m_device->findData(caps.device) < 0)
        m_device->insertItem(0, caps.device, caps.device);
    selectData(m_device, caps.device);

    const QSettings& s = settings();
    const QVariant source =
        m_source->count() ? m_source->currentData() : s.value(QLatin1String(kSourceKey));
    const QVariant mode =
        m_mode->count() ? m_mode->currentData() : s.value(QLatin1String(kModeKey));
    const QVariant dpi = m_resolution->count() ? m_resolution->currentData()
                                               : s.value(QLatin1String(kResolutionKey), 200);
    m_source->clear();
    for (const ScanSource v : caps.sources)
        m_source->addItem(sourceName(v), int(v));
    m_mode->clear();
    for (const ScanMode v : caps.modes)
        m_mode->addItem(modeName(v), int(v));
    m_resolution->clear();
    for (const int r : caps.resolutions)
        m_resolution->addItem(tr("%1 dpi").arg(r), r);
    selectData(m_source, source);
    // Grey by default: what most papers at the counter need, at a third of colour's size.
    if (mode.isValid())
        selectData(m_mode, mode);
    else
        selectData(m_mode, int(ScanMode::Gray));
    selectData(m_resolution, caps.nearestResolution(dpi.toInt()));
    updateButtons();
}

ScanSettings ScanDialog::currentSettings() const
{
    ScanSettings s;
    s.device = m_device->currentData().toString();
    s.source = ScanSource(m_source->currentData().toInt());
    s.mode = ScanMode(m_mode->currentData().toInt());
    s.resolution = m_resolution->currentData().toInt();
    return s;
}

void ScanDialog::remember()
{
    QSettings& s = settings();
    s.setValue(QLatin1String(kSourceKey), m_source->currentData());
    s.setValue(QLatin1String(kModeKey), m_mode->currentData());
    s.setValue(QLatin1String(kResolutionKey), m_resolution->currentData());
}

void ScanDialog::startScan(bool preview)
{
    if (m_device->currentData().toString().isEmpty())
        return;
    remember();
    m_pagesThisJob = 0;
    m_progress->setValue(0);
    ScanSettings s = currentSettings();
    if (m_replaceRow >= 0)
        s.source = ScanSource::Flatbed; // one page, in place of the selected one
    if (preview)
        m_scanner->preview(s);
    else
        m_scanner->scan(s);
}

void ScanDialog::showPage(QListWidgetItem* item, const QImage& page)
{
    item->setData(kPageRole, page);
    item->setIcon(QPixmap::fromImage(Thumbnail::make(page, m_pages->iconSize())));
}

void ScanDialog::onPage(const QImage& page, int)
{
    ++m_pagesThisJob;
    QListWidgetItem* item = nullptr;
    if (m_replaceRow >= 0 && m_replaceRow < m_pages->count()) {
        item = m_pages->item(m_replaceRow);
        m_replaceRow = -1;
    } else {
        item = new QListWidgetItem(m_pages);
        m_pages->scrollToItem(item);
    }
    showPage(item, page);
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->item(i)->setText(tr("Page %1").arg(i + 1));
}

void ScanDialog::onFinished(ScanStatus status, const QString& message, int pages)
{
    m_replaceRow = -1;
    m_progress->setValue(status == ScanStatus::Ok ? 100 : 0);
    if (status == ScanStatus::Ok)
        m_status->setText(pages > 0 ? tr("%n page(s) scanned.", nullptr, pages) : QString());
    else
        m_status->setText(message);
    updateButtons();
}

void ScanDialog::rescanSelected()
{
    const QList<QListWidgetItem*> selected = m_pages->selectedItems();
    if (selected.size() != 1)
        return;
    m_replaceRow = m_pages->row(selected.first());
    startScan(false);
}

void ScanDialog::rotateSelected(int quarterTurns)
{
    for (QListWidgetItem* item : m_pages->selectedItems())
        showPage(item, PageDocument::rotated(item->data(kPageRole).value<QImage>(), quarterTurns));
}

void ScanDialog::deleteSelected()
{
    qDeleteAll(m_pages->selectedItems());
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->item(i)->setText(tr("Page %1").arg(i + 1));
}

PageDocument ScanDialog::document() const
{
    PageDocument doc;
    for (int i = 0; i < m_pages->count(); ++i)
        doc.append(m_pages->item(i)->data(kPageRole).value<QImage>());
    return doc;
}

void ScanDialog::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void ScanDialog::setSaving(bool saving, const QString& text)
{
    m_saving = saving;
    m_savingText = saving ? text : QString();
    // A busy bar: how long a PDF takes depends on the pages, not on anything we can count.
    m_progress->setRange(0, saving ? 0 : 100);
    m_progress->setValue(0);
    if (!text.isEmpty() || !saving)
        m_status->setText(text);
    m_pages->setDragDropMode(saving ? QAbstractItemView::NoDragDrop
                                    : QAbstractItemView::InternalMove);
    updateButtons();
}

void ScanDialog::updateButtons()
{
    const bool device = !m_device->currentData().toString().isEmpty() && m_source->count() > 0;
    // Scanning and saving both hold the page list still.
    const bool busy = m_busy || m_saving;
    const int selected = int(m_pages->selectedItems().size());
    m_preview->setEnabled(device && !busy);
    m_scan->setEnabled(device && !busy);
    m_cancel->setEnabled(m_busy);
    m_device->setEnabled(!busy);
    m_source->setEnabled(!busy);
    m_mode->setEnabled(!busy);
    m_resolution->setEnabled(!busy);
    m_rotateLeft->setEnabled(selected > 0 && !busy);
    m_rotateRight->setEnabled(selected > 0 && !busy);
    m_delete->setEnabled(selected > 0 && !busy);
    m_rescan->setEnabled(selected == 1 && device && !busy);
    m_use->setEnabled(m_pages->count() > 0 && !busy);
    m_close->setEnabled(!m_saving);
}

} // namespace motcua::client
