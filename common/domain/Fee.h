#pragma once

#include "domain/Enums.h"

#include <QList>
#include <QString>

namespace motcua {

// A fee or charge (phí, lệ phí) of a procedure, in whole đồng, for the channels it names (none:
// every channel; an online filing is often charged less).
struct Fee {
    QString name;
    qint64 amountVnd = 0;
    FeeCollection collection = FeeCollection::AtIntake;
    QString note;
    QList<Channel> channels;

    friend bool operator==(const Fee&, const Fee&) = default;
};

} // namespace motcua
