#include "text/CitizenCard.h"

#include "text/InputText.h"

#include <QList>

namespace motcua {

namespace {

constexpr qsizetype kFields = 7;
constexpr QChar kSeparator = u'|';
// The first citizen ID cards were issued under Circular 07/2016/TT-BCA; no card is older.
constexpr int kFirstIssueYear = 2016;

Error error(const char* code, const char* path, QString message)
{
    return Error{QString::fromLatin1(code), std::move(message), QString::fromLatin1(path)};
}

// A control character inside a field means that the reader mangled the code (a gun that typed a
// key it should not have, two fields run together by a lost separator).
qsizetype firstControl(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).category() == QChar::Other_Control)
            return i;
    }
    return -1;
}

// ddMMyyyy, exactly 8 ASCII digits, a real calendar date.
QDate parseDate(QStringView text)
{
    if (text.size() != 8 || !InputText::isDigits(text))
        return {};
    return QDate(InputText::digitsValue(text.mid(4, 4)), InputText::digitsValue(text.mid(2, 2)),
                 InputText::digitsValue(text.left(2)));
}

QString isoDate(QDate d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

Expected<CitizenCard> CitizenCard::parse(QStringView input, QDate reference)
{
    if (!reference.isValid()) {
        return error("citizenCard.bad_reference_date", "",
                     QStringLiteral("no valid reference date to check the card's dates against"));
    }
    // NFC first: a reader may hand over decomposed text (NFD), and every comparison below, as
    // well as what is stored and searched later, is on composed text.
    QString text = input.toString().normalized(QString::NormalizationForm_C);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    text = text.trimmed();
    if (text.isEmpty())
        return error("citizenCard.empty", "", QStringLiteral("the citizen ID card code is empty"));

    QList<QStringView> fields = QStringView(text).split(kSeparator);
    // Some cards (and some readers) end the code with a separator.
    if (fields.size() == kFields + 1 && fields.last().trimmed().isEmpty())
        fields.removeLast();
    if (fields.size() != kFields) {
        return error("citizenCard.field_count", "",
                     QStringLiteral("a citizen ID card code has 7 fields separated by '|', %1 "
                                    "has %2")
                         .arg(InputText::quote(text))
                         .arg(fields.size()));
    }
    for (QStringView& f : fields)
        f = f.trimmed();

    CitizenCard card;

    const QStringView id = fields.at(0);
    const Expected<CitizenId> citizenId = CitizenId::parse(id, reference);
    if (!citizenId) {
        return error(
            "citizenCard.bad_id", "idNumber",
            QStringLiteral("the card's ID number is not valid: %1").arg(citizenId.error().message));
    }
    card.idNumber = citizenId->number();

    const QStringView oldId = fields.at(1);
    if (!oldId.isEmpty() &&
        (!InputText::isDigits(oldId) || (oldId.size() != 9 && oldId.size() != 12))) {
        return error("citizenCard.bad_old_id", "oldIdNumber",
                     QStringLiteral("the card's old ID number %1 is neither empty nor 9 or 12 "
                                    "digits")
                         .arg(InputText::quote(oldId)));
    }
    card.oldIdNumber = oldId.toString();

    const QStringView name = fields.at(2);
    if (name.isEmpty())
        return error("citizenCard.empty_name", "fullName",
                     QStringLiteral("the card's full name is empty"));
    for (const QChar c : name) {
        if (InputText::isAsciiDigit(c) || c.category() == QChar::Other_Control) {
            return error("citizenCard.bad_name", "fullName",
                         QStringLiteral("the card's full name %1 contains %2")
                             .arg(InputText::quote(name), InputText::describe(c)));
        }
    }
    card.fullName = name.toString().simplified();

    const QStringView birth = fields.at(3);
    card.birthDate = parseDate(birth);
    if (!card.birthDate.isValid()) {
        return error("citizenCard.bad_birth_date", "birthDate",
                     QStringLiteral("the card's date of birth %1 is not a date written ddMMyyyy")
                         .arg(InputText::quote(birth)));
    }
    if (card.birthDate > reference) {
        return error("citizenCard.bad_birth_date", "birthDate",
                     QStringLiteral("the card's date of birth %1 is after %2")
                         .arg(isoDate(card.birthDate), isoDate(reference)));
    }

    const QStringView sex = fields.at(4);
    if (sex.compare(u"Nam", Qt::CaseInsensitive) == 0) {
        card.sex = CitizenId::Sex::Male;
    } else if (sex.compare(QStringLiteral("Nữ"), Qt::CaseInsensitive) == 0) {
        card.sex = CitizenId::Sex::Female;
    } else {
        return error("citizenCard.bad_sex", "sex",
                     QStringLiteral("the card's sex %1 is neither 'Nam' nor 'Nữ'")
                         .arg(InputText::quote(sex)));
    }

    const QStringView address = fields.at(5);
    if (address.isEmpty())
        return error("citizenCard.empty_address", "address",
                     QStringLiteral("the card's permanent address is empty"));
    if (const qsizetype bad = firstControl(address); bad >= 0) {
        return error("citizenCard.bad_address", "address",
                     QStringLiteral("the card's permanent address %1 contains %2")
                         .arg(InputText::quote(address), InputText::describe(address.at(bad))));
    }
    card.address = address.toString().simplified();

    const QStringView issue = fields.at(6);
    card.issueDate = parseDate(issue);
    if (!card.issueDate.isValid()) {
        return error("citizenCard.bad_issue_date", "issueDate",
                     QStringLiteral("the card's date of issue %1 is not a date written ddMMyyyy")
                         .arg(InputText::quote(issue)));
    }
    if (card.issueDate > reference || card.issueDate < card.birthDate ||
        card.issueDate.year() < kFirstIssueYear) {
        return error("citizenCard.bad_issue_date", "issueDate",
                     QStringLiteral("the card's date of issue %1 is not between %2 (the later of "
                                    "the date of birth and 1 January 2016) and %3")
                         .arg(isoDate(card.issueDate),
                              isoDate(qMax(card.birthDate, QDate(kFirstIssueYear, 1, 1))),
                              isoDate(reference)));
    }

    // The number is assigned from the holder's sex and birth year (and reassigned if either is
    // corrected), so a disagreement means a forged or corrupted code, not a real card.
    if (citizenId->sex() != card.sex) {
        return error("citizenCard.sex_mismatch", "sex",
                     QStringLiteral("the card says %1 but its ID number %2 is a %3's")
                         .arg(sex.toString(), card.idNumber,
                              citizenId->sex() == CitizenId::Sex::Male ? QStringLiteral("man")
                                                                       : QStringLiteral("woman")));
    }
    if (citizenId->birthYear() != card.birthDate.year()) {
        return error("citizenCard.birth_year_mismatch", "birthDate",
                     QStringLiteral("the card's date of birth is in %1 but its ID number %2 "
                                    "gives %3")
                         .arg(card.birthDate.year())
                         .arg(card.idNumber)
                         .arg(citizenId->birthYear()));
    }
    return card;
}

bool CitizenCard::looksLikeCard(QStringView input)
{
    QStringView text = input.trimmed();
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);
    const qsizetype first = text.indexOf(kSeparator);
    const QStringView id = text.left(first).trimmed();
    return first >= 0 && id.size() == 12 && InputText::isDigits(id) &&
           text.count(kSeparator) >= kFields - 1;
}

Person CitizenCard::toPerson() const
{
    Person p;
    p.fullName = fullName;
    p.idNumber = idNumber;
    p.birthDate = birthDate;
    p.address = address;
    return p;
}

} // namespace motcua
