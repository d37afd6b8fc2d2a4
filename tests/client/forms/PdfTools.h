#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QStringList>

namespace motcua::test::pdf {

// The poppler and zbar command-line tools the form tests check PDFs with (Debian packages
// poppler-utils and zbar-tools). Each returns an empty result when the tool fails.

// Whether `program` is on the PATH.
bool have(const QString& program);

// Runs a program and returns its standard output (UTF-8); `exitCode` receives its exit code.
QString run(const QString& program, const QStringList& args, int* exitCode = nullptr);

// pdftotext: `mode` is "-layout" (columns kept, as a reader sees them) or "-raw" (content stream
// order: the text of one table cell stays together). `page` 0 = every page.
QString text(const QString& pdf, const QString& mode = QStringLiteral("-layout"), int page = 0);

// pdfinfo's "Page size:" value, e.g. "595 x 842 pts (A4)", and its page count.
QString pageSize(const QString& pdf);
int pageCount(const QString& pdf);

// pdftoppm -r <dpi> -gray -png: one PNG per page, written next to the PDF; returns their paths.
QStringList rasterise(const QString& pdf, int dpi);

// zbarimg -q --raw: every symbol's text, one per entry (an independent reader from zxing).
QStringList zbar(const QString& png);

// All runs of white space removed, to find text that a table cell wrapped.
QString compact(const QString& s);

} // namespace motcua::test::pdf
