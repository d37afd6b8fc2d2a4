// SyncEngine: attachments — queued in the outbox, pushed as raw bytes, the local copy of the
// dossier kept in step with the server's version bump, and downloads into the store.
//
// Why the version matters: the server marks a component digitised on its first file and bumps
// the dossier's version. A clerk who attached a scan and then acts on the dossier sends the
// version they saw before the scan; without care that action would meet a 409 caused by our own
// upload. So the local copy mirrors the bump when the file is queued, the bumped versions are
// remembered as our own (meta "attachment-bumps/CODE"), and an action whose version is older only
// by such bumps is moved onto the current version (adjustedForOwnUploads).

#include "codec/JsonCodec.h"
#include "core/FileType.h"
#include "core/VnTime.h"
#include "core/api/ApiClient.h"
#include "core/api/ServerJson.h"
#include "core/sync/SyncEngine.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua::client {

namespace {

constexpr int kMaxNameBytes = 200; // the server's limit, in UTF-8 bytes

QString bumpsKey(const QString& code)
{
    return QStringLiteral("attachment-bumps/") + code;
}

QList<qint64> bumpsOf(const LocalStore& store, const QString& code)
{
    QList<qint64> out;
    for (const QByteArray& part : store.meta(bumpsKey(code)).split(',')) {
        bool ok = false;
        const qint64 v = part.toLongLong(&ok);
        if (ok)
            out.append(v);
    }
    return out;
}

// The reference an attachment item carries instead of the bytes (see OutboxItem::kAttachment).
struct Reference {
    int componentId = 0;
    QString sha256;
    QString name;
    QString mime;
    qint64 versionBefore = -1; // the local copy's version when queued
};

std::optional<Reference> referenceOf(const OutboxItem& item)
{
    const QJsonObject o = QJsonDocument::fromJson(item.body).object();
    Reference r;
    r.componentId = o.value(QStringLiteral("componentId")).toInt(-1);
    r.sha256 = o.value(QStringLiteral("sha256")).toString();
    r.name = o.value(QStringLiteral("name")).toString();
    r.mime = o.value(QStringLiteral("mime")).toString();
    r.versionBefore = o.value(QStringLiteral("versionBefore")).toInteger(-1);
    if (r.componentId < 0 || r.sha256.isEmpty())
        return std::nullopt;
    return r;
}

QString extensionFor(const QString& mime)
{
    if (mime == QLatin1String("application/pdf"))
        return QStringLiteral(".pdf");
    if (mime == QLatin1String("image/png"))
        return QStringLiteral(".png");
    if (mime == QLatin1String("image/jpeg"))
        return QStringLiteral(".jpg");
    return QStringLiteral(".tif");
}

// The base name of `fileName` (no folders), within the server's 200 bytes, never empty.
QString cleanName(const QString& fileName, const QString& mime)
{
    QString name = QFileInfo(fileName).fileName().trimmed();
    name.remove(QLatin1Char('\\'));
    if (name.isEmpty())
        name = QStringLiteral("attachment") + extensionFor(mime);
    while (name.toUtf8().size() > kMaxNameBytes) {
        // Shorten the stem, keep the extension the clerk recognises.
        const QString suffix = QFileInfo(name).completeSuffix();
        const int keep = suffix.isEmpty() || suffix.size() > 10 ? 0 : int(suffix.size()) + 1;
        name.remove(name.size() - keep - 1, 1);
    }
    return name;
}

Error attachmentError(const QString& code, const QString& detail)
{
    return Error{code, detail, {}};
}

} // namespace

// --- queueing (any thread's store) ---------------------------------------------------------

QString SyncEngine::sniffMime(const QByteArray& b)
{
    return sniffMimeType(b);
}

Status SyncEngine::noteOwnUploadVersion(LocalStore& store, const QString& code, qint64 version)
{
    QList<qint64> bumps = bumpsOf(store, code);
    if (bumps.contains(version))
        return success();
    bumps.append(version);
    while (bumps.size() > 32) // only recent versions can still be "the one the clerk saw"
        bumps.removeFirst();
    QByteArrayList parts;
    for (qint64 v : std::as_const(bumps))
        parts.append(QByteArray::number(v));
    return store.setMeta(bumpsKey(code), parts.join(','));
}

