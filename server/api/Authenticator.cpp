#include "api/Authenticator.h"

#include "http/ApiError.h"

namespace motcua::server {

using Poco::Net::HTTPResponse;

Principal Authenticator::require(RequestContext& ctx, std::initializer_list<Role> roles) const
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
    ctx.user = claims->subject;
    Principal p{account->user};
    if (roles.size() == 0)
        return p;
    for (Role r : roles) {
        if (p.has(r))
            return p;
    }
    throw ApiError(HTTPResponse::HTTP_FORBIDDEN, "auth.forbidden",
                   "your role may not use this route");
}

} // namespace motcua::server
