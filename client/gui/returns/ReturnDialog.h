#pragma once

#include "domain/Dossier.h"
#include "domain/IntakeRequest.h"

#include <QDate>
#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace motcua::client {

// Records the hand-back of a result at the counter: who takes it (full name and ID number,
// prefilled with the owner — or, for a business, its representative — and checked as typed),
// the fees still due at return with their total, the receipt number and the payment method, and
// an optional note (e.g. originals kept back). "Record return" stays disabled until everything
// the workflow engine requires is there; command() then gives the ReturnResult action carrying
// the dossier's version (the server refuses it if the dossier changed meanwhile).
class ReturnDialog : public QDialog {
    Q_OBJECT
public:
    // `today`: Vietnam's civil date (for checking the birth year in a citizen ID).
    ReturnDialog(const Dossier& dossier, const QDate& today, QWidget* parent = nullptr);

    // Fees collected at return and not paid yet.
    const QList<FeeLine>& feesDue() const { return m_feesDue; }
    qint64 amountDue() const;
    bool isComplete() const;
    // What is still missing, in words (empty when complete).
    QStringList problems() const;
    ActionCommand command() const;

private:
    enum Who { Owner, Submitter, Representative, Someone };

    void fillRecipient(int who);
    void validate();

    Dossier m_dossier;
    QDate m_today;
    QList<FeeLine> m_feesDue;

    QComboBox* m_who;
    QLineEdit* m_name;
    QLineEdit* m_idNumber;
    QCheckBox* m_otherDocument;
    QLabel* m_idStatus;
    QLineEdit* m_receiptNumber = nullptr;
    QRadioButton* m_cash = nullptr;
    QRadioButton* m_transfer = nullptr;
    QLineEdit* m_note;
    QLabel* m_problems;
    QDialogButtonBox* m_buttons;
};

} // namespace motcua::client