Expected<OutboxItem> SyncEngine::queueAttachment(LocalStore& store, const User& user,
                                                 const QString& requestId,
                                                 const QString& dossierCode, int componentId,
                                                 const QByteArray& bytes, const QString& fileName)
{
    if (bytes.isEmpty())
        return attachmentError(QStringLiteral("attachment.empty"), QStringLiteral("empty file"));
    if (bytes.size() > kMaxAttachmentBytes)
        return attachmentError(
            QStringLiteral("attachment.too_large"),
            QStringLiteral("%1 bytes > %2").arg(bytes.size()).arg(kMaxAttachmentBytes));
    const QString mime = sniffMime(bytes);
    if (mime.isEmpty())
        return attachmentError(QStringLiteral("attachment.unsupported_type"),
                               QStringLiteral("not a PDF, PNG, JPEG or TIFF file"));
    auto dossier = store.dossier(dossierCode);
    if (!dossier)
        return attachmentError(QStringLiteral("dossier.not_found"),
                               QStringLiteral("no dossier ") + dossierCode);
    ReceivedComponent* component = nullptr;
    for (ReceivedComponent& c : dossier->components) {
        if (c.componentId == componentId)
            component = &c;
    }
    if (componentId < 0 || (componentId != 0 && !component))
        return attachmentError(QStringLiteral("attachment.unknown_component"),
                               QStringLiteral("no component %1").arg(componentId));

    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    if (store.attachment(dossierCode, componentId, sha))
        return OutboxItem{}; // the same file on the same paper: nothing more to send

    AttachmentInfo info;
    info.dossierCode = dossierCode;
    info.componentId = componentId;
    info.sha256 = sha;
    info.name = cleanName(fileName, mime);
    info.mime = mime;
    info.size = bytes.size();
    info.createdAt = vntime::now();
    info.createdBy = user.username;

    OutboxItem item;
    item.requestId = requestId;
    item.kind = OutboxItem::kAttachment;
    item.dossierCode = dossierCode;
    item.username = user.username;
    item.path =
        QStringLiteral("/dossiers/%1/components/%2/attachments").arg(dossierCode).arg(componentId);
    item.body = QJsonDocument(QJsonObject{{QStringLiteral("componentId"), componentId},
                                          {QStringLiteral("sha256"), sha},
                                          {QStringLiteral("name"), info.name},
                                          {QStringLiteral("mime"), mime},
                                          {QStringLiteral("versionBefore"), dossier->version}})
                    .toJson(QJsonDocument::Compact);
    item.idempotencyKey = requestId;
    item.createdAt = info.createdAt;

    const Status saved = store.transaction([&]() -> Status {
        if (Status s = store.addAttachment(info, bytes); !s)
            return s;
        auto id = store.enqueue(item);
        if (!id)
            return id.error();
        item.id = *id;
        if (component && !component->digitised) {
            // What the server will do on the first file of this paper (AttachmentController).
            component->digitised = true;
            dossier->version += 1;
            if (Status s = store.saveDossier(*dossier, true); !s)
                return s;
            return noteOwnUploadVersion(store, dossierCode, dossier->version);
        }
        return success();
    });
    if (!saved) {
        qCWarning(lcSync) << "attachment not stored:" << saved.error().message;
        return attachmentError(QStringLiteral("store.write_failed"), saved.error().message);
    }
    return item;
}

void SyncEngine::outboxChanged()
{
    enqueue([this] {
        // Always said: the GUI counted the new item itself, and a push may already have taken
        // it (and our last count) back to where it was.
        m_lastPending = -1;
        emitPendingCount();
        if (m_reach != Reach::Offline && m_user && m_api->hasSession()) {
            m_backoffMs = 0;
            m_syncDue = true;
        }
    });
}

ActionCommand SyncEngine::adjustedForOwnUploads(const QString& code, ActionCommand command,
                                                qint64 localVersion) const
{
    if (command.version >= localVersion)
        return command;
    const QList<qint64> bumps = bumpsOf(*m_store, code);
    while (command.version < localVersion && bumps.contains(command.version + 1))
        command.version += 1;
    return command;
}

void SyncEngine::mirrorUpload(Dossier& d, OutboxItem& item) const
{
    auto ref = referenceOf(item);
    if (!ref)
        return;
    QJsonObject o = QJsonDocument::fromJson(item.body).object();
    o.insert(QStringLiteral("versionBefore"), d.version);
    item.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
    for (ReceivedComponent& c : d.components) {
        if (c.componentId == ref->componentId && ref->componentId != 0 && !c.digitised) {
            c.digitised = true;
            d.version += 1;
            (void)noteOwnUploadVersion(*m_store, d.code, d.version);
        }
    }
}

Status SyncEngine::discardUpload(const OutboxItem& item)
{
    const auto ref = referenceOf(item);
    if (!ref)
        return success();
    const auto info = m_store->attachment(item.dossierCode, ref->componentId, ref->sha256);
    if (!info || info->onServer)
        return success();
    return m_store->removeAttachment(item.dossierCode, ref->componentId, ref->sha256);
}

// --- pushing -------------------------------------------------------------------------------

bool SyncEngine::attachmentRequest(const OutboxItem& item, ApiClient::Request* request) const
{
    const auto ref = referenceOf(item);
    if (!ref)
        return false;
    const auto bytes = m_store->attachmentBytes(item.dossierCode, ref->sha256);
    if (!bytes)
        return false;
    request->method = "POST";
    request->path = item.path;
    request->query.addQueryItem(QStringLiteral("name"), ref->name);
    request->body = *bytes;
    request->headers = {{"Content-Type", ref->mime.toLatin1()},
                        {"Idempotency-Key", item.idempotencyKey.toUtf8()}};
    return true;
}

