#include "text/TaxCode.h"

#include "text/InputText.h"

namespace motcua {

namespace {

constexpr qsizetype kBaseLength = 10;
constexpr qsizetype kBranchLength = 3;

Error error(const char* code, QString message)
{
    return Error{QString::fromLatin1(code), std::move(message), QString()};
}

} // namespace

Expected<TaxCode> TaxCode::parse(QStringView text)
{
    if (text.isEmpty())
        return error("taxCode.empty", QStringLiteral("tax code is empty"));
    const qsizetype dash = text.indexOf(u'-');
    const QStringView base = dash < 0 ? text : text.left(dash);
    if (const qsizetype bad = InputText::firstNonDigit(base); bad >= 0) {
        return error("taxCode.non_digit",
                     QStringLiteral("tax code %1 contains %2 at position %3; expected 10 digits, "
                                    "optionally followed by '-' and a 3-digit branch number")
                         .arg(InputText::quote(text), InputText::describe(base.at(bad)))
                         .arg(bad + 1));
    }
    if (base.size() != kBaseLength) {
        return error("taxCode.bad_length",
                     QStringLiteral("tax code %1 has %2 digits before the branch part; it must "
                                    "have 10")
                         .arg(InputText::quote(text))
                         .arg(base.size()));
    }
    TaxCode code;
    code.m_base = base.toString();
    if (dash >= 0) {
        const QStringView branch = text.mid(dash + 1);
        if (branch.size() != kBranchLength || !InputText::isDigits(branch)) {
            return error("taxCode.bad_branch",
                         QStringLiteral("tax code %1: the branch number after '-' must be exactly "
                                        "3 digits, got %2")
                             .arg(InputText::quote(text), InputText::quote(branch)));
        }
        code.m_branch = branch.toString();
    }
    return code;
}

QString TaxCode::toString() const
{
    return m_branch.isEmpty() ? m_base : m_base + QLatin1Char('-') + m_branch;
}

} // namespace motcua
