#include "notify/SmtpChannel.h"

#include <Poco/Net/Context.h>
#include <Poco/Net/MailMessage.h>
#include <Poco/Net/MailRecipient.h>
#include <Poco/Net/NetException.h>
#include <Poco/Net/SSLManager.h>
#include <Poco/Net/SecureSMTPClientSession.h>
#include <Poco/Net/SocketAddress.h>
#include <Poco/Net/StreamSocket.h>

namespace motcua::server {

SmtpChannel::SmtpChannel(Settings settings)
    : m_settings(std::move(settings))
{}

Status SmtpChannel::send(const OutgoingMessage& m)
{
    try {
        const Poco::Timespan timeout(m_settings.timeoutSeconds, 0);
        Poco::Net::StreamSocket socket;
        socket.connect(Poco::Net::SocketAddress(m_settings.host, Poco::UInt16(m_settings.port)),
                       timeout);
        // SecureSMTPClientSession is a plain SMTP session until startTLS() is called.
        Poco::Net::SecureSMTPClientSession session(socket);
        session.setTimeout(timeout);
        session.login();
        if (m_settings.startTls) {
            Poco::Net::initializeSSL();
            const Poco::Net::Context::Ptr tls(
                new Poco::Net::Context(Poco::Net::Context::TLS_CLIENT_USE, "",
                                       Poco::Net::Context::VERIFY_RELAXED, 9, true));
            session.startTLS(tls);
        }
        if (!m_settings.username.empty())
            session.login(m_settings.authMethod == "login"
                              ? Poco::Net::SMTPClientSession::AUTH_LOGIN
                              : Poco::Net::SMTPClientSession::AUTH_PLAIN,
                          m_settings.username, m_settings.password);

        Poco::Net::MailMessage mail;
        mail.setSender(m_settings.sender);
        mail.addRecipient(
            Poco::Net::MailRecipient(Poco::Net::MailRecipient::PRIMARY_RECIPIENT, m.recipient));
        // Headers are ASCII: a Vietnamese subject travels as an RFC 2047 encoded word.
        mail.setSubject(Poco::Net::MailMessage::encodeWord(m.subject, "UTF-8"));
        mail.setContentType("text/plain; charset=UTF-8");
        mail.setContent(m.text, Poco::Net::MailMessage::ENCODING_QUOTED_PRINTABLE);
        mail.set("Auto-Submitted", "auto-generated");
        session.sendMessage(mail);
        session.close();
        return success();
    } catch (const Poco::Exception& e) {
        return Error{QStringLiteral("notification.email_failed"),
                     QString::fromStdString(e.displayText()).left(500), QString()};
    } catch (const std::exception& e) {
        return Error{QStringLiteral("notification.email_failed"),
                     QString::fromStdString(e.what()).left(500), QString()};
    }
}

} // namespace motcua::server
