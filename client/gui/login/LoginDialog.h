#pragma once

#include <QDialog>
#include <QUrl>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace motcua::client {

// The login dialog: server address (remembered by the caller), user name, password. It only
// collects and shows; the caller tries the server and, when it cannot be reached, the
// credentials cached on this workstation (see Workstation::login), then calls showFailure() or
// accept(). The password field is cleared after every failure and never stored.
class LoginDialog : public QDialog {
    Q_OBJECT
public:
    explicit LoginDialog(QWidget* parent = nullptr);

    void setServerUrl(const QUrl& url);
    QUrl serverUrl() const;
    void setUsername(const QString& username);
    QString username() const;
    QString password() const;

    QLineEdit* serverEdit() const { return m_server; }
    QLineEdit* userEdit() const { return m_user; }
    QLineEdit* passwordEdit() const { return m_password; }
    QLabel* messageLabel() const { return m_message; }

public slots:
    void showFailure(const QString& code);
    void setWorking(bool working);

signals:
    void loginRequested(const QUrl& server, const QString& username, const QString& password);

private:
    void submit();

    QLineEdit* m_server;
    QLineEdit* m_user;
    QLineEdit* m_password;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

} // namespace motcua::client
