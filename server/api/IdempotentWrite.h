#pragma once

#include "http/ApiError.h"
#include "http/RequestContext.h"
#include "storage/IdempotencyRepository.h"

#include <optional>
#include <string>

#include <QJsonObject>

namespace motcua::server {

// The Idempotency-Key of a write that a workstation may resend (an intake, a guidance or refusal
// from its outbox): a repeat with the same key and the same body gets the first answer, the same
// key with another body is a 422 `idempotency.key_reused`. Keys are per user; without a key every
// request is new.
class IdempotentWrite {
public:
    struct Answer {
        QJsonObject body;
        Poco::Net::HTTPResponse::HTTPStatus status;
    };

    // Reads the header (400 `idempotency.key_too_long` past 200 characters) and hashes the body.
    IdempotentWrite(RequestContext& ctx, IdempotencyRepository& repository, std::string user);

    // Inside the write's transaction: the first answer to this same request, if there was one.
    std::optional<Answer> previous(Poco::Data::Session& s) const;
    // In the same transaction, once the work is done: the answer kept for repeats.
    void remember(Poco::Data::Session& s, const Answer& answer) const;

private:
    IdempotencyRepository& m_repository;
    std::string m_user;
    std::string m_key;
    std::string m_requestHash;
};

} // namespace motcua::server
