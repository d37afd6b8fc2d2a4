#include "core/store/CredentialHasher.h"

#include <vector>

#include <QRandomGenerator>
#include <QRegularExpression>

#include <argon2.h>

namespace motcua::client {

namespace {

constexpr std::size_t kSaltBytes = 16;
constexpr std::size_t kHashBytes = 32;
// A corrupted or planted hash must not make verify() allocate gigabytes or spin.
constexpr std::uint32_t kMaxMemoryKiB = 1024 * 1024;
constexpr std::uint32_t kMaxIterations = 64;
constexpr std::uint32_t kMaxParallelism = 16;

// NFC, as the server does: the same password typed on keyboards that compose differently.
QByteArray normalised(const QString& password)
{
    return password.normalized(QString::NormalizationForm_C).toUtf8();
}

} // namespace

Expected<QByteArray> CredentialHasher::hash(const QString& password, const Params& params)
{
    const QByteArray pwd = normalised(password);
    quint32 salt[kSaltBytes / sizeof(quint32)];
    QRandomGenerator::system()->fillRange(salt);
    const std::size_t length = argon2_encodedlen(
        params.iterations, params.memoryKiB, params.parallelism, kSaltBytes, kHashBytes, Argon2_id);
    std::vector<char> encoded(length);
    const int rc = argon2id_hash_encoded(params.iterations, params.memoryKiB, params.parallelism,
                                         pwd.constData(), std::size_t(pwd.size()), salt, kSaltBytes,
                                         kHashBytes, encoded.data(), encoded.size());
    if (rc != ARGON2_OK)
        return Error{
            QStringLiteral("auth.hash_failed"), QString::fromLatin1(argon2_error_message(rc)), {}};
    return QByteArray(encoded.data());
}

bool CredentialHasher::verify(const QString& password, const QByteArray& encoded)
{
    static const QRegularExpression format(
        QStringLiteral("^\\$argon2id\\$v=19\\$m=(\\d{1,7}),t=(\\d{1,2}),p=(\\d{1,2})\\$"
                       "[A-Za-z0-9+/]{16,64}\\$[A-Za-z0-9+/]{22,128}$"));
    const auto m = format.match(QString::fromLatin1(encoded));
    if (!m.hasMatch() || m.captured(1).toUInt() > kMaxMemoryKiB ||
        m.captured(2).toUInt() > kMaxIterations || m.captured(3).toUInt() > kMaxParallelism)
        return false;
    const QByteArray pwd = normalised(password);
    return argon2id_verify(encoded.constData(), pwd.constData(), std::size_t(pwd.size())) ==
           ARGON2_OK;
}

} // namespace motcua::client