bool SyncEngine::acknowledgeAttachment(const OutboxItem& item, const QJsonValue& body)
{
    const auto ref = referenceOf(item);
    const qint64 serverVersion =
        body.toObject().value(QStringLiteral("dossierVersion")).toInteger(-1);
    bool lastOfDossier = false;
    const Status saved = m_store->transaction([&]() -> Status {
        if (Status s = m_store->removeOutboxItem(item.id); !s)
            return s;
        if (ref) {
            if (Status s = m_store->markAttachmentOnServer(item.dossierCode, ref->componentId,
                                                           ref->sha256);
                !s)
                return s;
            // Our upload moved the server from the version we knew to the next one.
            if (ref->versionBefore >= 0 && serverVersion == ref->versionBefore + 1) {
                if (Status s = noteOwnUploadVersion(*m_store, item.dossierCode, serverVersion); !s)
                    return s;
            }
        }
        lastOfDossier = !m_store->hasOutboxItems(item.dossierCode);
        return success();
    });
    if (!saved) {
        qCWarning(lcSync) << "attachment acknowledgement not saved:" << saved.error().message;
        return false; // resent later: the server deduplicates by SHA-256
    }
    if (m_pushObserver)
        m_pushObserver(item, PushPhase::Acknowledged);
    if (lastOfDossier) {
        // Nothing of ours is queued behind it: the server's copy is now the truth (the change
        // feed would skip it, our mirrored version being as high as the server's).
        const ApiResult r = m_api->get(QStringLiteral("/dossiers/") + item.dossierCode);
        noteReach(r);
        if (r.ok()) {
            if (auto d = fromServer<Dossier>(r.body)) {
                const Status s = m_store->transaction([&]() -> Status {
                    if (m_store->hasOutboxItems(d->code))
                        return success(); // the clerk queued more meanwhile
                    return m_store->saveDossier(*d, false);
                });
                if (!s)
                    qCWarning(lcSync) << "dossier after upload not saved:" << s.error().message;
            }
        }
    }
    emitPendingCount();
    emit dossiersChanged();
    emit attachmentsChanged(item.dossierCode);
    return true;
}

// --- downloading ---------------------------------------------------------------------------

void SyncEngine::fetchAttachments(const QString& dossierCode)
{
    enqueue([this, dossierCode] { doFetchAttachments(dossierCode); });
}

void SyncEngine::doFetchAttachments(const QString& code)
{
    auto fail = [&](const QString& problem) {
        emit attachmentFailed(QString(), code, messageFor(problem));
    };
    if (!m_user) {
        fail(QStringLiteral("auth.not_logged_in"));
        return;
    }
    if (!ensureSession()) {
        fail(QStringLiteral("network"));
        return;
    }
    const QString base = QStringLiteral("/dossiers/") + code + QStringLiteral("/attachments");
    const ApiResult listed = m_api->get(base);
    noteReach(listed);
    if (!listed.ok()) {
        fail(listed.networkError ? QStringLiteral("network") : listed.problemCode);
        return;
    }
    bool changed = false;
    QString problem;
    for (const QJsonValue& v : listed.body.toArray()) {
        const QJsonObject o = v.toObject();
        AttachmentInfo info;
        info.dossierCode = code;
        info.componentId = o.value(QStringLiteral("componentId")).toInt();
        info.sha256 = o.value(QStringLiteral("sha256")).toString();
        info.name = o.value(QStringLiteral("name")).toString();
        info.mime = o.value(QStringLiteral("mime")).toString();
        info.size = o.value(QStringLiteral("size")).toInteger();
        info.createdAt = QDateTime::fromString(o.value(QStringLiteral("uploadedAt")).toString(),
                                               Qt::ISODateWithMs);
        info.createdBy = o.value(QStringLiteral("uploadedBy")).toString();
        info.onServer = true;
        if (info.sha256.isEmpty())
            continue;
        const auto known = m_store->attachment(code, info.componentId, info.sha256);
        if (known && known->hasBytes && known->onServer)
            continue;
        // The same file may already be here on another paper of the dossier.
        std::optional<QByteArray> bytes = m_store->attachmentBytes(code, info.sha256);
        if (!bytes) {
            serviceCommands();
            if (stopping())
                return;
            const ApiResult r = m_api->get(base + QLatin1Char('/') + info.sha256);
            noteReach(r);
            if (!r.ok()) {
                problem = r.networkError ? QStringLiteral("network") : r.problemCode;
                if (r.networkError)
                    break;
                continue;
            }
            const QString sha = QString::fromLatin1(
                QCryptographicHash::hash(r.rawBody, QCryptographicHash::Sha256).toHex());
            if (sha != info.sha256) {
                problem = QStringLiteral("attachment.corrupt");
                continue;
            }
            bytes = r.rawBody;
        }
        if (Status s = m_store->addAttachment(info, *bytes); !s) {
            qCWarning(lcSync) << "downloaded attachment not saved:" << s.error().message;
            problem = QStringLiteral("store.write_failed");
            continue;
        }
        changed = true;
    }
    if (!problem.isEmpty())
        fail(problem);
    if (changed || problem.isEmpty())
        emit attachmentsChanged(code);
}

} // namespace motcua::client
