#include "gui/batch/BatchSaver.h"

#include "core/VnTime.h"
#include "core/batch/ScanAttachment.h"
#include "core/sync/Workstation.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace motcua::client {

namespace {

struct EncodedPdf {
    QByteArray bytes;
    QString error;
};

BatchCommitResult::Item itemOf(const BatchPlan::Document& d)
{
    return {d.dossierCode, d.componentId, int(d.pages.size()), d.groups, {}, {}};
}

} // namespace

BatchSaver::BatchSaver(Workstation& workstation, const BatchPlan& plan, QObject* parent)
    : QObject(parent)
    , m_workstation(workstation)
    , m_documents(plan.documents())
{
    connect(&m_workstation, &Workstation::attachmentStored, this,
            [this](const QString& requestId, const QString&) { onStored(requestId); });
    connect(&m_workstation, &Workstation::attachmentFailed, this,
            [this](const QString& requestId, const QString&, const QString& message) {
                onFailed(requestId, message);
            });
}

void BatchSaver::start()
{
    if (m_running)
        return;
    m_running = true;
    m_index = 0;
    m_result = {};
    next();
}

void BatchSaver::next()
{
    if (m_index >= m_documents.size()) {
        m_running = false;
        emit finished(m_result);
        return;
    }
    const BatchPlan::Document& d = m_documents.at(m_index);
    PageDocument pages;
    for (const BatchPage& p : d.pages)
        pages.append(p.image);
    const QString title = QStringLiteral("%1 / %2").arg(d.dossierCode).arg(d.componentId);
    auto* watcher = new QFutureWatcher<EncodedPdf>(this);
    connect(watcher, &QFutureWatcher<EncodedPdf>::finished, this, [this, watcher] {
        watcher->deleteLater();
        const EncodedPdf pdf = watcher->result();
        encoded(pdf.bytes, pdf.error);
    });
    // Encoding a component's pages takes a second or more each: never on the GUI thread.
    watcher->setFuture(QtConcurrent::run([pages, title] {
        auto bytes = scanattachment::pdfBytes(pages, title);
        return bytes ? EncodedPdf{*bytes, {}} : EncodedPdf{{}, bytes.error().message};
    }));
}

void BatchSaver::encoded(const QByteArray& pdf, const QString& error)
{
    if (!error.isEmpty()) {
        fail(error);
        return;
    }
    const BatchPlan::Document& d = m_documents.at(m_index);
    QString refused;
    const QString id = m_workstation.attachDocument(
        d.dossierCode, d.componentId, pdf,
        scanattachment::fileName(d.dossierCode, d.componentId, vntime::now()), &refused);
    if (id.isEmpty()) {
        fail(refused);
        return;
    }
    m_waitingFor = id; // saved once the store says so (onStored), or not (onFailed)
}

void BatchSaver::onStored(const QString& requestId)
{
    if (requestId.isEmpty() || requestId != m_waitingFor)
        return;
    m_waitingFor.clear();
    BatchCommitResult::Item item = itemOf(m_documents.at(m_index));
    item.requestId = requestId;
    m_result.saved.append(item);
    advance();
}

void BatchSaver::onFailed(const QString& requestId, const QString& message)
{
    if (requestId.isEmpty() || requestId != m_waitingFor)
        return;
    m_waitingFor.clear();
    fail(message);
}

void BatchSaver::fail(const QString& message)
{
    BatchCommitResult::Item item = itemOf(m_documents.at(m_index));
    item.message = message;
    m_result.failed.append(item);
    for (qsizetype i = m_index + 1; i < m_documents.size(); ++i)
        m_result.notTried.append(itemOf(m_documents.at(i)));
    emit progress(int(m_documents.size()), int(m_documents.size()));
    m_running = false;
    emit finished(m_result);
}

void BatchSaver::advance()
{
    ++m_index;
    emit progress(m_index, int(m_documents.size()));
    next();
}

} // namespace motcua::client
