#pragma once

#include <QString>
#include <QStringView>

namespace motcua {

// Small helpers shared by the parsers of identifiers (citizen ID, phone, tax code, dossier code).
// Only ASCII '0'–'9' count as digits: QChar::isDigit() also accepts Arabic-Indic, full-width and
// other digits, which must not slip into an identifier that is printed, compared and sent on.
// Error messages quote the user's input, which may be anything (these parsers are fuzzed): the
// quote is shortened and control characters shown as U+XXXX so logs stay readable.
class InputText {
public:
    static bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
    // Index of the first character that is not an ASCII digit, or -1.
    static qsizetype firstNonDigit(QStringView text);
    static bool isDigits(QStringView text) { return !text.isEmpty() && firstNonDigit(text) < 0; }
    // Value of a run of at most 9 ASCII digits (callers check isDigits first); -1 otherwise.
    static int digitsValue(QStringView text);

    // "'x'" for a printable character, "U+0009" for a control or invisible one.
    static QString describe(QChar c);
    // The text in single quotes, shortened to `maxChars` with "…" if longer.
    static QString quote(QStringView text, qsizetype maxChars = 40);
};

} // namespace motcua
