#pragma once

#include "domain/Enums.h"

#include <QDateTime>
#include <QString>

namespace motcua {

// A fee as charged on one dossier: when it is collected, how, and the receipt number once paid.
struct FeeLine {
    QString name;
    qint64 amountVnd = 0;
    FeeCollection collection = FeeCollection::AtIntake;
    PaymentMethod method = PaymentMethod::None;
    QString receiptNumber;
    QDateTime paidAt; // null until paid

    bool isPaid() const { return !paidAt.isNull(); }

    friend bool operator==(const FeeLine&, const FeeLine&) = default;
};

} // namespace motcua
