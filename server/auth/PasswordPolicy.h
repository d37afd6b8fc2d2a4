#pragma once

#include "core/Expected.h"

#include <cstddef>
#include <string_view>

namespace motcua::server {

// The rules a new password must meet (when a user sets or an administrator resets one). Kept
// deliberately simple, in the spirit of NIST SP 800-63B: length matters most, so the rules are
//   1. at most PasswordHasher::kMaxPasswordBytes bytes of valid UTF-8, no control characters;
//   2. at least kMinLength characters (Unicode code points after NFC normalisation, so "Đ"
//      counts once however it was typed);
//   3. at least two of four classes: ASCII lowercase, ASCII uppercase, digits, anything else
//      (punctuation, spaces, Vietnamese letters with diacritics such as "ư" or "Ệ");
//   4. not containing the username (ASCII case-insensitive, usernames of 3+ characters).
// A passphrase such as "trà đá vỉa hè" passes; "aaaaaaaaaa" and "1234567890" do not.
// Existing passwords are never re-checked: the policy applies when a password is chosen.
class PasswordPolicy {
public:
    static constexpr std::size_t kMinLength = 10;

    // Errors (path "password"): "auth.password_too_long" for rule 1's length, otherwise
    // "auth.weak_password" with an English message naming the rule that failed.
    static Status check(std::string_view password, std::string_view username = {});
};

} // namespace motcua::server
