#pragma once

#include "core/Expected.h"
#include "domain/Person.h"

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;

namespace motcua::client {

// The fields of one person (owner, submitter or representative), checked as the clerk types:
// the ID number (CCCD / old CMND, or a tax code for a business or organisation owner) and the
// phone are validated with common/text on every keystroke and the problem is shown under the
// field in words, so a typing slip is caught while the citizen is still at the counter.
class PersonFields : public QWidget {
    Q_OBJECT
public:
    enum class IdKind { Personal, TaxCode };

    explicit PersonFields(bool withContact, QWidget* parent = nullptr);

    Person person() const;
    void setPerson(const Person& p);
    void clear();
    void setIdKind(IdKind kind);
    // Today in Vietnam: the CCCD birth-year check needs it (injected so tests are fixed).
    void setToday(const QDate& today);

    // Problems of what is typed now (empty fields are not problems here; the intake check says
    // what is required).
    QList<Error> problems() const;

    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* idEdit() const { return m_id; }
    QLineEdit* phoneEdit() const { return m_phone; }
    QLineEdit* emailEdit() const { return m_email; }
    QLineEdit* addressEdit() const { return m_address; }
    // In tab order.
    QList<QWidget*> focusChain() const;

signals:
    void changed();

private:
    void revalidate();
    static void mark(QLineEdit* edit, QLabel* label, const QString& problem);

    QLineEdit* m_name;
    QLineEdit* m_id;
    QLabel* m_idLabel;
    QLabel* m_idProblem;
    QLineEdit* m_phone = nullptr;
    QLabel* m_phoneProblem = nullptr;
    QLineEdit* m_email = nullptr;
    QLabel* m_emailProblem = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_birth; // shown when known (read from an ID card); not typed at the counter
    QDate m_birthDate;
    IdKind m_idKind = IdKind::Personal;
    QDate m_today;
};

} // namespace motcua::client
