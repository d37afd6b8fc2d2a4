#pragma once

#include <QString>

namespace motcua {

// POST /api/v1/auth/login
struct LoginRequest {
    QString username;
    QString password;

    friend bool operator==(const LoginRequest&, const LoginRequest&) = default;
};

// POST /api/v1/auth/refresh and /api/v1/auth/logout
struct RefreshRequest {
    QString refreshToken;

    friend bool operator==(const RefreshRequest&, const RefreshRequest&) = default;
};

} // namespace motcua
