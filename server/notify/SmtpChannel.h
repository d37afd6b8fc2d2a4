#pragma once

#include "notify/NotificationChannel.h"

#include <string>

namespace motcua::server {

// E-mail over SMTP (Poco::Net::SMTPClientSession): UTF-8 subject (RFC 2047 encoded word) and a
// plain-text UTF-8 body (quoted-printable), optional STARTTLS and login (AUTH PLAIN by default:
// its one-step exchange works everywhere, while servers word AUTH LOGIN's prompts differently).
class SmtpChannel : public NotificationChannel {
public:
    struct Settings {
        std::string host;
        int port = 25;
        std::string sender;   // "Bộ phận Một cửa <motcua@example.gov.vn>" or a bare address
        std::string username; // login when set
        std::string password;
        std::string authMethod = "plain"; // or "login"
        bool startTls = false;
        int timeoutSeconds = 20;
    };

    explicit SmtpChannel(Settings settings);
    std::string name() const override { return "email"; }
    Status send(const OutgoingMessage& message) override;

private:
    Settings m_settings;
};

} // namespace motcua::server
