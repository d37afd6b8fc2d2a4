#pragma once

#include "core/Expected.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>

#include <QString>

namespace motcua::server {

// The HMAC key that signs access tokens. Every server process that shares one database must use
// the same key, or tokens issued by one are refused by the others: take it from configuration
// (fromHex) in a multi-process deployment, or point all of them at one key file.
//
// Text format, in the file and in configuration: the key in hexadecimal (64 digits for the
// 32 bytes we generate), optional surrounding whitespace. Text so that an administrator can copy
// it into a configuration file; hexadecimal so that it survives any editor.
class SecretKey {
public:
    static constexpr std::size_t kMinBytes = 32; // HS256 wants at least the hash size (RFC 7518)

    // Reads the key file at `path`, or, when there is none, creates it with kMinBytes random
    // bytes, mode 0600, atomically: written to a temporary file in the same folder, then renamed
    // into place without overwriting, so a concurrent starter never sees a partial file and two
    // starters end up with the same key (the loser of the race reads the winner's file).
    // Refuses (codes):
    //   "auth.secret_key_insecure"   the file is accessible by group or others (chmod 600 fixes
    //                                it), or is not a regular file;
    //   "auth.secret_key_too_short"  fewer than kMinBytes bytes;
    //   "auth.secret_key_malformed"  not hexadecimal, or absurdly long;
    //   "auth.secret_key_unreadable" cannot be opened or read (symbolic links are refused too);
    //   "auth.secret_key_write_failed" cannot be created (missing folder, permissions, disk).
    // The message names the path and the fix, for the administrator.
    static Expected<SecretKey> loadOrCreate(const std::string& path);

    // From a configuration value (hexadecimal). Same length and format rules as the file.
    static Expected<SecretKey> fromHex(std::string_view text);

    // kMinBytes fresh random bytes ("auth.secret_key_write_failed" only if the kernel refuses).
    static Expected<SecretKey> generate();

    const std::string& bytes() const { return m_bytes; }
    std::string toHex() const;

private:
    explicit SecretKey(std::string bytes)
        : m_bytes(std::move(bytes))
    {}

    static Expected<SecretKey> parse(std::string_view text, const QString& origin);
    static Expected<SecretKey> load(const std::string& path, int fd);
    static Expected<SecretKey> create(const std::string& path);

    std::string m_bytes;
};

} // namespace motcua::server
