#pragma once

#include "domain/Agency.h"
#include "domain/Apology.h"
#include "domain/Dossier.h"
#include "domain/User.h"
#include "forms/FormKind.h"

#include <optional>

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

namespace motcua::client {

// Everything one printed form shows. The renderer never looks anything up: the caller (a
// workspace, or `motcua print`) gathers the dossier and the people and passes them in, which keeps
// printing possible offline and the forms testable.
//
// Which fields each form uses:
//   all          kind, agency, parentAgencyName, placeName, printedAt
//   receipt      dossier, clerk (receiving officer), registerBook / registerEntry
//   supplement   dossier (code may be empty: guidance before any dossier exists), clerk (the
//                guiding officer, contact phone), reason
//   refusal      dossier (code may be empty), clerk, reason
//   control-slip dossier (history, workflow), staffNames
//   register     dossiers, from / to, staffNames, registerBook
//   separator    dossier (code, owner, components), componentIds: one sheet per component
//   apology      dossier, apology (else the dossier's latest approved one), staffNames (the
//                approving head's full name), apologyNumber
struct FormData {
    FormKind kind = FormKind::Receipt;

    Dossier dossier;         // the single-dossier forms
    QList<Dossier> dossiers; // the register: printed sorted by reception time; those received
                             // outside [from, to] (Vietnam dates) are left out

    Agency agency;            // receiving agency: header, phone, place to collect the result
    QString parentAgencyName; // the line above the agency in the header, e.g. "UBND TỈNH …"
    QString placeName; // địa danh of the date line: "<place>, ngày … tháng … năm …"

    User clerk;     // who prints and signs: receiving / guiding / refusing officer
    QString reason; // Mẫu 02: what is missing or wrong overall; Mẫu 03: why it is refused.
                    // Line breaks are kept.
    // Mẫu 02 of a supplement asked for during processing: the papers the officer listed, one
    // row each, instead of the intake's components (an accepted dossier had every mandatory
    // paper; what it lacked at intake was optional and is not asked for again).
    QStringList requestedItems;

    QDate from, to; // register: the range of reception dates (inclusive); null = unbounded

    QString registerBook;  // tracking register book number ("Quyển số"); empty = left to write
    int registerEntry = 0; // entry number in that book ("Số thứ tự"); 0 = left to write

    // Usernames in history entries are printed as full names: username → full name. A username
    // missing here is printed as is.
    QHash<QString, QString> staffNames;

    QDateTime printedAt; // the date on the form (Vietnam date of this instant); null = now

    // Separator sheets: the components to print a sheet for, in this order; empty = one for
    // every received component of the dossier.
    QList<int> componentIds;

    // Mẫu 04: the apology to print; unset = the dossier's latest approved apology (or, when none
    // is approved yet, its latest proposal). With none at all the form keeps dotted blanks.
    std::optional<Apology> apology;
    QString apologyNumber; // the slip's number ("Số: 12/PXL"); empty = left to write
};

} // namespace motcua::client
