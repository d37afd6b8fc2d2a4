#pragma once

#include "auth/AccessClaims.h"
#include "auth/SecretKey.h"
#include "core/Expected.h"

#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace motcua::server {

// Access tokens and refresh-token helpers.
//
// Access tokens are short-lived JWTs (HS256) that every request carries; they are not stored
// anywhere, so verify() is the whole check: signature, algorithm, issuer, expiry. Poco::JWT builds
// and parses them, but this class checks the signature itself: Poco's Signer compares it with a
// plain ==, whose time leaks how many leading bytes of a forged signature are right.
//
// Key rotation: the header names the signing key ("kid", derived from the key, so every server
// sharing a key agrees on it). New tokens are signed with the current key; tokens signed with a
// previous key that acceptAlso() was given keep verifying until they expire, so a rotation logs
// nobody out. Tokens without a kid (issued before kids existed) verify against the current key.
//
// Refresh tokens are opaque random strings; the storage layer keeps only hashRefreshToken() of
// them, so a leaked database does not yield usable tokens.
//
// Thread-safe: const methods only; the clock must be callable from any thread.
class TokenService {
public:
    using TimePoint = std::chrono::system_clock::time_point;
    using Clock = std::function<TimePoint()>;

    struct Settings {
        std::string issuer = "motcua";                // "iss", checked on verify
        std::chrono::seconds accessLifetime{15 * 60}; // exp - iat
        std::chrono::seconds allowedClockSkew{60};    // how far iat may lie in the future
    };

    struct Issued {
        std::string token;   // the compact JWT, for "Authorization: Bearer ..."
        AccessClaims claims; // as written into it (tokenId, issuedAt, expiresAt filled in)
    };

    // Tokens longer than this are refused before any parsing.
    static constexpr std::size_t kMaxTokenBytes = 8192;
    // 256 bits: far beyond guessing; 43 base64url characters.
    static constexpr std::size_t kRefreshTokenBytes = 32;

    explicit TokenService(SecretKey key); // default Settings, system clock
    TokenService(SecretKey key, Settings settings, Clock clock = systemClock());

    const Settings& settings() const { return m_settings; }

    // A key whose tokens still verify (the one replaced in a rotation); never signs.
    void acceptAlso(SecretKey previous);
    // The "kid" of a key: the first 16 hex digits of SHA-256 over a label and the key.
    static std::string keyId(const SecretKey& key);
    const std::string& currentKeyId() const { return m_keyId; }

    // A signed token for who.subject/roles/agency/unit, valid from now for accessLifetime.
    // Errors: "auth.token_invalid" (empty subject), "auth.token_issue_failed" (no randomness).
    Expected<Issued> issue(const AccessClaims& who) const;
    Expected<Issued> issue(const AccessClaims& who, TimePoint now) const;

    // The claims of a token this service (or one sharing its key and issuer) issued.
    // Errors: "auth.token_expired" for an authentic token at or after its exp (the client should
    // refresh); "auth.token_invalid" for everything else: malformed, wrong signature, an
    // algorithm other than HS256 (including "none"), wrong issuer, missing or mistyped claims,
    // iat more than allowedClockSkew in the future. The message says which, for logs only.
    Expected<AccessClaims> verify(std::string_view token) const;
    Expected<AccessClaims> verify(std::string_view token, TimePoint now) const;

    // A fresh refresh token: kRefreshTokenBytes random bytes, base64url without padding.
    // Error: "auth.token_issue_failed" (no randomness).
    static Expected<std::string> generateRefreshToken();
    // What the storage layer keeps and looks tokens up by: SHA-256, 64 lowercase hex digits.
    // No salt is needed: the token itself has 256 bits of entropy.
    static std::string hashRefreshToken(std::string_view token);
    // Constant-time check of a presented token against a stored hash.
    static bool refreshTokenMatches(std::string_view token, std::string_view storedHash);

    static Clock systemClock();

private:
    const SecretKey* keyFor(const std::string& kid) const;

    SecretKey m_key;
    std::string m_keyId;
    std::vector<std::pair<std::string, SecretKey>> m_previous; // kid → key
    Settings m_settings;
    Clock m_clock;
};

} // namespace motcua::server
