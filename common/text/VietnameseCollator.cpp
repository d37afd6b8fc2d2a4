#include "text/VietnameseCollator.h"

#include <QCollator>
#include <QList>
#include <QLocale>

namespace motcua {

namespace {

const QCollator& collator()
{
    thread_local const QCollator instance(QLocale(QLocale::Vietnamese, QLocale::Vietnam));
    return instance;
}

// Words of a name, split on any whitespace, without copying the characters.
QList<QStringView> words(QStringView name)
{
    QList<QStringView> out;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= name.size(); ++i) {
        const bool space = i == name.size() || name.at(i).isSpace();
        if (space && start >= 0) {
            out.append(name.mid(start, i - start));
            start = -1;
        } else if (!space && start < 0) {
            start = i;
        }
    }
    return out;
}

} // namespace

int VietnameseCollator::compare(QStringView a, QStringView b)
{
    return collator().compare(a, b);
}

int VietnameseCollator::compareNames(QStringView a, QStringView b)
{
    const QList<QStringView> wa = words(a);
    const QList<QStringView> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
        if (wa.isEmpty() != wb.isEmpty())
            return wa.isEmpty() ? -1 : 1; // blank names first
        return compare(a, b);
    }
    // Given name.
    if (const int c = compare(wa.last(), wb.last()))
        return c;
    // Middle names, word by word; fewer middle names first when one list is a prefix.
    const qsizetype ma = wa.size() - 2; // may be -1 for a one-word name: treated as 0
    const qsizetype mb = wb.size() - 2;
    for (qsizetype i = 1; i <= qMin(ma, mb); ++i) {
        if (const int c = compare(wa.at(i), wb.at(i)))
            return c;
    }
    if (qMax<qsizetype>(ma, 0) != qMax<qsizetype>(mb, 0))
        return qMax<qsizetype>(ma, 0) < qMax<qsizetype>(mb, 0) ? -1 : 1;
    // Family name (absent for a one-word name, which sorts first).
    const QStringView fa = wa.size() > 1 ? wa.first() : QStringView();
    const QStringView fb = wb.size() > 1 ? wb.first() : QStringView();
    if (const int c = compare(fa, fb))
        return c;
    return compare(a, b);
}

} // namespace motcua
