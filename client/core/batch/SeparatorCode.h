#pragma once

#include "core/Expected.h"

#include <QString>

namespace motcua::client {

// What the QR code of a separator sheet (tờ phân cách) says: the pages after the sheet, up to the
// next one, belong to this dossier component. The one place that writes and reads the format:
//
//   MOTCUA-SEP:1:{dossierCode}:{componentId}     e.g. MOTCUA-SEP:1:000.00.53.H48-261120-0042:3
//
// "1" is the format's version: a later format gets a new number, and this parser refuses numbers
// it does not know rather than guess. Dossier codes never contain ':' (DOMAIN-RULES: agency id,
// date, sequence), so the fields need no escaping.
struct SeparatorCode {
    static constexpr int kVersion = 1;

    QString dossierCode;
    int componentId = 0;

    QString text() const;

    // Whether `text` claims to be a separator code at all (our prefix), valid or not: a symbol
    // that starts so but does not parse is a damaged or foreign-version separator, not a page's
    // own barcode.
    static bool hasPrefix(const QString& text);

    // Errors (Error.code): batch.not_separator (not our prefix: a receipt's QR, a citizen card),
    // batch.separator_version (a version this program does not read), batch.separator_malformed
    // (our prefix, but the fields are wrong; Error.message says which).
    static Expected<SeparatorCode> parse(const QString& text);

    friend bool operator==(const SeparatorCode&, const SeparatorCode&) = default;
};

} // namespace motcua::client
