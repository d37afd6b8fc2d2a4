#pragma once

#include "core/api/ApiClient.h"
#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"
#include "domain/User.h"

#include <optional>

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QUrl>

namespace motcua::test {

// A user's hands on the server API, outside any workstation: tests act as another officer with
// it, or ask the server what it holds without going through the code under test.
class StaffApi {
public:
    // Logs in at once. A failed login is only logged (and loggedIn() says so): most tests then
    // fail on their first check against the server, which says more than a failure here would.
    StaffApi(const QUrl& server, const QString& username, const QString& password);

    bool loggedIn() const { return m_loggedIn; }
    // For the one-off calls a single test makes.
    client::ApiClient& api() { return m_api; }

    // The dossier as the server holds it; nullopt when it is not answered (the way LocalStore
    // says it, so the two compare directly).
    std::optional<Dossier> dossier(const QString& code);
    // The same, an empty Dossier when not answered, for tests that read one field.
    Dossier get(const QString& code);
    // Every dossier code the user's agency has on the server; {"error N"} when refused.
    QStringList codes();

    // Receives a dossier; its code, empty when refused.
    QString intake(const IntakeRequest& request);
    // A workflow action as raw JSON (the test chooses the version, even a wrong one).
    client::ApiResult act(const QString& code, const QJsonObject& command);
    // A workflow action on the dossier's current version; the HTTP status.
    int act(const QString& code, WorkflowAction action, const QString& comment = {},
            const QString& toUser = {});
    // Creates a user (an administrator's call); the HTTP status.
    int createUser(const User& user, const QString& password);

    // GET /dossiers/{code}/attachments as answered, errors included.
    client::ApiResult attachments(const QString& code);
    // The stored bytes of one attachment.
    QByteArray attachmentBytes(const QString& code, const QString& sha256);
    // The messages the server queued for the citizen, oldest first.
    QJsonArray notifications(const QString& code);

private:
    client::ApiClient m_api;
    bool m_loggedIn = false;
};

} // namespace motcua::test
