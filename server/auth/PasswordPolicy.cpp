#include "auth/PasswordPolicy.h"

#include "auth/PasswordHasher.h"

#include <algorithm>
#include <optional>
#include <string>

#include <QString>

namespace motcua::server {

namespace {

Error weak(const char* message)
{
    return Error{QStringLiteral("auth.weak_password"), QString::fromUtf8(message),
                 QStringLiteral("password")};
}

// The code points of valid UTF-8 (no overlongs, no surrogates), or nullopt.
std::optional<std::u32string> decodeUtf8(std::string_view text)
{
    std::u32string out;
    std::size_t i = 0;
    while (i < text.size()) {
        const auto b0 = static_cast<unsigned char>(text[i]);
        // Lead byte: how many continuation bytes follow, its payload bits, the smallest code
        // point that needs this many bytes (anything smaller is an overlong encoding).
        int extra = 0;
        char32_t cp = b0;
        char32_t min = 0;
        if (b0 >= 0x80) {
            if ((b0 & 0xE0) == 0xC0) {
                extra = 1;
                cp = b0 & 0x1F;
                min = 0x80;
            } else if ((b0 & 0xF0) == 0xE0) {
                extra = 2;
                cp = b0 & 0x0F;
                min = 0x800;
            } else if ((b0 & 0xF8) == 0xF0) {
                extra = 3;
                cp = b0 & 0x07;
                min = 0x10000;
            } else {
                return std::nullopt;
            }
        }
        if (i + static_cast<std::size_t>(extra) >= text.size())
            return std::nullopt;
        for (int k = 1; k <= extra; ++k) {
            const auto b = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
            if ((b & 0xC0) != 0x80)
                return std::nullopt;
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return std::nullopt;
        out += cp;
        i += static_cast<std::size_t>(extra) + 1;
    }
    return out;
}

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

bool containsIgnoringAsciiCase(std::string_view haystack, std::string_view needle)
{
    const auto it = std::search(haystack.begin(), haystack.end(), needle.begin(), needle.end(),
                                [](char a, char b) { return asciiLower(a) == asciiLower(b); });
    return it != haystack.end();
}

} // namespace

Status PasswordPolicy::check(std::string_view password, std::string_view username)
{
    if (password.size() > PasswordHasher::kMaxPasswordBytes)
        return Error{QStringLiteral("auth.password_too_long"),
                     QStringLiteral("Passwords are limited to %1 bytes")
                         .arg(PasswordHasher::kMaxPasswordBytes),
                     QStringLiteral("password")};
    // Judged as it will be hashed, so a decomposed "ậ" counts as one character.
    const std::string normalized = PasswordHasher::normalize(password);
    const std::optional<std::u32string> chars = decodeUtf8(normalized);
    if (!chars)
        return weak("The password is not valid UTF-8");
    bool lower = false, upper = false, digit = false, other = false;
    for (const char32_t c : *chars) {
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c < 0xA0))
            return weak("The password contains control characters");
        lower |= c >= 'a' && c <= 'z';
        upper |= c >= 'A' && c <= 'Z';
        digit |= c >= '0' && c <= '9';
        other |= !(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9');
    }
    if (chars->size() < kMinLength)
        return weak("The password must have at least 10 characters");
    if (int(lower) + int(upper) + int(digit) + int(other) < 2)
        return weak("The password must mix at least two kinds of characters: lowercase, "
                    "uppercase, digits, other symbols or letters");
    if (username.size() >= 3 && containsIgnoringAsciiCase(normalized, username))
        return weak("The password must not contain the username");
    return success();
}

} // namespace motcua::server
