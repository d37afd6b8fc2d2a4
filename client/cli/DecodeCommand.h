#pragma once

#include <QCoreApplication>
#include <QStringList>

class QGuiApplication;
class QTextStream;

namespace motcua::client {

// `motcua decode [--dpi N] [--formats LIST] FILE`: the barcodes on a PNG, JPEG, TIFF (every page)
// or PDF (every page, rasterised in process at 200 dpi unless --dpi says otherwise), for scripts
// and tests. One line per barcode on stdout, pages in order, 2-D symbols before linear ones:
//
//   page<TAB>format<TAB>text        e.g.  1	QRCode	https://…?ma=000.00.53.H48-261120-0042
//
// page counts from 1; format is zxing's spelling (QRCode, Code128, DataMatrix, PDF417, Code39,
// EAN13); so that every barcode stays on one line, a backslash, tab, carriage return or line feed
// in the text is written \\, \t, \r, \n. --formats takes those names separated by commas, or
// "all"; the default, QRCode,Code128, is what MotCua prints and what citizen ID cards carry.
//
// Exit status: 0 at least one barcode found; 1 none found; 2 bad command line, or a file (or
// one of its pages) that cannot be read, with a one-line reason on stderr — the barcodes of the
// pages that could be read are printed all the same.
//
// `arguments` is the command line without the "decode" word: the program name, then options and
// FILE. No display is needed (the offscreen platform will do); nothing is translated here that
// the caller has not loaded translations for.
class DecodeCommand {
    Q_DECLARE_TR_FUNCTIONS(DecodeCommand)

public:
    static int run(QGuiApplication& app, const QStringList& arguments);

    // The same, writing to the given streams (for tests, which run it in process).
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
};

} // namespace motcua::client
