#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

// Small primitives shared by the auth classes. Kept in one place so that randomness always comes
// from the kernel and secret comparisons are always constant-time.
namespace motcua::server::crypto {

// Fills `data` from the kernel CSPRNG (getrandom(2), blocking only until the pool is seeded at
// boot). Returns false only if the kernel refuses, which callers treat as an internal error rather
// than falling back to a weaker source.
bool fillRandom(unsigned char* data, std::size_t size);

// `size` random bytes, or nullopt when the kernel refuses.
std::optional<std::string> randomBytes(std::size_t size);

// RFC 4648 §5 base64url without padding: safe in URLs, headers, cookies and JSON unescaped.
std::string base64UrlEncode(std::string_view bytes);

// Lowercase hexadecimal, and its inverse (nullopt for odd length or a non-hex character).
std::string toHex(std::string_view bytes);
std::optional<std::string> fromHex(std::string_view hex);

// SHA-256 of `data`, raw 32 bytes.
std::string sha256(std::string_view data);

// HMAC-SHA-256 of `data` under `key`, raw 32 bytes.
std::string hmacSha256(std::string_view key, std::string_view data);

// Compares without an early exit, so the time taken does not reveal how many leading bytes match.
// The length itself is not secret (it is fixed for everything we compare) and is checked first.
bool constantTimeEquals(std::string_view a, std::string_view b);

} // namespace motcua::server::crypto
