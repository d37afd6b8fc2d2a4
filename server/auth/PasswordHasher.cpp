#include "auth/PasswordHasher.h"

#include "auth/Crypto.h"

#include <charconv>
#include <vector>

#include <QString>
#include <QStringDecoder>

#include <argon2.h>

namespace motcua::server {

namespace {

// Guards against a corrupted or hostile stored hash making verify() allocate gigabytes or spin.
constexpr std::uint32_t kMaxMemoryKiB = 1024 * 1024; // 1 GiB
constexpr std::uint32_t kMaxIterations = 64;
constexpr std::uint32_t kMaxParallelism = 64;
constexpr std::size_t kMaxEncodedBytes = 512;
// Below 16 bytes of tag a stored hash is too easy to collide with; argon2's own minimum is 4.
constexpr std::size_t kMinVerifiableHashBytes = 16;

Error hashError(QString message)
{
    return Error{QStringLiteral("auth.hash_failed"), std::move(message), {}};
}

Error tooLong()
{
    return Error{
        QStringLiteral("auth.password_too_long"),
        QStringLiteral("Passwords are limited to %1 bytes").arg(PasswordHasher::kMaxPasswordBytes),
        QStringLiteral("password")};
}

// Splits off the text up to the next '$' (or the end).
std::string_view takeField(std::string_view& rest)
{
    const auto pos = rest.find('$');
    std::string_view field = rest.substr(0, pos);
    rest = pos == std::string_view::npos ? std::string_view{} : rest.substr(pos + 1);
    return field;
}

// "name=<decimal uint32>" with no sign, no leading zeros, nothing after.
std::optional<std::uint32_t> parseNumber(std::string_view text, std::string_view name)
{
    if (text.size() <= name.size() + 1 || text.substr(0, name.size()) != name ||
        text[name.size()] != '=')
        return std::nullopt;
    const std::string_view digits = text.substr(name.size() + 1);
    if (digits.size() > 1 && digits.front() == '0')
        return std::nullopt;
    std::uint32_t value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc{} || end != digits.data() + digits.size())
        return std::nullopt;
    return value;
}

// Decoded length of unpadded standard base64 (the PHC alphabet), or nullopt if not base64.
std::optional<std::size_t> base64Length(std::string_view text)
{
    if (text.empty() || text.size() % 4 == 1)
        return std::nullopt;
    for (const char c : text) {
        const bool ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
                        (c >= '0' && c <= '9') || c == '+' || c == '/';
        if (!ok)
            return std::nullopt;
    }
    return text.size() * 3 / 4;
}

} // namespace

PasswordHasher::PasswordHasher()
    : PasswordHasher(Params{})
{}

PasswordHasher::PasswordHasher(Params params)
    : m_params(params)
{}

std::string PasswordHasher::normalize(std::string_view password)
{
    bool ascii = true;
    for (const char c : password)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii)
        return std::string(password); // NFC of ASCII is itself; skip the conversions
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text =
        decoder.decode(QByteArrayView(password.data(), qsizetype(password.size())));
    if (decoder.hasError())
        return std::string(password);
    return text.normalized(QString::NormalizationForm_C).toStdString();
}

Expected<std::string> PasswordHasher::hash(std::string_view rawPassword) const
{
    // Checked before and after: NFC can change the length a little, either way.
    if (rawPassword.size() > kMaxPasswordBytes)
        return tooLong();
    const std::string password = normalize(rawPassword);
    if (password.size() > kMaxPasswordBytes)
        return tooLong();
    unsigned char salt[kSaltBytes];
    if (!crypto::fillRandom(salt, sizeof salt))
        return hashError(QStringLiteral("The kernel refused to provide random bytes"));

    const std::size_t length =
        argon2_encodedlen(m_params.iterations, m_params.memoryKiB, m_params.parallelism, kSaltBytes,
                          kHashBytes, Argon2_id);
    std::vector<char> encoded(length);
    const int rc = argon2id_hash_encoded(
        m_params.iterations, m_params.memoryKiB, m_params.parallelism, password.data(),
        password.size(), salt, sizeof salt, kHashBytes, encoded.data(), encoded.size());
    if (rc != ARGON2_OK)
        return hashError(QStringLiteral("argon2id: %1").arg(argon2_error_message(rc)));
    return std::string(encoded.data());
}

