#include "code/DossierCode.h"

#include "code/AgencyId.h"
#include "text/InputText.h"

namespace motcua {

namespace {

Error error(const char* code, QString message, const char* path = "")
{
    return Error{QString::fromLatin1(code), std::move(message), QString::fromLatin1(path)};
}

void appendPadded(QString& out, int value, int width)
{
    QChar buf[4];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = QChar(static_cast<char16_t>(u'0' + value % 10));
        value /= 10;
    }
    out.append(buf, width);
}

} // namespace

Expected<DossierCode> DossierCode::make(const QString& agencyId, QDate date, int sequence)
{
    if (const Status agency = AgencyId::validate(agencyId); !agency) {
        return error("dossierCode.bad_agency",
                     QStringLiteral("dossier code agency: ") + agency.error().message, "agencyId");
    }
    if (!date.isValid())
        return error("dossierCode.no_such_date",
                     QStringLiteral("dossier code date is not a valid "
                                    "date"),
                     "date");
    if (date.year() < 2000 || date.year() > 2099) {
        return error("dossierCode.date_out_of_range",
                     QStringLiteral("dossier code date %1 is outside 2000-2099, which the 2-digit "
                                    "year yy can express")
                         .arg(date.toString(Qt::ISODate)),
                     "date");
    }
    if (sequence < 1 || sequence > kMaxSequence) {
        return error("dossierCode.sequence_out_of_range",
                     QStringLiteral("dossier code sequence %1 is outside 1-9999").arg(sequence),
                     "sequence");
    }
    DossierCode code;
    code.m_agencyId = agencyId;
    code.m_date = date;
    code.m_sequence = sequence;
    return code;
}

Expected<DossierCode> DossierCode::parse(QStringView text)
{
    if (text.isEmpty())
        return error("dossierCode.empty", QStringLiteral("dossier code is empty"));
    const qsizetype first = text.indexOf(u'-');
    const qsizetype second = first < 0 ? -1 : text.indexOf(u'-', first + 1);
    if (first < 0 || second < 0 || text.indexOf(u'-', second + 1) >= 0) {
        return error("dossierCode.bad_format",
                     QStringLiteral("dossier code %1 must have three parts separated by '-': "
                                    "agency-yyMMdd-NNNN, e.g. 000.00.53.H48-220921-0099; it has "
                                    "%2 '-'")
                         .arg(InputText::quote(text))
                         .arg(text.count(u'-')));
    }
    const QStringView agency = text.left(first);
    const QStringView datePart = text.mid(first + 1, second - first - 1);
    const QStringView seqPart = text.mid(second + 1);

    if (const Status ok = AgencyId::validate(agency); !ok) {
        return error("dossierCode.bad_agency",
                     QStringLiteral("dossier code %1: ").arg(InputText::quote(text)) +
                         ok.error().message,
                     "agencyId");
    }
    if (datePart.size() != 6 || !InputText::isDigits(datePart)) {
        return error("dossierCode.bad_date",
                     QStringLiteral("dossier code %1: the date part %2 must be 6 digits yyMMdd")
                         .arg(InputText::quote(text), InputText::quote(datePart)),
                     "date");
    }
    const int yy = InputText::digitsValue(datePart.left(2));
    const int mm = InputText::digitsValue(datePart.mid(2, 2));
    const int dd = InputText::digitsValue(datePart.mid(4, 2));
    const QDate date(2000 + yy, mm, dd);
    if (!date.isValid()) {
        return error("dossierCode.no_such_date",
                     QStringLiteral("dossier code %1: the date part %2 is not a calendar date "
                                    "(day %3, month %4, year %5)")
                         .arg(InputText::quote(text), datePart.toString())
                         .arg(dd)
                         .arg(mm)
                         .arg(2000 + yy),
                     "date");
    }
    if (seqPart.size() != 4 || !InputText::isDigits(seqPart)) {
        return error("dossierCode.bad_sequence",
                     QStringLiteral("dossier code %1: the sequence part %2 must be exactly 4 "
                                    "digits, 0001-9999")
                         .arg(InputText::quote(text), InputText::quote(seqPart)),
                     "sequence");
    }
    const int sequence = InputText::digitsValue(seqPart);
    if (sequence < 1) {
        return error("dossierCode.sequence_out_of_range",
                     QStringLiteral("dossier code %1: sequence 0000 is not allowed, numbers start "
                                    "at 0001")
                         .arg(InputText::quote(text)),
                     "sequence");
    }
    DossierCode code;
    code.m_agencyId = agency.toString();
    code.m_date = date;
    code.m_sequence = sequence;
    return code;
}

QString DossierCode::toString() const
{
    if (!isValid())
        return {};
    QString out;
    out.reserve(AgencyId::kLength + 12);
    out += m_agencyId;
    out += QLatin1Char('-');
    appendPadded(out, m_date.year() % 100, 2);
    appendPadded(out, m_date.month(), 2);
    appendPadded(out, m_date.day(), 2);
    out += QLatin1Char('-');
    appendPadded(out, m_sequence, 4);
    return out;
}

} // namespace motcua
