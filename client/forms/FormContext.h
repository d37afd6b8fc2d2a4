#pragma once

#include "forms/FormData.h"

#include <QDateTime>
#include <QString>
#include <QVariantMap>

namespace motcua::client {

// The citizen-facing lookup address printed as the receipt's QR code: `base` with the code
// appended (percent-encoded), or with "{code}" replaced when the base contains it. An empty base
// gives the bare code, which the kiosk and the counter's barcode gun accept as well.
QString lookupUrl(const QString& base, const QString& code);

// The values a form template can use, built from FormData (see resources/forms/README.md for the
// list). Every date and time is the Vietnam civil one; numbers and dates are pre-formatted
// (dd/MM/yyyy, HH:mm, 8.000); words are left to the templates, which is why the enumerations
// arrive as booleans (channelDirect, early, …) rather than as text.
// `now` replaces a null data.printedAt.
QVariantMap buildFormContext(const FormData& data, const QString& lookupUrlBase,
                             const QDateTime& now);

} // namespace motcua::client
