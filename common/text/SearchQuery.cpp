#include "text/SearchQuery.h"

#include "text/TextFold.h"

namespace motcua {

SearchQuery::SearchQuery(QStringView query)
    : m_tokens(TextFold::tokens(query))
{
    // A repeated word adds no condition ("anh anh" = "anh"); testing it twice only costs time.
    m_tokens.removeDuplicates();
}

bool SearchQuery::matches(QStringView text) const
{
    if (m_tokens.isEmpty())
        return true;
    return matchesFolded(TextFold::fold(text));
}

bool SearchQuery::matchesFolded(QStringView foldedText) const
{
    for (const QString& token : m_tokens) {
        if (!foldedText.contains(token))
            return false;
    }
    return true;
}

} // namespace motcua
