#pragma once

#include "domain/Dossier.h"

#include <QJsonObject>

namespace motcua::codec {

// What anyone holding a dossier code may see (kiosk, QR code, web, SMS): status, current step,
// dates, whether the result is ready — never names, phones, e-mails, ID numbers or addresses.
// The server stores it beside each dossier so a lookup needs no decoding.
QJsonObject publicView(const Dossier& d);

} // namespace motcua::codec
