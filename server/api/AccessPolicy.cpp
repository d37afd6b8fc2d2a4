#include "api/AccessPolicy.h"

#include "codec/JsonCodec.h"
#include "http/ApiError.h"

namespace motcua::server {

AccessPolicy::Scope AccessPolicy::scope(const Principal& p)
{
    if (p.has(Role::Administrator) && p.user.agencyId.isEmpty())
        return Scope{true, {}};
    return Scope{false, p.user.agencyId};
}

bool AccessPolicy::maySee(const Principal& p, const QString& agencyId)
{
    const Scope s = scope(p);
    return s.everyAgency || (!s.agencyId.isEmpty() && s.agencyId == agencyId);
}

void AccessPolicy::requireAgency(const Principal& p, const QString& agencyId,
                                 const std::string& notFoundMessage)
{
    if (!maySee(p, agencyId))
        throw ApiError::notFound(notFoundMessage); // not even its existence
}

void AccessPolicy::requireDossier(const Principal& p, const Dossier& d)
{
    requireAgency(p, d.agencyId, "no dossier " + d.code.toStdString());
}

bool AccessPolicy::maySeeContactDetails(const Principal& p, const User& u)
{
    return p.user.username == u.username || (p.has(Role::Administrator) && maySee(p, u.agencyId));
}

QJsonObject AccessPolicy::userView(const Principal& p, const User& u)
{
    QJsonObject o = codec::toJson(u).toObject();
    if (!maySeeContactDetails(p, u)) {
        o.remove(QStringLiteral("phone"));
        o.remove(QStringLiteral("email"));
    }
    return o;
}

} // namespace motcua::server
