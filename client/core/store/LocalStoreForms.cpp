// LocalStore: the blank forms (mẫu đơn) of the synced procedures' papers.

#include "core/store/LocalStore.h"
#include "core/store/StoreImpl.h"

namespace motcua::client {

using store::Sql;

Status LocalStore::saveFormFile(const QString& sha256, const QString& mime, const QByteArray& bytes)
{
    return transaction([&] {
        return store::execute(d->db,
                              QStringLiteral("INSERT INTO form_files (sha256, mime, bytes) VALUES "
                                             "(?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
                              {sha256, mime, bytes});
    });
}

std::optional<LocalStore::FormFile> LocalStore::formFile(const QString& sha256) const
{
    Sql q(d->db, QStringLiteral("SELECT mime, bytes FROM form_files WHERE sha256 = ?"));
    q.bind(sha256);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return FormFile{q.value(0).toString(), q.value(1).toByteArray()};
}

std::optional<QString> LocalStore::formFileMime(const QString& sha256) const
{
    Sql q(d->db, QStringLiteral("SELECT mime FROM form_files WHERE sha256 = ?"));
    q.bind(sha256);
    if (Status s = q.exec(); !s || !q.next())
        return std::nullopt;
    return q.value(0).toString();
}

} // namespace motcua::client
