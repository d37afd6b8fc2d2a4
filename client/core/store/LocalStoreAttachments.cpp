// LocalStore: attachments (scanned papers and result documents) kept until the server has them.

#include "core/store/LocalStore.h"
#include "core/store/StoreImpl.h"

namespace motcua::client {

using store::Sql;

namespace {

const QString kColumns = QStringLiteral("dossier_code, component_id, sha256, name, mime, size, "
                                        "created_at, created_by, on_server, bytes IS NOT NULL");

AttachmentInfo infoOf(Sql& q)
{
    AttachmentInfo a;
    a.dossierCode = q.value(0).toString();
    a.componentId = q.value(1).toInt();
    a.sha256 = q.value(2).toString();
    a.name = q.value(3).toString();
    a.mime = q.value(4).toString();
    a.size = q.value(5).toLongLong();
    a.createdAt = store::fromMillis(q.value(6));
    a.createdBy = q.value(7).toString();
    a.onServer = q.value(8).toInt() != 0;
    a.hasBytes = q.value(9).toInt() != 0;
    return a;
}

} // namespace

Status LocalStore::addAttachment(const AttachmentInfo& info, const QByteArray& bytes)
{
    const QVariant blob =
        bytes.isNull() ? QVariant(QMetaType(QMetaType::QByteArray)) : QVariant(bytes);
    return transaction([&] {
        return store::execute(
            d->db,
            QStringLiteral(
                "INSERT INTO attachments (dossier_code, component_id, sha256, name, mime, size, "
                "bytes, created_at, created_by, on_server) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                "ON CONFLICT (dossier_code, component_id, sha256) DO UPDATE SET "
                "bytes = COALESCE(attachments.bytes, excluded.bytes), "
                "on_server = MAX(attachments.on_server, excluded.on_server)"),
            {info.dossierCode, info.componentId, info.sha256, info.name, info.mime, info.size, blob,
             info.createdAt.isValid() ? info.createdAt.toMSecsSinceEpoch()
                                      : QDateTime::currentMSecsSinceEpoch(),
             info.createdBy, info.onServer ? 1 : 0});
    });
}

QList<AttachmentInfo> LocalStore::attachments(const QString& dossierCode) const
{
    Sql q(d->db, QStringLiteral("SELECT ") + kColumns +
                     QStringLiteral(" FROM attachments WHERE dossier_code = ? "
                                    "ORDER BY created_at, sha256, component_id"));
    q.bind(dossierCode);
    QList<AttachmentInfo> out;
    if (Status s = q.exec(); !s) {
        store::warn(s.error());
        return out;
    }
    while (q.next())
        out.append(infoOf(q));
    return out;
}

std::optional<AttachmentInfo> LocalStore::attachment(const QString& dossierCode, int componentId,
                                                     const QString& sha256) const
{
    Sql q(d->db, QStringLiteral("SELECT ") + kColumns +
                     QStringLiteral(" FROM attachments WHERE dossier_code = ? AND "
                                    "component_id = ? AND sha256 = ?"));
    q.bind(dossierCode).bind(componentId).bind(sha256);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return infoOf(q);
}

std::optional<QByteArray> LocalStore::attachmentBytes(const QString& dossierCode,
                                                      const QString& sha256) const
{
    Sql q(d->db, QStringLiteral("SELECT bytes FROM attachments WHERE dossier_code = ? AND "
                                "sha256 = ? AND bytes IS NOT NULL LIMIT 1"));
    q.bind(dossierCode).bind(sha256);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return q.value(0).toByteArray();
}

Status LocalStore::markAttachmentOnServer(const QString& dossierCode, int componentId,
                                          const QString& sha256)
{
    return transaction([&] {
        return store::execute(d->db,
                              QStringLiteral("UPDATE attachments SET on_server = 1 WHERE "
                                             "dossier_code = ? AND component_id = ? AND "
                                             "sha256 = ?"),
                              {dossierCode, componentId, sha256});
    });
}

Status LocalStore::removeAttachment(const QString& dossierCode, int componentId,
                                    const QString& sha256)
{
    return transaction([&] {
        return store::execute(d->db,
                              QStringLiteral("DELETE FROM attachments WHERE dossier_code = ? AND "
                                             "component_id = ? AND sha256 = ?"),
                              {dossierCode, componentId, sha256});
    });
}

Status LocalStore::moveAttachments(const QString& fromCode, const QString& toCode)
{
    return transaction([&] {
        // A row the new code already has (downloaded meanwhile) wins; ours is then redundant.
        if (Status s = store::execute(
                d->db,
                QStringLiteral("UPDATE OR IGNORE attachments SET dossier_code = ? WHERE "
                               "dossier_code = ?"),
                {toCode, fromCode});
            !s)
            return s;
        return store::execute(
            d->db, QStringLiteral("DELETE FROM attachments WHERE dossier_code = ?"), {fromCode});
    });
}

} // namespace motcua::client
