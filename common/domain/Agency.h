#pragma once

#include <QDate>
#include <QString>

namespace motcua {

// An agency (cơ quan) identified by its QCVN 102:2016/BTTTT code, e.g. "000.00.53.H48".
// Agencies are merged and renamed (two-tier local government since 1 July 2025), so they carry
// effective dates and a successor; old dossiers keep pointing at the agency they were filed with.
struct Agency {
    QString id;
    QString name;
    QString parentId;    // empty for a top-level agency
    QDate effectiveFrom; // null = since always
    QDate effectiveTo;   // null = still in force
    QString successorId; // the agency that took over, when effectiveTo is set
    QString address;     // printed on forms as the place to collect results
    QString phone;

    bool isEffectiveOn(const QDate& day) const
    {
        return (effectiveFrom.isNull() || day >= effectiveFrom) &&
               (effectiveTo.isNull() || day <= effectiveTo);
    }

    friend bool operator==(const Agency&, const Agency&) = default;
};

} // namespace motcua
