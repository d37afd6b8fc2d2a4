#include "gui/returns/ReturnDialog.h"

#include "gui/dossier/DossierText.h"
#include "gui/returns/IdNumberCheck.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace motcua::client {
namespace {

bool dueAtReturn(const FeeLine& f)
{
    return f.collection == FeeCollection::AtReturn && f.amountVnd > 0 && !f.isPaid();
}

} // namespace

ReturnDialog::ReturnDialog(const Dossier& dossier, const QDate& today, QWidget* parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_today(today)
    , m_who(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_idNumber(new QLineEdit(this))
    , m_otherDocument(new QCheckBox(tr("&Other document (passport…)"), this))
    , m_idStatus(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_problems(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Return the result — %1").arg(dossier.code));
    for (const FeeLine& f : dossier.fees) {
        if (dueAtReturn(f))
            m_feesDue.append(f);
    }

    m_who->setObjectName(QStringLiteral("recipientWho"));
    m_name->setObjectName(QStringLiteral("recipientName"));
    m_idNumber->setObjectName(QStringLiteral("recipientId"));
    m_otherDocument->setObjectName(QStringLiteral("otherDocument"));
    m_idStatus->setObjectName(QStringLiteral("recipientIdStatus"));
    m_note->setObjectName(QStringLiteral("returnNote"));
    m_problems->setObjectName(QStringLiteral("returnProblems"));
    m_idStatus->setWordWrap(true);
    m_problems->setWordWrap(true);
    m_name->setMaxLength(120);
    m_idNumber->setMaxLength(30);
    m_note->setPlaceholderText(tr("e.g. original papers kept back, signed the hand-over book"));

    // What is being returned, to whom it belongs.
    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("returnSummary"));
    summary->setWordWrap(true);
    summary->setText(tr("<b>%1</b><br>%2<br>Owner: %3")
                         .arg(dossier.code.toHtmlEscaped(), dossier.procedureName.toHtmlEscaped(),
                              DossierText::person(dossier.owner).toHtmlEscaped()));

    m_who->addItem(tr("The owner"), Owner);
    if (!dossier.submitter.isEmpty() && dossier.submitter != dossier.owner)
        m_who->addItem(tr("The submitter"), Submitter);
    if (!dossier.representative.isEmpty())
        m_who->addItem(tr("The authorised representative"), Representative);
    m_who->addItem(tr("Another person"), Someone);

    auto* recipient = new QGroupBox(tr("Result collected by"), this);
    auto* form = new QFormLayout(recipient);
    form->addRow(tr("&Who:"), m_who);
    form->addRow(tr("Full &name:"), m_name);
    form->addRow(tr("&ID number:"), m_idNumber);
    form->addRow(QString(), m_idStatus);
    form->addRow(QString(), m_otherDocument);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(recipient);

    if (!m_feesDue.isEmpty()) {
        auto* fees = new QGroupBox(tr("Fees due at return"), this);
        fees->setObjectName(QStringLiteral("feesDue"));
        auto* feeForm = new QFormLayout(fees);
        for (const FeeLine& f : std::as_const(m_feesDue)) {
            auto* amount = new QLabel(DossierText::money(f.amountVnd), fees);
            amount->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            feeForm->addRow(f.name, amount);
        }
        auto* total =
            new QLabel(QStringLiteral("<b>%1</b>").arg(DossierText::money(amountDue())), fees);
        total->setObjectName(QStringLiteral("amountDue"));
        total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        feeForm->addRow(tr("Total to collect:"), total);

        m_receiptNumber = new QLineEdit(fees);
        m_receiptNumber->setObjectName(QStringLiteral("feeReceiptNumber"));
        m_receiptNumber->setMaxLength(40);
        feeForm->addRow(tr("&Receipt no.:"), m_receiptNumber);

        m_cash = new QRadioButton(tr("&Cash"), fees);
        m_transfer = new QRadioButton(tr("Bank &transfer"), fees);
        m_cash->setObjectName(QStringLiteral("paymentCash"));
        m_transfer->setObjectName(QStringLiteral("paymentTransfer"));
        m_cash->setChecked(true);
        auto* methods = new QHBoxLayout;
        methods->addWidget(m_cash);
        methods->addWidget(m_transfer);
        methods->addStretch(1);
        feeForm->addRow(tr("Paid by:"), methods);
        layout->addWidget(fees);
        connect(m_receiptNumber, &QLineEdit::textChanged, this, &ReturnDialog::validate);
    }

    auto* noteForm = new QFormLayout;
    noteForm->addRow(tr("No&te:"), m_note);
    layout->addLayout(noteForm);
    layout->addWidget(m_problems);
    layout->addWidget(m_buttons);

    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("recordReturnButton"));
    ok->setText(tr("Record return"));
    ok->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (isComplete())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ReturnDialog::validate);
    connect(m_idNumber, &QLineEdit::textChanged, this, &ReturnDialog::validate);
    connect(m_otherDocument, &QCheckBox::toggled, this, &ReturnDialog::validate);
    connect(m_who, &QComboBox::currentIndexChanged, this,
            [this](int i) { fillRecipient(m_who->itemData(i).toInt()); });

    // A business's result is collected by a person: its representative (or the submitter).
    int initial = 0;
    if (dossier.applicantType != ApplicantType::Citizen && m_who->count() > 2)
        initial = m_who->count() - 2;
    m_who->setCurrentIndex(initial);
    fillRecipient(m_who->itemData(initial).toInt());
    m_name->setFocus();
    m_name->selectAll();
}

