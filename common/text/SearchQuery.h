#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace motcua {

// A search typed by a user, folded once (see TextFold) and then tested against many rows.
// A row matches when every word of the query occurs in the row's folded text, in any order:
// "nguyen anh" finds "Nguyễn Thị Ánh" and "Ánh Nguyễn". A blank query matches every row.
// Immutable after construction, so one instance can be shared by many threads.
class SearchQuery {
public:
    SearchQuery() = default;
    explicit SearchQuery(QStringView query);

    bool isEmpty() const { return m_tokens.isEmpty(); }
    const QStringList& tokens() const { return m_tokens; }

    // Folds `text` and matches it.
    bool matches(QStringView text) const;
    // For rows whose folded text is cached (e.g. a search column): no folding, just matching.
    bool matchesFolded(QStringView foldedText) const;

private:
    QStringList m_tokens;
};

} // namespace motcua