bool PasswordHasher::verify(std::string_view rawPassword, std::string_view encoded) const
{
    if (rawPassword.size() > kMaxPasswordBytes)
        return false;
    const std::string password = normalize(rawPassword);
    if (password.size() > kMaxPasswordBytes)
        return false;
    const std::optional<Encoded> info = parse(encoded);
    if (!info || info->hashBytes < kMinVerifiableHashBytes)
        return false;
    // argon2id_verify needs a NUL-terminated string; parse() has already refused embedded NULs.
    const std::string stored(encoded);
    return argon2id_verify(stored.c_str(), password.data(), password.size()) == ARGON2_OK;
}

bool PasswordHasher::verifyUnknownUser(std::string_view password) const
{
    std::call_once(m_dummyOnce, [this] {
        Expected<std::string> dummy = hash("motcua: no such user");
        if (dummy)
            m_dummyHash = std::move(dummy).value();
    });
    verify(password, m_dummyHash);
    return false;
}

bool PasswordHasher::needsRehash(std::string_view encoded) const
{
    const std::optional<Encoded> info = parse(encoded);
    if (!info)
        return true;
    return info->params.memoryKiB < m_params.memoryKiB ||
           info->params.iterations < m_params.iterations || info->saltBytes < kSaltBytes ||
           info->hashBytes < kHashBytes;
}

std::optional<PasswordHasher::Encoded> PasswordHasher::parse(std::string_view encoded)
{
    if (encoded.size() > kMaxEncodedBytes || encoded.empty() || encoded.front() != '$')
        return std::nullopt;
    std::string_view rest = encoded.substr(1);
    if (takeField(rest) != "argon2id")
        return std::nullopt;

    Encoded out;
    const std::optional<std::uint32_t> version = parseNumber(takeField(rest), "v");
    if (!version || *version != ARGON2_VERSION_13)
        return std::nullopt;
    out.version = *version;

    // "m=..,t=..,p=.." in exactly this order, as libargon2 writes it.
    std::string_view costs = takeField(rest);
    std::uint32_t* targets[] = {&out.params.memoryKiB, &out.params.iterations,
                                &out.params.parallelism};
    const std::string_view names[] = {"m", "t", "p"};
    for (int i = 0; i < 3; ++i) {
        const auto comma = costs.find(',');
        if ((i < 2) == (comma == std::string_view::npos))
            return std::nullopt;
        const std::optional<std::uint32_t> value = parseNumber(costs.substr(0, comma), names[i]);
        if (!value)
            return std::nullopt;
        *targets[i] = *value;
        costs = comma == std::string_view::npos ? std::string_view{} : costs.substr(comma + 1);
    }
    const Params& p = out.params;
    if (p.parallelism < 1 || p.parallelism > kMaxParallelism || p.iterations < 1 ||
        p.iterations > kMaxIterations || p.memoryKiB < 8 * p.parallelism ||
        p.memoryKiB > kMaxMemoryKiB)
        return std::nullopt;

    const std::optional<std::size_t> salt = base64Length(takeField(rest));
    const bool hasHashField = !rest.empty();
    const std::optional<std::size_t> tag = base64Length(takeField(rest));
    if (!salt || !hasHashField || !tag || !rest.empty() || encoded.back() == '$')
        return std::nullopt;
    if (*salt < ARGON2_MIN_SALT_LENGTH || *tag < ARGON2_MIN_OUTLEN)
        return std::nullopt;
    out.saltBytes = *salt;
    out.hashBytes = *tag;
    return out;
}

} // namespace motcua::server
