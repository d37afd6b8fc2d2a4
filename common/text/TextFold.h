#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace motcua {

// Accent-insensitive folding of Vietnamese text for search. Clerks type names without tones,
// with tones, in upper case, on keyboards that produce decomposed (NFD) text, or with "d" for
// "đ"; all of them must find the same rows. fold() maps every spelling to one plain form:
//   - lower case;
//   - diacritics removed: full canonical decomposition (as NFD), then combining marks dropped,
//     so "Ướ" → "uo", "Ắ" → "a" whether the input was precomposed (NFC) or decomposed (NFD);
//   - đ/Đ (and the look-alike Ð, U+00D0, which legacy fonts and encodings produce) → "d";
//   - invisible format characters (soft hyphen, zero-width space/joiners, BOM) dropped;
//   - every run of whitespace (tabs, newlines, no-break spaces) → one space; trimmed.
// Folding never fails and is safe on any input, including lone surrogates (kept as they are).
// It does not lengthen Latin or Vietnamese text; a few scripts decompose into more characters
// (a Hangul syllable into its jamo). It is pure and thread-safe.
class TextFold {
public:
    static QString fold(QStringView text);

    // The folded text split into its space-separated words (empty for blank text).
    static QStringList tokens(QStringView text);

    // True when every word of the folded query occurs somewhere in the folded text (as a
    // substring, so "anh" finds "Ánh" and "Thanh"). A blank query matches everything.
    // For many rows, build a SearchQuery once instead: this folds the query on every call.
    static bool matches(QStringView query, QStringView text);
};

} // namespace motcua
