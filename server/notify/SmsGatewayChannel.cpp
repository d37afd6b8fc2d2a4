#include "notify/SmsGatewayChannel.h"

#include "text/PhoneNumber.h"

#include <sstream>

#include <Poco/Dynamic/Var.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>
#include <Poco/Net/Context.h>
#include <Poco/Net/HTTPBasicCredentials.h>
#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPSClientSession.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/StreamCopier.h>
#include <Poco/StringTokenizer.h>
#include <Poco/URI.h>

namespace motcua::server {
namespace {

std::string jsonEscape(const std::string& s)
{
    // Poco's stringify of a string value gives the quoted, escaped form; drop the quotes.
    std::ostringstream out;
    Poco::JSON::Stringifier::stringify(Poco::Dynamic::Var(s), out);
    const std::string quoted = out.str();
    return quoted.size() >= 2 ? quoted.substr(1, quoted.size() - 2) : std::string();
}

std::string urlEncode(const std::string& s)
{
    std::string out;
    Poco::URI::encode(s, "!#$&'()*+,/:;=?@[]", out);
    return out;
}

// One pass over the template, so a value (the citizen's name inside the message, say) is never
// itself searched for placeholders.
std::string fill(const std::string& text, const std::map<std::string, std::string>& values,
                 std::string (*encode)(const std::string&))
{
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const auto open = text.find('{', at);
        const auto close = open == std::string::npos ? open : text.find('}', open);
        if (close == std::string::npos) {
            out.append(text, at, std::string::npos);
            break;
        }
        const auto value = values.find(text.substr(open + 1, close - open - 1));
        if (value == values.end()) {
            out.append(text, at, open + 1 - at); // not a placeholder: keep the brace, go on
            at = open + 1;
            continue;
        }
        out.append(text, at, open - at);
        out += encode(value->second);
        at = close + 1;
    }
    return out;
}

std::map<std::string, std::string> valuesOf(const OutgoingMessage& m, const std::string& brandname)
{
    const auto phone = PhoneNumber::parse(QString::fromStdString(m.recipient));
    const std::string national = phone ? phone->national().toStdString() : m.recipient;
    std::string intl = phone ? phone->international().toStdString() : m.recipient;
    if (!intl.empty() && intl.front() == '+')
        intl.erase(0, 1);
    return {{"phone", national},
            {"phoneIntl", intl},
            {"message", m.text},
            {"brandname", brandname},
            {"id", std::to_string(m.id)}};
}

Error failure(const std::string& message)
{
    return Error{QStringLiteral("notification.sms_failed"),
                 QString::fromStdString(message).left(500), QString()};
}

} // namespace

SmsGatewayChannel::SmsGatewayChannel(Settings settings)
    : m_settings(std::move(settings))
{}

std::string SmsGatewayChannel::renderBody(const OutgoingMessage& m) const
{
    const bool json = m_settings.contentType.find("json") != std::string::npos;
    return fill(m_settings.body, valuesOf(m, m_settings.brandname), json ? jsonEscape : urlEncode);
}

std::string SmsGatewayChannel::renderUrl(const OutgoingMessage& m) const
{
    return fill(m_settings.url, valuesOf(m, m_settings.brandname), urlEncode);
}

Status SmsGatewayChannel::send(const OutgoingMessage& m)
{
    try {
        const Poco::URI uri(renderUrl(m));
        std::unique_ptr<Poco::Net::HTTPClientSession> session;
        if (uri.getScheme() == "https") {
            // System CAs, certificate and host name verified.
            static const Poco::Net::Context::Ptr tls = [] {
                Poco::Net::initializeSSL();
                return Poco::Net::Context::Ptr(
                    new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "",
                                           Poco::Net::Context::VERIFY_RELAXED, 9, true));
            }();
            session =
                std::make_unique<Poco::Net::HTTPSClientSession>(uri.getHost(), uri.getPort(), tls);
        } else {
            session = std::make_unique<Poco::Net::HTTPClientSession>(uri.getHost(), uri.getPort());
        }
        session->setTimeout(Poco::Timespan(m_settings.timeoutSeconds, 0));
        Poco::Net::HTTPRequest request(m_settings.method, uri.getPathAndQuery(),
                                       Poco::Net::HTTPMessage::HTTP_1_1);
        if (!m_settings.username.empty())
            Poco::Net::HTTPBasicCredentials(m_settings.username, m_settings.password)
                .authenticate(request);
        if (!m_settings.apiKeyHeader.empty())
            request.set(m_settings.apiKeyHeader, m_settings.apiKey);
        const bool hasBody = m_settings.method != "GET" && !m_settings.body.empty();
        const std::string body = hasBody ? renderBody(m) : std::string();
        if (hasBody) {
            request.setContentType(m_settings.contentType);
            request.setContentLength(std::streamsize(body.size()));
        }
        session->sendRequest(request) << body;
        Poco::Net::HTTPResponse response;
        std::istream& in = session->receiveResponse(response);
        std::string reply;
        Poco::StreamCopier::copyToString(in, reply);
        const int status = response.getStatus();
        if (status < 200 || status > 299)
            return failure("HTTP " + std::to_string(status) + " " + response.getReason() + ": " +
                           reply.substr(0, 300));
        if (!m_settings.successContains.empty() &&
            reply.find(m_settings.successContains) == std::string::npos)
            return failure("the gateway's answer lacks \"" + m_settings.successContains +
                           "\": " + reply.substr(0, 300));
        if (!m_settings.successField.empty()) {
            Poco::Dynamic::Var value = Poco::JSON::Parser().parse(reply);
            Poco::StringTokenizer path(m_settings.successField, ".");
            for (const std::string& key : path) {
                const auto object = value.extract<Poco::JSON::Object::Ptr>();
                value = object ? object->get(key) : Poco::Dynamic::Var();
            }
            const std::string got = value.isEmpty() ? std::string() : value.toString();
            if (got != m_settings.successValue)
                return failure(m_settings.successField + " is \"" + got + "\", not \"" +
                               m_settings.successValue + "\": " + reply.substr(0, 300));
        }
        return success();
    } catch (const Poco::Exception& e) {
        return failure(e.displayText());
    } catch (const std::exception& e) {
        return failure(e.what());
    }
}

} // namespace motcua::server
