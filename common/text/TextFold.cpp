#include "text/TextFold.h"

#include "text/SearchQuery.h"

#include <array>

#include <QChar>

namespace motcua {

namespace {

// Table entries for the characters below kTableSize: the folded character, or one of these
// (U+FFFE and U+FFFF are noncharacters, never a folded result).
constexpr char16_t kDrop = 0;           // combining mark or invisible format character
constexpr char16_t kComplex = 0xFFFE;   // folds to several characters: computed on the slow path
constexpr char16_t kSpace = 0xFFFF;     // any whitespace
constexpr char32_t kTableSize = 0x2000; // Latin, combining marks, Greek, Vietnamese (U+1Exx)

bool isDropped(char32_t c)
{
    const QChar::Category category = QChar::category(c);
    return category == QChar::Mark_NonSpacing || category == QChar::Other_Format;
}

void appendCodePoint(QString& out, char32_t c)
{
    if (QChar::requiresSurrogates(c)) {
        out += QChar(QChar::highSurrogate(c));
        out += QChar(QChar::lowSurrogate(c));
    } else {
        out += QChar(static_cast<char16_t>(c));
    }
}

// The full canonical decomposition of `c` (as NFD would give it), lower-cased, without combining
// marks. Decomposing fully, not just taking the base letter, is what makes composed and
// decomposed input fold alike in every script: a Hangul syllable becomes its jamo, exactly the
// jamo NFD input already has.
void decomposeInto(char32_t c, QString& out, int depth = 0)
{
    if (c == 0x0110 || c == 0x0111 || c == 0x00D0 || c == 0x00F0 || c == 0x0189) {
        out += QLatin1Char('d'); // đ, Đ and their look-alikes have no decomposition to strip
        return;
    }
    if (isDropped(c))
        return;
    if (depth < 8 && QChar::decompositionTag(c) == QChar::Canonical) {
        const QString parts = QChar::decomposition(c);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            char32_t part = parts.at(i).unicode();
            if (parts.at(i).isHighSurrogate() && i + 1 < parts.size() &&
                parts.at(i + 1).isLowSurrogate()) {
                part = QChar::surrogateToUcs4(parts.at(i), parts.at(i + 1));
                ++i;
            }
            decomposeInto(part, out, depth + 1);
        }
        return;
    }
    const char32_t lower = QChar::toLower(c);
    if (lower != c && depth < 8 && QChar::decompositionTag(lower) == QChar::Canonical) {
        decomposeInto(lower, out, depth + 1);
        return;
    }
    appendCodePoint(out, lower);
}

// Precomputed once for the start of the BMP, where almost all real input lives; immutable
// afterwards, so threads share it without a lock (function-local statics initialise
// thread-safely).
const std::array<char16_t, kTableSize>& foldTable()
{
    static const std::array<char16_t, kTableSize> table = [] {
        std::array<char16_t, kTableSize> t{};
        QString folded;
        for (char32_t c = 0; c < kTableSize; ++c) {
            folded.clear();
            if (QChar::isSpace(c)) {
                t[c] = kSpace;
                continue;
            }
            decomposeInto(c, folded);
            if (folded.isEmpty())
                t[c] = kDrop;
            else if (folded.size() == 1 && folded.at(0).unicode() < kComplex)
                t[c] = folded.at(0).unicode();
            else
                t[c] = kComplex;
        }
        return t;
    }();
    return table;
}

} // namespace

QString TextFold::fold(QStringView text)
{
    const qsizetype n = text.size();
    // Folding almost never lengthens text; the rare decomposition into several letters (Hangul,
    // some Indic vowels) grows the buffer below.
    QString out(n, Qt::Uninitialized);
    QChar* buf = out.data();
    qsizetype w = 0;
    bool pendingSpace = false; // a space is written only before the next visible character

    const auto room = [&](qsizetype units) {
        if (w + units > out.size()) {
            out.resize(qMax(out.size() * 2, w + units + 16));
            buf = out.data();
        }
    };
    const auto put = [&](char16_t c) {
        room(2);
        if (pendingSpace && w > 0)
            buf[w++] = QChar(u' ');
        pendingSpace = false;
        buf[w++] = QChar(c);
    };
    QString scratch;
    const auto putSlow = [&](char32_t c) {
        if (QChar::isSpace(c)) {
            pendingSpace = true;
            return;
        }
        scratch.clear();
        decomposeInto(c, scratch);
        if (scratch.isEmpty())
            return;
        room(scratch.size() + 1);
        put(scratch.at(0).unicode());
        for (qsizetype k = 1; k < scratch.size(); ++k)
            buf[w++] = scratch.at(k);
    };

    const QChar* const src = text.data();
    const auto& table = foldTable();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = src[i].unicode();
        // ASCII fast path: most search input and many stored values are plain ASCII.
        if (c < 0x80) {
            if (c >= u'A' && c <= u'Z')
                put(static_cast<char16_t>(c + (u'a' - u'A')));
            else if (c == u' ' || (c >= 0x09 && c <= 0x0D)) // as QChar::isSpace
                pendingSpace = true;
            else
                put(c);
            continue;
        }
        if (c < kTableSize) {
            const char16_t f = table[c];
            if (f == kSpace)
                pendingSpace = true;
            else if (f == kComplex)
                putSlow(c);
            else if (f != kDrop)
                put(f);
            continue;
        }
        if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(src[i + 1].unicode())) {
            putSlow(QChar::surrogateToUcs4(c, src[i + 1].unicode()));
            ++i;
            continue;
        }
        if (QChar::isSurrogate(c)) { // lone surrogate: keep it, it cannot be folded
            put(c);
            continue;
        }
        putSlow(c);
    }
    out.truncate(w);
    return out;
}

QStringList TextFold::tokens(QStringView text)
{
    const QString folded = fold(text);
    if (folded.isEmpty())
        return {};
    return folded.split(u' ', Qt::SkipEmptyParts);
}

bool TextFold::matches(QStringView query, QStringView text)
{
    return SearchQuery(query).matches(text);
}

} // namespace motcua
