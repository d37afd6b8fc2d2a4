#include "auth/TokenService.h"

#include "auth/Crypto.h"

#include <algorithm>
#include <optional>

#include <QString>

#include <Poco/Dynamic/Var.h>
#include <Poco/Exception.h>
#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JWT/Signer.h>
#include <Poco/JWT/Token.h>

namespace motcua::server {

namespace {

Error invalid(const QString& why)
{
    return Error{QStringLiteral("auth.token_invalid"), why, {}};
}

std::int64_t unixSeconds(TokenService::TimePoint t)
{
    return std::chrono::floor<std::chrono::seconds>(t).time_since_epoch().count();
}

// A string claim, or nullopt when absent or not a JSON string.
std::optional<std::string> stringClaim(const Poco::JSON::Object& payload, const std::string& name)
{
    if (!payload.has(name))
        return std::nullopt;
    const Poco::Dynamic::Var value = payload.get(name);
    if (!value.isString())
        return std::nullopt;
    return value.extract<std::string>();
}

// An integer claim, or nullopt when absent, fractional, boolean or out of range.
std::optional<std::int64_t> integerClaim(const Poco::JSON::Object& payload, const std::string& name)
{
    if (!payload.has(name))
        return std::nullopt;
    const Poco::Dynamic::Var value = payload.get(name);
    if (value.isEmpty() || value.isBoolean() || !value.isInteger())
        return std::nullopt;
    return value.convert<Poco::Int64>(); // throws RangeException for huge unsigned values
}

bool plausibleShape(std::string_view token)
{
    if (token.empty() || token.size() > TokenService::kMaxTokenBytes)
        return false;
    const bool charsOk = std::all_of(token.begin(), token.end(), [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
               c == '-' || c == '_' || c == '.';
    });
    return charsOk && std::count(token.begin(), token.end(), '.') == 2;
}

} // namespace

TokenService::TokenService(SecretKey key)
    : TokenService(std::move(key), Settings{})
{}

TokenService::TokenService(SecretKey key, Settings settings, Clock clock)
    : m_key(std::move(key))
    , m_keyId(keyId(m_key))
    , m_settings(std::move(settings))
    , m_clock(std::move(clock))
{}

std::string TokenService::keyId(const SecretKey& key)
{
    return crypto::toHex(crypto::sha256("motcua-token-key-id:" + key.bytes())).substr(0, 16);
}

void TokenService::acceptAlso(SecretKey previous)
{
    std::string kid = keyId(previous);
    if (kid != m_keyId)
        m_previous.emplace_back(std::move(kid), std::move(previous));
}

const SecretKey* TokenService::keyFor(const std::string& kid) const
{
    if (kid.empty() || kid == m_keyId)
        return &m_key;
    for (const auto& [id, key] : m_previous) {
        if (id == kid)
            return &key;
    }
    return nullptr;
}

TokenService::Clock TokenService::systemClock()
{
    return [] {
        return std::chrono::system_clock::now();
    };
}

Expected<TokenService::Issued> TokenService::issue(const AccessClaims& who) const
{
    return issue(who, m_clock());
}

Expected<TokenService::Issued> TokenService::issue(const AccessClaims& who, TimePoint now) const
{
    if (who.subject.empty())
        return invalid(QStringLiteral("An access token needs a subject"));
    const std::optional<std::string> id = crypto::randomBytes(16);
    if (!id)
        return Error{QStringLiteral("auth.token_issue_failed"),
                     QStringLiteral("The kernel refused to provide random bytes"),
                     {}};

    Issued out;
    out.claims = who;
    out.claims.tokenId = crypto::base64UrlEncode(*id);
    out.claims.issuedAt = unixSeconds(now);
    out.claims.expiresAt = out.claims.issuedAt + m_settings.accessLifetime.count();

    Poco::JWT::Token token;
    token.setType("JWT");
    token.header().set("kid", m_keyId);
    token.setIssuer(m_settings.issuer);
    token.setSubject(out.claims.subject);
    token.setId(out.claims.tokenId);
    Poco::JSON::Array::Ptr roles = new Poco::JSON::Array;
    for (const std::string& role : out.claims.roles)
        roles->add(role);
    Poco::JSON::Object& payload = token.payload();
    payload.set("roles", roles);
    payload.set("agency", out.claims.agency);
    payload.set("unit", out.claims.unit);
    // Whole seconds as RFC 7519 NumericDate is usually written; Poco's setIssuedAt() would write
    // fractions, which some verifiers reject.
    payload.set("iat", static_cast<Poco::Int64>(out.claims.issuedAt));
    payload.set("exp", static_cast<Poco::Int64>(out.claims.expiresAt));
    try {
        const Poco::JWT::Signer signer(m_key.bytes());
        out.token = signer.sign(token, Poco::JWT::Signer::ALGO_HS256);
    } catch (const Poco::Exception& e) {
        return Error{
            QStringLiteral("auth.token_issue_failed"), QString::fromStdString(e.displayText()), {}};
    }
    return out;
}

Expected<AccessClaims> TokenService::verify(std::string_view token) const
{
    return verify(token, m_clock());
}

Expected<AccessClaims> TokenService::verify(std::string_view jwt, TimePoint now) const
{
    if (!plausibleShape(jwt))
        return invalid(QStringLiteral("Not a compact JWT"));
    AccessClaims claims;
    try {
        // Parsed before the signature is checked only to find the key; nothing of it is trusted
        // until then. Only HS256: "none", HS384/512 and the RS/ES algorithms (the classic
        // key-confusion attack) are refused.
        Poco::JWT::Token token(std::string{jwt});
        if (token.getAlgorithm() != Poco::JWT::Signer::ALGO_HS256)
            return invalid(QStringLiteral("Algorithm is not HS256"));
        std::string kid;
        if (token.header().has("kid")) {
            const Poco::Dynamic::Var v = token.header().get("kid");
            if (!v.isString())
                return invalid(QStringLiteral("The key id is not a string"));
            kid = v.extract<std::string>();
        }
        const SecretKey* key = keyFor(kid);
        if (!key)
            return invalid(QStringLiteral("Signed with a key this server does not know"));
        const std::size_t cut = jwt.rfind('.');
        const std::string expected =
            crypto::base64UrlEncode(crypto::hmacSha256(key->bytes(), jwt.substr(0, cut)));
        if (!crypto::constantTimeEquals(expected, jwt.substr(cut + 1)))
            return invalid(QStringLiteral("Bad signature"));
        const std::string type = token.getType();
        if (!type.empty() && type != "JWT")
            return invalid(QStringLiteral("Unexpected token type"));

        const Poco::JSON::Object& payload = token.payload();
        const std::optional<std::string> issuer = stringClaim(payload, "iss");
        if (!issuer || *issuer != m_settings.issuer)
            return invalid(QStringLiteral("Wrong issuer"));
        std::optional<std::string> subject = stringClaim(payload, "sub");
        std::optional<std::string> agency = stringClaim(payload, "agency");
        std::optional<std::string> unit = stringClaim(payload, "unit");
        std::optional<std::string> id = stringClaim(payload, "jti");
        const std::optional<std::int64_t> issuedAt = integerClaim(payload, "iat");
        const std::optional<std::int64_t> expiresAt = integerClaim(payload, "exp");
        const Poco::JSON::Array::Ptr roles = payload.getArray("roles");
        if (!subject || subject->empty() || !agency || !unit || !id || id->empty() || !issuedAt ||
            !expiresAt || roles.isNull())
            return invalid(QStringLiteral("Missing or mistyped claims"));
        for (std::size_t i = 0; i < roles->size(); ++i) {
            const Poco::Dynamic::Var role = roles->get(static_cast<unsigned>(i));
            if (!role.isString())
                return invalid(QStringLiteral("A role is not a string"));
            claims.roles.push_back(role.extract<std::string>());
        }
        claims.subject = std::move(*subject);
        claims.agency = std::move(*agency);
        claims.unit = std::move(*unit);
        claims.tokenId = std::move(*id);
        claims.issuedAt = *issuedAt;
        claims.expiresAt = *expiresAt;
    } catch (const Poco::Exception& e) {
        // Bad base64, bad JSON, bad signature, unallowed algorithm: all just "invalid".
        return invalid(QString::fromStdString(e.displayText()));
    } catch (const std::exception& e) {
        return invalid(QString::fromUtf8(e.what()));
    }

    if (claims.expiresAt <= claims.issuedAt)
        return invalid(QStringLiteral("Expires before it was issued"));
    const std::int64_t nowSeconds = unixSeconds(now);
    // A token "from the future" means a clock far off or a forged iat; refuse rather than let it
    // live longer than its lifetime.
    if (claims.issuedAt > nowSeconds + m_settings.allowedClockSkew.count())
        return invalid(QStringLiteral("Issued in the future"));
    if (nowSeconds >= claims.expiresAt)
        return Error{QStringLiteral("auth.token_expired"),
                     QStringLiteral("The access token has expired"),
                     {}};
    return claims;
}

Expected<std::string> TokenService::generateRefreshToken()
{
    const std::optional<std::string> bytes = crypto::randomBytes(kRefreshTokenBytes);
    if (!bytes)
        return Error{QStringLiteral("auth.token_issue_failed"),
                     QStringLiteral("The kernel refused to provide random bytes"),
                     {}};
    return crypto::base64UrlEncode(*bytes);
}

std::string TokenService::hashRefreshToken(std::string_view token)
{
    return crypto::toHex(crypto::sha256(token));
}

bool TokenService::refreshTokenMatches(std::string_view token, std::string_view storedHash)
{
    return crypto::constantTimeEquals(hashRefreshToken(token), storedHash);
}

} // namespace motcua::server
