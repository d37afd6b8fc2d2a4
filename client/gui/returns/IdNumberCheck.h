#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace motcua::client {

// Checks an identity number as the clerk types it, with words for the field's hint line:
// a 12-digit citizen ID (CCCD, checked for province and birth year), an old 9-digit ID card
// (CMND, format only), or a business tax code (10 digits, or 10-3 for a branch). Spaces are
// ignored (people read numbers out in groups). `today` is Vietnam's civil date, passed in so a
// birth year "in the future" is judged against the counter's day, not the machine's clock.
class IdNumberCheck {
    Q_DECLARE_TR_FUNCTIONS(IdNumberCheck)
public:
    enum class Kind { Invalid, CitizenId, LegacyId, TaxCode };

    struct Result {
        Kind kind = Kind::Invalid;
        QString number;  // normalised: spaces removed
        QString message; // what was recognised, or what is wrong
        bool ok() const { return kind != Kind::Invalid; }
    };

    static Result check(const QString& text, const QDate& today);
};

} // namespace motcua::client
