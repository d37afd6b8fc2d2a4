#include "api/IdempotentWrite.h"

#include <QJsonDocument>

#include <Poco/Crypto/DigestEngine.h>

namespace motcua::server {

using Poco::Net::HTTPResponse;

IdempotentWrite::IdempotentWrite(RequestContext& ctx, IdempotencyRepository& repository,
                                 std::string user)
    : m_repository(repository)
    , m_user(std::move(user))
    , m_key(ctx.request().get("Idempotency-Key", ""))
{
    if (m_key.size() > 200)
        throw ApiError::badRequest("idempotency.key_too_long",
                                   "Idempotency-Key is limited to 200 characters");
    const QByteArray& body = ctx.body();
    Poco::Crypto::DigestEngine sha("SHA256");
    sha.update(body.constData(), static_cast<unsigned>(body.size()));
    m_requestHash = Poco::DigestEngine::digestToHex(sha.digest());
}

std::optional<IdempotentWrite::Answer> IdempotentWrite::previous(Poco::Data::Session& s) const
{
    if (m_key.empty())
        return std::nullopt;
    const auto stored = m_repository.find(s, m_user, m_key);
    if (!stored)
        return std::nullopt;
    if (stored->requestHash != m_requestHash)
        throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "idempotency.key_reused",
                       "this Idempotency-Key was used for a different request");
    return Answer{QJsonDocument::fromJson(QByteArray::fromStdString(stored->body)).object(),
                  HTTPResponse::HTTPStatus(stored->status)};
}

void IdempotentWrite::remember(Poco::Data::Session& s, const Answer& answer) const
{
    if (m_key.empty())
        return;
    m_repository.save(s, m_user, m_key,
                      {m_requestHash, int(answer.status),
                       QJsonDocument(answer.body).toJson(QJsonDocument::Compact).toStdString()});
}

} // namespace motcua::server
