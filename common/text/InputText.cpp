#include "text/InputText.h"

namespace motcua {

qsizetype InputText::firstNonDigit(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!isAsciiDigit(text.at(i)))
            return i;
    }
    return -1;
}

int InputText::digitsValue(QStringView text)
{
    if (text.isEmpty() || text.size() > 9 || !isDigits(text))
        return -1;
    int v = 0;
    for (const QChar c : text)
        v = v * 10 + (c.unicode() - u'0');
    return v;
}

QString InputText::describe(QChar c)
{
    if (c.isPrint() && !c.isSpace() && !c.isSurrogate())
        return QLatin1Char('\'') + c + QLatin1Char('\'');
    return QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
}

QString InputText::quote(QStringView text, qsizetype maxChars)
{
    QString out;
    out.reserve(qMin(text.size(), maxChars) + 3);
    out += QLatin1Char('\'');
    qsizetype i = 0;
    for (; i < text.size() && i < maxChars; ++i) {
        const QChar c = text.at(i);
        // Keep surrogate pairs whole; a lone one, or any control, becomes U+XXXX.
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (c.isSurrogate() || (!c.isPrint() && c != u' ')) {
            out += QStringLiteral("U+%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
        } else {
            out += c;
        }
    }
    if (i < text.size())
        out += QChar(0x2026); // …
    out += QLatin1Char('\'');
    return out;
}

} // namespace motcua
