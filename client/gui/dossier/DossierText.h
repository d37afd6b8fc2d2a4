#pragma once

#include "domain/Dossier.h"
#include "domain/Enums.h"
#include "domain/Person.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace motcua::client {

// The words and formats the counter screens use for a dossier's values, in one place so the
// lookup list, the dossier view, the return dialog and the register all say the same thing.
// Dates and times are always shown in Vietnam time (UTC+7), whatever the machine's zone.
class DossierText {
    Q_DECLARE_TR_FUNCTIONS(DossierText)
public:
    static QString status(DossierStatus s);
    // A workflow action by its wire name as stored in the history ("forward"); unknown names are
    // shown as they are.
    static QString action(const QString& wireName);
    static QString timeliness(Timeliness t);
    static QString channel(Channel c);
    static QString applicantType(ApplicantType t);
    static QString feeCollection(FeeCollection c);
    static QString paymentMethod(PaymentMethod m);

    // "25/11/2026" (empty for a null instant).
    static QString date(const QDateTime& instant);
    static QString date(const QDate& day);
    // "17:00 25/11/2026" (empty for a null instant).
    static QString dateTime(const QDateTime& instant);
    // "50.000 đ" in Vietnamese, "50,000 VND" in English.
    static QString money(qint64 amountVnd);
    // "3 working days" / "4 working hours".
    static QString duration(int value, DurationUnit unit);
    // "Nguyễn Văn A — ID 001190012345 — 0912345678 — address", skipping empty parts.
    static QString person(const Person& p);
    // "name (procedure code)", and the case the dossier was received under when there is one.
    static QString procedure(const Dossier& d);
    // The same as rich text: the name in bold, then ID · phone · e-mail, then the address.
    static QString personHtml(const Person& p);
    // "ID 001190012345", or "tax code 0101234567" for a business.
    static QString idNumber(const QString& number);
};

} // namespace motcua::client
