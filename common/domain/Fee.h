#pragma once

#include "domain/Enums.h"

#include <QString>

namespace motcua {

// A fee or charge (phí, lệ phí) of a procedure, in whole đồng.
struct Fee {
    QString name;
    qint64 amountVnd = 0;
    FeeCollection collection = FeeCollection::AtIntake;
    QString note;

    friend bool operator==(const Fee&, const Fee&) = default;
};

} // namespace motcua
