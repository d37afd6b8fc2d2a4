#pragma once

#include "core/Expected.h"

#include <cstdint>

#include <QByteArray>
#include <QString>

namespace motcua::client {

// Salted Argon2id hashes (libargon2, PHC string format) of the passwords users typed on this
// workstation, so they can log in offline. The same cost as the server's by default
// (19 MiB, 2 passes): an attacker holding the store file must pay it for every guess.
class CredentialHasher {
public:
    struct Params {
        std::uint32_t memoryKiB = 19456;
        std::uint32_t iterations = 2;
        std::uint32_t parallelism = 1;
    };

    // Error code: auth.hash_failed.
    static Expected<QByteArray> hash(const QString& password, const Params& params);
    static Expected<QByteArray> hash(const QString& password) { return hash(password, Params{}); }
    // False for a wrong password and for anything that is not a sane Argon2id string.
    static bool verify(const QString& password, const QByteArray& encoded);
};

} // namespace motcua::client
