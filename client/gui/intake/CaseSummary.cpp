#include "gui/intake/CaseSummary.h"

#include <QLocale>

namespace motcua::client {

namespace {

QString money(qint64 vnd)
{
    return QLocale().toString(vnd) + QStringLiteral(" đ");
}

QString collectionText(FeeCollection c)
{
    switch (c) {
    case FeeCollection::AtIntake:
        return CaseSummary::tr("collected now");
    case FeeCollection::AtReturn:
        return CaseSummary::tr("collected at return");
    case FeeCollection::Exempt:
        return CaseSummary::tr("exempt");
    case FeeCollection::None:
        break;
    }
    return CaseSummary::tr("no fee");
}

} // namespace

QString CaseSummary::duration(const Duration& d)
{
    switch (d.unit) {
    case DurationUnit::WorkingHours:
        return tr("%n working hour(s)", nullptr, d.value);
    case DurationUnit::CalendarDays:
        return tr("%n day(s)", nullptr, d.value);
    case DurationUnit::WorkingDays:
        break;
    }
    return tr("%n working day(s)", nullptr, d.value);
}

QString CaseSummary::html(const Procedure& p, const ProcedureCase* chosen, Channel channel)
{
    const QString head = tr("<b>%1</b><br>Code %2").arg(p.name.toHtmlEscaped(), p.nationalCode);
    if (!chosen)
        return head + QStringLiteral("<br>") +
               tr("<b>Choose the case</b>: the papers, time and fees depend on it.");
    QString text = head;
    if (p.hasCaseChoice())
        text += QStringLiteral("<br>") + tr("Case: %1").arg(chosen->name.toHtmlEscaped());
    text += QStringLiteral("<br>");
    text += chosen->needsAppointment
                ? tr("Statutory time %1").arg(duration(chosen->timeFor(channel)))
                : tr("Answered within the day of receipt");
    QString fees;
    for (const Fee& f : chosen->feesFor(channel)) {
        fees += QStringLiteral("<br>• %1: %2 (%3)")
                    .arg(f.name.toHtmlEscaped(), money(f.amountVnd), collectionText(f.collection));
    }
    if (fees.isEmpty())
        fees = QStringLiteral("<br>• ") + tr("No fee");
    return text + QStringLiteral("<br><b>") + tr("Fees") + QStringLiteral("</b>") + fees;
}

} // namespace motcua::client
