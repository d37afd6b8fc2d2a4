#include "storage/FormFileRepository.h"

#include "catalogue/ProcedureVersions.h"
#include "core/VnTime.h"

using namespace Poco::Data::Keywords;

namespace motcua::server {

void FormFileRepository::add(Poco::Data::Session& s, const Info& info, const std::string& user)
{
    const Poco::Int64 at = vntime::now().toMSecsSinceEpoch();
    const Poco::Int64 size = info.size;
    s << m_db.sql("INSERT INTO form_files (sha256, name, mime, size, uploaded_at, uploaded_by) "
                  "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (sha256) DO NOTHING"),
        bind(info.sha256), bind(info.name), bind(info.mime), bind(size), bind(at), bind(user), now;
}

std::optional<FormFileRepository::Info> FormFileRepository::find(Poco::Data::Session& s,
                                                                 const std::string& sha256)
{
    std::vector<std::string> name, mime;
    std::vector<Poco::Int64> size;
    s << m_db.sql("SELECT name, mime, size FROM form_files WHERE sha256 = ?"), into(name),
        into(mime), into(size), bind(sha256), now;
    if (name.empty())
        return std::nullopt;
    return Info{sha256, name.front(), mime.front(), size.front()};
}

QList<Error> FormFileRepository::missing(Poco::Data::Session& s, const Procedure& p)
{
    QList<Error> problems;
    const QList<ProcedureVersions::FormReference> refs = ProcedureVersions::formReferences(p);
    for (const ProcedureVersions::FormReference& r : refs) {
        if (!find(s, r.sha256.toStdString()))
            problems << Error{QStringLiteral("procedure.unknown_form"),
                              QStringLiteral("no blank form %1 on this server: upload it first "
                                             "(POST /api/v1/forms)")
                                  .arg(r.sha256),
                              r.path};
    }
    return problems;
}

} // namespace motcua::server
