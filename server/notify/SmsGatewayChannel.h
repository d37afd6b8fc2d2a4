#pragma once

#include "notify/NotificationChannel.h"

#include <string>

namespace motcua::server {

// SMS through an HTTP gateway, the way Vietnamese brand-name SMS providers work: one HTTP request
// per message to a configured URL, with credentials (basic auth or an API key header) and a body
// built from a template. Placeholders, in the URL (URL-encoded) and the body (JSON-escaped when
// the content type is JSON, URL-encoded when it is a form): {phone} (0912345678), {phoneIntl}
// (84912345678), {message}, {brandname}, {id} (the outbox id, for gateways that de-duplicate).
// Success: a 2xx status and, when configured, a substring of the response body and/or a JSON
// field (dotted path) equal to a value, since many gateways answer 200 with an error code inside.
class SmsGatewayChannel : public NotificationChannel {
public:
    struct Settings {
        std::string url; // http:// or https://
        std::string method = "POST";
        std::string contentType = "application/json; charset=utf-8";
        std::string body = R"({"phone":"{phone}","message":"{message}","brandname":"{brandname}"})";
        std::string username; // HTTP basic authentication, when set
        std::string password;
        std::string apiKeyHeader; // e.g. "X-Api-Key", when set
        std::string apiKey;
        std::string brandname;
        std::string successContains; // response body must contain this, when set
        std::string successField;    // JSON path in the response, e.g. "CodeResult"
        std::string successValue;    // ... which must equal this (as text)
        int timeoutSeconds = 15;
    };

    explicit SmsGatewayChannel(Settings settings);
    std::string name() const override { return "sms"; }
    Status send(const OutgoingMessage& message) override;

    // The body and URL for a message (exposed for tests).
    std::string renderBody(const OutgoingMessage& message) const;
    std::string renderUrl(const OutgoingMessage& message) const;

private:
    Settings m_settings;
};

} // namespace motcua::server