void ReturnDialog::fillRecipient(int who)
{
    Person p;
    switch (who) {
    case Owner:
        p = m_dossier.owner;
        break;
    case Submitter:
        p = m_dossier.submitter;
        break;
    case Representative:
        p = m_dossier.representative;
        break;
    default:
        break;
    }
    m_name->setText(p.fullName);
    m_idNumber->setText(p.idNumber);
    if (who == Someone)
        m_name->setFocus();
    validate();
}

qint64 ReturnDialog::amountDue() const
{
    qint64 total = 0;
    for (const FeeLine& f : m_feesDue)
        total += f.amountVnd;
    return total;
}

QStringList ReturnDialog::problems() const
{
    QStringList out;
    if (m_name->text().trimmed().isEmpty())
        out << tr("Enter the full name of the person collecting the result.");
    const QString id = m_idNumber->text().trimmed();
    if (m_otherDocument->isChecked()) {
        if (id.size() < 5)
            out << tr("Enter the number of the identity document.");
    } else if (!IdNumberCheck::check(id, m_today).ok()) {
        out << tr("Enter a valid ID number.");
    }
    if (m_receiptNumber && m_receiptNumber->text().trimmed().isEmpty())
        out << tr("Collect the fees and enter the receipt number.");
    return out;
}

bool ReturnDialog::isComplete() const
{
    return problems().isEmpty();
}

void ReturnDialog::validate()
{
    const QString id = m_idNumber->text();
    if (m_otherDocument->isChecked()) {
        m_idStatus->setText(tr("Identity document other than an ID card"));
        m_idStatus->setStyleSheet({});
    } else if (id.trimmed().isEmpty()) {
        m_idStatus->setText(tr("12-digit citizen ID, 9-digit old ID card, or tax code"));
        m_idStatus->setStyleSheet(QStringLiteral("color: palette(mid);"));
    } else {
        const auto check = IdNumberCheck::check(id, m_today);
        m_idStatus->setText(check.message);
        m_idStatus->setStyleSheet(check.ok() ? QStringLiteral("color: #2e7d32;")
                                             : QStringLiteral("color: #c62828;"));
    }
    const QStringList missing = problems();
    m_problems->setText(missing.join(u'\n'));
    m_problems->setVisible(!missing.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(missing.isEmpty());
}

ActionCommand ReturnDialog::command() const
{
    ActionCommand c;
    c.action = WorkflowAction::ReturnResult;
    c.version = m_dossier.version;
    c.recipient.fullName = m_name->text().simplified();
    const QString id = m_idNumber->text().trimmed();
    c.recipient.idNumber =
        m_otherDocument->isChecked() ? id : IdNumberCheck::check(id, m_today).number;
    // Keep the phone and address when the recipient is one of the dossier's people.
    for (const Person* p : {&m_dossier.owner, &m_dossier.submitter, &m_dossier.representative}) {
        if (!p->isEmpty() && p->fullName == c.recipient.fullName &&
            p->idNumber == c.recipient.idNumber) {
            c.recipient = *p;
            break;
        }
    }
    c.comment = m_note->text().trimmed();
    if (m_receiptNumber) {
        c.feeReceiptNumber = m_receiptNumber->text().trimmed();
        c.paymentMethod = m_transfer->isChecked() ? PaymentMethod::Transfer : PaymentMethod::Cash;
    }
    return c;
}

} // namespace motcua::client
