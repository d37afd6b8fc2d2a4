#include "gui/scan/ScanIntoDossierDialog.h"

#include "core/VnTime.h"
#include "core/batch/ScanAttachment.h"
#include "core/sync/Workstation.h"

#include <algorithm>

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QFutureWatcher>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua::client {
namespace {

QString lastComponentKey(const Dossier& d)
{
    return QStringLiteral("scan/lastComponent/%1").arg(d.procedureCode);
}

} // namespace

ScanIntoDossierDialog::ScanIntoDossierDialog(Workstation& workstation, const Dossier& dossier,
                                             QWidget* parent, QSettings* settings, Scanner* scanner)
    : ScanDialog(parent, settings, scanner)
    , m_workstation(workstation)
    , m_dossier(dossier)
{
    setWindowTitle(tr("Scan papers into dossier %1").arg(dossier.code));

    auto* header = new QFrame;
    header->setObjectName(QStringLiteral("dossierHeader"));
    header->setFrameShape(QFrame::StyledPanel);
    m_title = new QLabel;
    m_title->setObjectName(QStringLiteral("dossierLabel"));
    m_title->setTextFormat(Qt::RichText);
    m_title->setWordWrap(true);
    m_title->setText(tr("Dossier <b>%1</b> — %2<br/>%3")
                         .arg(dossier.code.toHtmlEscaped(), dossier.owner.fullName.toHtmlEscaped(),
                              dossier.procedureName.toHtmlEscaped()));
    m_component = new QComboBox;
    m_component->setObjectName(QStringLiteral("componentCombo"));
    m_component->setMinimumContentsLength(40);
    m_component->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_componentState = new QLabel;
    m_componentState->setObjectName(QStringLiteral("componentState"));
    m_componentState->setWordWrap(true);
    m_result = new QLabel;
    m_result->setObjectName(QStringLiteral("saveResult"));
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_result->hide(); // shown with the outcome of a save

    auto* form = new QFormLayout;
    form->addRow(tr("C&omponent:"), m_component);
    form->addRow(QString(), m_componentState);
    auto* box = new QVBoxLayout(header);
    box->addWidget(m_title);
    box->addLayout(form);
    box->addWidget(m_result);
    insertHeader(header);

    useButton()->setText(tr("Save &to the component"));
    useButton()->setObjectName(QStringLiteral("saveButton"));
    useButton()->setDefault(false);

    fillComponents();
    // The component chosen last for this procedure, else the first one without a file yet.
    const int last = this->settings().value(lastComponentKey(dossier), 0).toInt();
    if (!selectComponent(last)) {
        const QList<AttachmentInfo> files = m_workstation.attachments(dossier.code);
        for (int i = 0; i < m_component->count(); ++i) {
            const int id = m_component->itemData(i).toInt();
            const bool hasFile = std::any_of(files.begin(), files.end(),
                                             [&](const auto& a) { return a.componentId == id; });
            if (!hasFile) {
                m_component->setCurrentIndex(i);
                break;
            }
        }
    }
    showComponentState();
    if (m_component->count() == 0)
        m_componentState->setText(tr("This dossier has no received component to scan into."));

    connect(m_component, &QComboBox::currentIndexChanged, this,
            &ScanIntoDossierDialog::showComponentState);
    connect(&m_workstation, &Workstation::attachmentsChanged, this, [this](const QString& code) {
        if (code == m_dossier.code)
            fillComponents();
    });
    connect(&m_workstation, &Workstation::attachmentFailed, this,
            [this](const QString&, const QString& code, const QString& message) {
                if (code != m_dossier.code)
                    return;
                m_result->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
                m_result->setText(tr("Sending a file to the server failed: %1").arg(message));
                m_result->show();
            });
}

QString ScanIntoDossierDialog::componentLabel(const ReceivedComponent& c) const
{
    int files = 0;
    int waiting = 0;
    for (const AttachmentInfo& a : m_workstation.attachments(m_dossier.code)) {
        if (a.componentId != c.componentId)
            continue;
        ++files;
        if (!a.onServer)
            ++waiting;
    }
    const int position = int(m_dossier.components.indexOf(c)) + 1;
    QString state;
    if (files == 0)
        state = c.digitised ? tr("digitised") : tr("not scanned yet");
    else if (waiting > 0)
        state = tr("%n file(s), %1 waiting to be sent", nullptr, files).arg(waiting);
    else
        state = tr("%n file(s)", nullptr, files);
    return tr("%1. %2 — %3").arg(position).arg(c.name, state);
}

void ScanIntoDossierDialog::fillComponents()
{
    const int current = currentComponent();
    const QSignalBlocker block(m_component);
    m_component->clear();
    for (const ReceivedComponent& c : m_dossier.components) {
        if (c.received)
            m_component->addItem(componentLabel(c), c.componentId);
    }
    selectComponent(current);
    showComponentState();
}

int ScanIntoDossierDialog::currentComponent() const
{
    return m_component->currentData().toInt();
}

bool ScanIntoDossierDialog::selectComponent(int componentId)
{
    const int i = componentId > 0 ? m_component->findData(componentId) : -1;
    if (i < 0)
        return false;
    m_component->setCurrentIndex(i);
    return true;
}

void ScanIntoDossierDialog::showComponentState()
{
    const int id = currentComponent();
    for (const ReceivedComponent& c : m_dossier.components) {
        if (c.componentId != id)
            continue;
        m_componentState->setText(
            tr("The pages will be saved to “%1” of dossier %2.").arg(c.name, m_dossier.code));
        return;
    }
    m_componentState->clear();
}

void ScanIntoDossierDialog::accept()
{
    const int id = currentComponent();
    const PageDocument pages = document();
    if (id <= 0 || pages.isEmpty() || saving())
        return;
    QString name;
    for (const ReceivedComponent& c : m_dossier.components) {
        if (c.componentId == id)
            name = c.name;
    }
    // Encoding a feeder's worth of pages takes seconds: off the GUI thread, with a busy bar.
    setSaving(true, tr("Making the PDF of %n page(s)…", nullptr, pages.count()));
    m_result->hide();
    const QString title = QStringLiteral("%1 — %2").arg(m_dossier.code, name);
    auto* watcher = new QFutureWatcher<EncodedPdf>(this);
    connect(watcher, &QFutureWatcher<EncodedPdf>::finished, this,
            [this, watcher, id, name, count = pages.count()] {
                watcher->deleteLater();
                const EncodedPdf pdf = watcher->result();
                if (!pdf.error.isEmpty()) {
                    notSaved(pdf.error);
                    return;
                }
                store(id, name, count, pdf.bytes);
            });
    watcher->setFuture(QtConcurrent::run([pages, title] {
        auto bytes = scanattachment::pdfBytes(pages, title);
        return bytes ? EncodedPdf{*bytes, {}} : EncodedPdf{{}, bytes.error().message};
    }));
}

void ScanIntoDossierDialog::store(int componentId, const QString& name, int pages,
                                  const QByteArray& pdf)
{
    setSaving(true, tr("Saving %n page(s) on this workstation…", nullptr, pages));
    QString error;
    const QString request = m_workstation.attachDocument(
        m_dossier.code, componentId, pdf,
        scanattachment::fileName(m_dossier.code, componentId, vntime::now()), &error);
    if (request.isEmpty()) {
        notSaved(error);
        return;
    }
    // "Saved" is said once the file is on disk (the store's writer thread), never before.
    auto* wait = new QObject(this);
    connect(&m_workstation, &Workstation::attachmentStored, wait,
            [this, wait, request, componentId, name, pages](const QString& requestId) {
                if (requestId != request)
                    return;
                wait->deleteLater();
                onSaved(componentId, name, pages, request);
            });
    connect(
        &m_workstation, &Workstation::attachmentFailed, wait,
        [this, wait, request](const QString& requestId, const QString&, const QString& message) {
            if (requestId != request)
                return;
            wait->deleteLater();
            notSaved(message);
        });
}

void ScanIntoDossierDialog::notSaved(const QString& message)
{
    // The pages stay: nothing scanned is lost by a failed save.
    setSaving(false);
    m_result->setStyleSheet(QStringLiteral("color: #c62828; font-weight: bold;"));
    m_result->setText(tr("Not saved: %1").arg(message));
    m_result->show();
}

void ScanIntoDossierDialog::onSaved(int id, const QString& name, int pages, const QString& request)
{
    setSaving(false);
    ++m_saved;
    if (!m_savedNow.contains(id))
        m_savedNow.append(id);
    settings().setValue(lastComponentKey(m_dossier), id);
    m_result->setStyleSheet(QStringLiteral("color: #2e7d32;"));
    m_result->setText(
        tr("Saved %n page(s) to “%1”; sent to the server in the background.", nullptr, pages)
            .arg(name));
    m_result->show();
    emit saved(m_dossier.code, id, pages, request);
    clearPages();
    fillComponents();
    // On to the next component not scanned in this sitting nor holding a file already.
    const QList<AttachmentInfo> files = m_workstation.attachments(m_dossier.code);
    const int from = m_component->currentIndex();
    for (int step = 1; step < m_component->count(); ++step) {
        const int i = (from + step) % m_component->count();
        const int next = m_component->itemData(i).toInt();
        const bool hasFile = std::any_of(files.begin(), files.end(),
                                         [&](const auto& a) { return a.componentId == next; });
        if (!m_savedNow.contains(next) && !hasFile) {
            m_component->setCurrentIndex(i);
            break;
        }
    }
}

} // namespace motcua::client
