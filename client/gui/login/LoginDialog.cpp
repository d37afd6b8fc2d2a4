#include "gui/login/LoginDialog.h"

#include "core/api/ProblemText.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace motcua::client {

LoginDialog::LoginDialog(QWidget* parent)
    : QDialog(parent)
    , m_server(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("MotCua — log in"));
    m_server->setObjectName(QStringLiteral("server"));
    m_user->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    m_message->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));

    auto* title = new QLabel(tr("<h2>One-stop counter</h2>"), this);
    auto* form = new QFormLayout;
    form->addRow(tr("User name"), m_user);
    form->addRow(tr("Password"), m_password);
    form->addRow(tr("Server"), m_server);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QLineEdit::returnPressed, m_password, qOverload<>(&QWidget::setFocus));
    m_user->setFocus();
}

void LoginDialog::setServerUrl(const QUrl& url)
{
    m_server->setText(url.toString());
}

QUrl LoginDialog::serverUrl() const
{
    return QUrl::fromUserInput(m_server->text().trimmed());
}

void LoginDialog::setUsername(const QString& username)
{
    m_user->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

QString LoginDialog::username() const
{
    return m_user->text().trimmed();
}

QString LoginDialog::password() const
{
    return m_password->text();
}

void LoginDialog::submit()
{
    if (username().isEmpty()) {
        showFailure(QStringLiteral("login.username_required"));
        m_user->setFocus();
        return;
    }
    if (password().isEmpty()) {
        m_message->setText(tr("Enter the password."));
        m_message->setVisible(true);
        m_password->setFocus();
        return;
    }
    if (!serverUrl().isValid() || serverUrl().host().isEmpty()) {
        m_message->setText(tr("The server address is not valid (for example "
                              "http://192.168.1.10:8686)."));
        m_message->setVisible(true);
        m_server->setFocus();
        return;
    }
    m_message->setVisible(false);
    setWorking(true);
    emit loginRequested(serverUrl(), username(), password());
}

void LoginDialog::showFailure(const QString& code)
{
    setWorking(false);
    m_message->setText(code == QLatin1String("login.username_required")
                           ? tr("Enter the user name.")
                           : ProblemText::message(code));
    m_message->setVisible(true);
    m_password->clear();
    m_password->setFocus();
}

void LoginDialog::setWorking(bool working)
{
    m_buttons->setEnabled(!working);
    m_user->setEnabled(!working);
    m_password->setEnabled(!working);
    m_server->setEnabled(!working);
    if (working) {
        m_message->setStyleSheet(QStringLiteral("QLabel { color: #37474f; }"));
        m_message->setText(tr("Logging in…"));
        m_message->setVisible(true);
    } else {
        m_message->setStyleSheet(QStringLiteral("QLabel { color: #b71c1c; }"));
    }
}

} // namespace motcua::client
