#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace motcua::server {

// Who an access token speaks for. JSON claim names in the token are given per field.
struct AccessClaims {
    std::string subject;            // "sub": the username
    std::vector<std::string> roles; // "roles": role codes, e.g. ["reception", "approver"]
    std::string agency;             // "agency": the agency the user works for
    std::string unit;               // "unit": the department within it ("" when none)
    // Filled in by TokenService::issue:
    std::string tokenId;        // "jti": 128 random bits, base64url (for audit and revocation)
    std::int64_t issuedAt = 0;  // "iat": Unix time, whole seconds
    std::int64_t expiresAt = 0; // "exp": Unix time, whole seconds

    friend bool operator==(const AccessClaims&, const AccessClaims&) = default;
};

} // namespace motcua::server
