#pragma once

#include <QDate>
#include <QString>

namespace motcua {

// A submitter, owner (chủ hồ sơ) or authorised representative of a dossier. For a business or
// organisation `idNumber` holds its tax code.
struct Person {
    QString fullName;
    QString idNumber; // CCCD (12 digits), old CMND (9 digits) or tax code
    QDate birthDate;
    QString phone;
    QString email;
    QString address;

    bool isEmpty() const { return fullName.isEmpty() && idNumber.isEmpty(); }

    friend bool operator==(const Person&, const Person&) = default;
};

} // namespace motcua
