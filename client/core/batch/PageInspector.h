#pragma once

#include "core/batch/SeparatorCode.h"

#include <QImage>
#include <QList>
#include <QString>

namespace motcua::client {

// What one page of a feeder stack is: a separator sheet (its code read from our QR), a separator
// whose code is there but does not parse (damaged, or a format this program does not read), a
// page that looks blank, or an ordinary page. Pure and thread-safe: the batch splitter runs it on
// its worker thread.
struct PageInspection {
    QList<SeparatorCode> separators; // distinct valid codes found (normally one; the sheet
                                     // carries the same code twice, for a torn or stained copy)
    QString damagedSeparator;        // the first text with our prefix that did not parse, and why
    bool blank = false;

    bool isSeparator() const { return !separators.isEmpty() || !damagedSeparator.isEmpty(); }
};

namespace pageinspector {

// Decodes the page's QR codes (through core/barcode, downscaled to about 150 dpi first: the
// separator's symbol is large, and a 300-dpi page decodes four times slower for nothing).
PageInspection inspect(const QImage& page);

// A cheap heuristic: almost no dark pixels away from the edges (where scanners leave shadows):
// under 0.05 % of them. A page of text has a few per cent.
bool looksBlank(const QImage& page);

} // namespace pageinspector

} // namespace motcua::client
