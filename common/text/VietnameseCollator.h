#pragma once

#include <QString>
#include <QStringView>

namespace motcua {

// Sorting order for Vietnamese text, as people expect it in lists and printed registers:
// a < ă < â < b, d < đ < e, o < ô < ơ, u < ư, and a toneless syllable before its toned forms
// (ICU's Vietnamese tailoring through QCollator, vi_VN). Plain code-point order would put "Đ"
// after "Z" and "Ánh" after "Anh…" words, which reads as wrong to every user.
//
// Each thread keeps its own QCollator (thread_local): QCollator is not safe to share between
// threads, and building one per comparison would be slow. All functions are thread-safe.
class VietnameseCollator {
public:
    // <0, 0 or >0 like strcmp.
    static int compare(QStringView a, QStringView b);
    static bool lessThan(QStringView a, QStringView b) { return compare(a, b) < 0; }

    // People's names the way Vietnamese lists sort them: by the given name (the last word)
    // first, then the middle names from left to right, then the family name (the first word):
    // "Trần Văn An" < "Nguyễn Thị Bình" < "Lê Văn Bình". A one-word name is a given name.
    // Names equal word by word fall back to compare() on the whole strings. This is a strict
    // weak ordering, safe for std::sort.
    static int compareNames(QStringView a, QStringView b);
    static bool nameLessThan(QStringView a, QStringView b) { return compareNames(a, b) < 0; }
};

} // namespace motcua
