#pragma once

#include "core/Expected.h"

#include <cstddef>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::server {

// Argon2id password hashing through libargon2, stored as PHC strings
// ("$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>") so each hash carries its own salt and cost and
// the cost can be raised later without invalidating existing hashes (see needsRehash).
//
// Thread-safe: every method is const, libargon2 keeps no global state, and the lazily made dummy
// hash of verifyUnknownUser() is guarded by std::call_once. Each hash or verify allocates
// memoryKiB for its duration: with the defaults, 64 concurrent logins need about 1.2 GiB.
class PasswordHasher {
public:
    // Argon2id cost. The defaults are OWASP's minimum recommendation (19 MiB, 2 passes, 1 lane);
    // one lane because the server already runs many requests in parallel.
    struct Params {
        std::uint32_t memoryKiB = 19 * 1024;
        std::uint32_t iterations = 2;
        std::uint32_t parallelism = 1;

        friend bool operator==(const Params&, const Params&) = default;
    };

    // Almost free (64 KiB, 1 pass): for unit tests only, never for real passwords.
    static Params testParams() { return Params{64, 1, 1}; }

    // Longer passwords are refused before hashing: hashing cost grows with input length only a
    // little, but there is no reason to accept megabytes from an unauthenticated client.
    static constexpr std::size_t kMaxPasswordBytes = 1024;
    static constexpr std::size_t kSaltBytes = 16;
    static constexpr std::size_t kHashBytes = 32;

    // What a stored PHC string says about itself.
    struct Encoded {
        std::uint32_t version = 0; // 0x13 (19) for Argon2 1.3
        Params params;
        std::size_t saltBytes = 0;
        std::size_t hashBytes = 0;
    };

    PasswordHasher(); // default Params
    explicit PasswordHasher(Params params);
    PasswordHasher(const PasswordHasher&) = delete;
    PasswordHasher& operator=(const PasswordHasher&) = delete;

    const Params& params() const { return m_params; }

    // What is actually hashed: valid UTF-8 is brought to Unicode NFC (RFC 8265 OpaqueString), so
    // "ậ" typed as one precomposed character or as "a" plus two combining marks (input methods
    // differ between Windows, macOS and phones) is the same password. Other bytes are kept as is.
    static std::string normalize(std::string_view password);

    // A PHC string for normalize(password) with a fresh 16-byte salt from the kernel.
    // Errors: "auth.password_too_long" (over kMaxPasswordBytes), "auth.hash_failed" (no
    // randomness, invalid parameters or out of memory; an internal error for the caller).
    Expected<std::string> hash(std::string_view password) const;

    // True when `password` matches `encoded`. The comparison is libargon2's constant-time one.
    // Never throws: a malformed, truncated or non-Argon2id stored string, or one whose cost is
    // absurd (see parse), simply does not match.
    bool verify(std::string_view password, std::string_view encoded) const;

    // Spends the same time as verify() against a real hash and returns false. Call it when the
    // username does not exist, so response times do not reveal which usernames are valid.
    bool verifyUnknownUser(std::string_view password) const;

    // True when `encoded` (already verified) was made with weaker settings than ours: less
    // memory, fewer passes, a shorter salt or hash, or is not parseable at all. The caller then
    // stores hash(password) while it still has the plaintext.
    bool needsRehash(std::string_view encoded) const;

    // Strict parse of an Argon2id v=19 PHC string. Refuses costs that could be used to exhaust the
    // server if the stored value were corrupted (memory over 1 GiB, over 64 passes or lanes).
    static std::optional<Encoded> parse(std::string_view encoded);

private:
    Params m_params;
    mutable std::once_flag m_dummyOnce;
    mutable std::string m_dummyHash;
};

} // namespace motcua::server
