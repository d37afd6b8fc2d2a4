#include "api/Authenticator.h"

#include "http/ApiError.h"

namespace motcua::server {

using Poco::Net::HTTPResponse;

void Authenticator::admit(RequestContext& ctx, const Access& access) const
{
    const std::string header = ctx.request().get("Authorization", "");
    static const std::string kBearer = "Bearer ";
    if (header.size() <= kBearer.size() || header.compare(0, kBearer.size(), kBearer) != 0) {
        ApiError e(HTTPResponse::HTTP_UNAUTHORIZED, "auth.required",
                   "this route needs Authorization: Bearer <accessToken>");
        throw e;
    }
    const auto claims =
        m_context.tokenService.verify(std::string_view(header).substr(kBearer.size()));
    if (!claims) {
        // The code says expired or invalid; the library's own text stays out of the response.
        const bool expired = claims.error().code == QLatin1String("auth.token_expired");
        throw ApiError(HTTPResponse::HTTP_UNAUTHORIZED, claims.error().code.toStdString(),
                       expired ? "the access token has expired; refresh it"
                               : "the access token is not valid");
    }
    const auto account = m_context.users.find(claims->subject);
    if (!account || !account->user.active)
        throw ApiError(HTTPResponse::HTTP_UNAUTHORIZED, "auth.account_disabled",
                       "the account no longer exists or is disabled");
    Principal p{account->user};
    ctx.setPrincipal(p);
    if (access.kind() == Access::Kind::Staff)
        return;
    for (Role r : access.roleList()) {
        if (p.has(r))
            return;
    }
    throw ApiError(HTTPResponse::HTTP_FORBIDDEN, "auth.forbidden",
                   "your role may not use this route");
}

} // namespace motcua::server
