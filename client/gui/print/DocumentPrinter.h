#pragma once

#include "core/Expected.h"

#include <QByteArray>

class QPrinter;

namespace motcua::client {

// Prints a file as it is — a blank form (mẫu đơn) that is a PDF or an image — one page of the
// file per sheet, each scaled to fit the printable area without distortion and centred. PDF pages
// are rasterised by poppler (DocumentPages) at the printer's resolution, at most 300 dpi: enough
// for a form's text, small enough for a counter's printer.
//
// Errors (Error.code): those of DocumentPages (view.damaged, view.pdf_locked,
// view.page_failed), print.failed when the printer cannot start.
class DocumentPrinter {
public:
    static Status print(const QByteArray& bytes, QPrinter& printer);
};

} // namespace motcua::client
