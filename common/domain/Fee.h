#pragma once

#include "domain/Enums.h"

#include <algorithm>

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

    // By hand: Qt 6.4 compares lists of enums with memcmp, which is handed a null pointer for
    // an empty list (undefined behaviour that UBSan stops on).
    friend bool operator==(const Fee& a, const Fee& b)
    {
        return a.name == b.name && a.amountVnd == b.amountVnd && a.collection == b.collection &&
               a.note == b.note &&
               std::equal(a.channels.begin(), a.channels.end(), b.channels.begin(),
                          b.channels.end());
    }
};

} // namespace motcua
