#include "gui/intake/PersonFields.h"

#include "core/VnTime.h"
#include "core/api/ProblemText.h"
#include "text/CitizenId.h"
#include "text/PhoneNumber.h"
#include "text/TaxCode.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>

namespace motcua::client {

PersonFields::PersonFields(bool withContact, QWidget* parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_id(new QLineEdit(this))
    , m_idLabel(new QLabel(this))
    , m_idProblem(new QLabel(this))
    , m_birth(new QLabel(this))
    , m_today(vntime::civilDate(vntime::now()))
{
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setVerticalSpacing(2);
    m_name->setObjectName(QStringLiteral("fullName"));
    m_id->setObjectName(QStringLiteral("idNumber"));
    m_id->setMaxLength(13);
    form->addRow(tr("Full name"), m_name);
    form->addRow(m_idLabel, m_id);
    form->addRow(QString(), m_idProblem);
    m_idProblem->setVisible(false);
    form->addRow(QString(), m_birth);
    m_birth->setVisible(false);
    connect(m_name, &QLineEdit::textChanged, this, &PersonFields::changed);
    // A birth date read from an ID card belongs to that ID: typing another number drops it.
    connect(m_id, &QLineEdit::textEdited, this, [this] {
        m_birthDate = {};
        m_birth->setVisible(false);
    });
    connect(m_id, &QLineEdit::textChanged, this, [this] {
        revalidate();
        emit changed();
    });
    if (withContact) {
        m_phone = new QLineEdit(this);
        m_phone->setObjectName(QStringLiteral("phone"));
        m_phoneProblem = new QLabel(this);
        m_email = new QLineEdit(this);
        m_email->setObjectName(QStringLiteral("email"));
        m_emailProblem = new QLabel(this);
        m_address = new QLineEdit(this);
        m_address->setObjectName(QStringLiteral("address"));
        form->addRow(tr("Phone"), m_phone);
        form->addRow(QString(), m_phoneProblem);
        form->addRow(tr("E-mail"), m_email);
        form->addRow(QString(), m_emailProblem);
        form->addRow(tr("Address"), m_address);
        m_phoneProblem->setVisible(false);
        m_emailProblem->setVisible(false);
        for (QLineEdit* e : {m_phone, m_email, m_address}) {
            connect(e, &QLineEdit::textChanged, this, [this] {
                revalidate();
                emit changed();
            });
        }
    }
    setIdKind(IdKind::Personal);
}

Person PersonFields::person() const
{
    Person p;
    p.fullName = m_name->text().simplified();
    p.idNumber = m_id->text().trimmed();
    p.birthDate = m_birthDate;
    if (m_phone) {
        p.phone = m_phone->text().trimmed();
        p.email = m_email->text().trimmed();
        p.address = m_address->text().simplified();
    }
    return p;
}

void PersonFields::setPerson(const Person& p)
{
    m_name->setText(p.fullName);
    m_id->setText(p.idNumber);
    m_birthDate = p.birthDate;
    m_birth->setText(
        p.birthDate.isValid()
            ? tr("Date of birth: %1").arg(p.birthDate.toString(QStringLiteral("dd/MM/yyyy")))
            : QString());
    m_birth->setVisible(p.birthDate.isValid());
    if (m_phone) {
        m_phone->setText(p.phone);
        m_email->setText(p.email);
        m_address->setText(p.address);
    }
    revalidate();
}

void PersonFields::clear()
{
    setPerson(Person{});
}

void PersonFields::setIdKind(IdKind kind)
{
    m_idKind = kind;
    m_idLabel->setText(kind == IdKind::TaxCode ? tr("Tax code") : tr("ID number (CCCD/CMND)"));
    revalidate();
}

void PersonFields::setToday(const QDate& today)
{
    m_today = today;
    revalidate();
}

QList<Error> PersonFields::problems() const
{
    QList<Error> out;
    const QString id = m_id->text().trimmed();
    if (!id.isEmpty()) {
        const Status s =
            m_idKind == IdKind::TaxCode
                ? (TaxCode::isValid(id) ? success() : Status(TaxCode::parse(id).error()))
                : CitizenId::validatePersonalId(id, m_today);
        if (!s)
            out << Error{s.error().code, s.error().message, QStringLiteral("idNumber")};
    }
    if (m_phone && !m_phone->text().trimmed().isEmpty()) {
        if (auto p = PhoneNumber::normalise(m_phone->text().trimmed()); !p)
            out << Error{p.error().code, p.error().message, QStringLiteral("phone")};
    }
    if (m_email && !m_email->text().trimmed().isEmpty()) {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        if (!re.match(m_email->text().trimmed()).hasMatch())
            out << Error{QStringLiteral("email.invalid"), QStringLiteral("invalid e-mail"),
                         QStringLiteral("email")};
    }
    return out;
}

void PersonFields::mark(QLineEdit* edit, QLabel* label, const QString& problem)
{
    edit->setStyleSheet(
        problem.isEmpty() ? QString() : QStringLiteral("QLineEdit { border: 2px solid #c62828; }"));
    label->setText(problem);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setVisible(!problem.isEmpty());
}

void PersonFields::revalidate()
{
    QString idProblem, phoneProblem, emailProblem;
    for (const Error& e : problems()) {
        if (e.path == QLatin1String("idNumber"))
            idProblem = ProblemText::message(e.code);
        else if (e.path == QLatin1String("phone"))
            phoneProblem = ProblemText::message(e.code);
        else if (e.path == QLatin1String("email"))
            emailProblem = tr("This does not look like an e-mail address.");
    }
    mark(m_id, m_idProblem, idProblem);
    if (m_phone) {
        mark(m_phone, m_phoneProblem, phoneProblem);
        mark(m_email, m_emailProblem, emailProblem);
    }
}

QList<QWidget*> PersonFields::focusChain() const
{
    QList<QWidget*> chain{m_name, m_id};
    if (m_phone)
        chain << m_phone << m_email << m_address;
    return chain;
}

} // namespace motcua::client
