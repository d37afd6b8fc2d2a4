#include "gui/settings/ProcedureDiffView.h"

#include "gui/dossier/DossierText.h"

#include <QHeaderView>

namespace motcua::client {

ProcedureDiffView::ProcedureDiffView(QWidget* parent)
    : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("procedureDiff"));
    setHeaderLabels(
        {tr("Change"), tr("Case"), tr("Paper, fee or step"), tr("Before"), tr("After")});
    setRootIsDecorated(false);
    setWordWrap(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
}

QString ProcedureDiffView::label(const QString& what)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("localCode"), QT_TR_NOOP("Local code")},
        {QStringLiteral("fieldCode"), QT_TR_NOOP("Field")},
        {QStringLiteral("agencyId"), QT_TR_NOOP("Agency")},
        {QStringLiteral("serviceLevel"), QT_TR_NOOP("Service level")},
        {QStringLiteral("resultDocument"), QT_TR_NOOP("Result")},
        {QStringLiteral("legalBasis"), QT_TR_NOOP("Legal basis")},
        {QStringLiteral("conditions"), QT_TR_NOOP("Conditions")},
        {QStringLiteral("applicants"), QT_TR_NOOP("Applicants")},
        {QStringLiteral("case.added"), QT_TR_NOOP("Case added")},
        {QStringLiteral("case.removed"), QT_TR_NOOP("Case removed")},
        {QStringLiteral("case.name"), QT_TR_NOOP("Case renamed")},
        {QStringLiteral("statutoryTime"), QT_TR_NOOP("Statutory time")},
        {QStringLiteral("channelTime"), QT_TR_NOOP("Time for a channel")},
        {QStringLiteral("needsAppointment"), QT_TR_NOOP("Gives an appointment")},
        {QStringLiteral("paper.added"), QT_TR_NOOP("Paper added")},
        {QStringLiteral("paper.removed"), QT_TR_NOOP("Paper removed")},
        {QStringLiteral("paper.changed"), QT_TR_NOOP("Paper changed")},
        {QStringLiteral("fee.added"), QT_TR_NOOP("Fee added")},
        {QStringLiteral("fee.removed"), QT_TR_NOOP("Fee removed")},
        {QStringLiteral("fee.changed"), QT_TR_NOOP("Fee changed")},
        {QStringLiteral("step.added"), QT_TR_NOOP("Step added")},
        {QStringLiteral("step.removed"), QT_TR_NOOP("Step removed")},
        {QStringLiteral("step.changed"), QT_TR_NOOP("Step changed")},
        {QStringLiteral("version"), QT_TR_NOOP("Version added (in force from)")},
        {QStringLiteral("effectiveTo"), QT_TR_NOOP("Version ends on")},
    };
    const char* text = labels.value(what);
    return text ? tr(text) : what;
}

QString ProcedureDiffView::value(const QString& what, const QString& wire)
{
    if (wire.isEmpty())
        return wire;
    // Times, yes/no and service levels read as words; papers, fees and steps stay as listed.
    if (what == QLatin1String("statutoryTime") || what == QLatin1String("channelTime")) {
        const QStringList parts = wire.split(u' ');
        const auto unit = parseEnum<DurationUnit>(parts.value(1));
        return unit ? DossierText::duration(parts.first().toInt(), *unit) : wire;
    }
    if (what == QLatin1String("needsAppointment"))
        return wire == QLatin1String("true") ? tr("yes") : tr("no");
    if (what == QLatin1String("serviceLevel")) {
        switch (parseEnum<ServiceLevel>(wire).value_or(ServiceLevel::Basic)) {
        case ServiceLevel::Basic:
            return tr("Information only");
        case ServiceLevel::PartialOnline:
            return tr("Partly online");
        case ServiceLevel::FullOnline:
            return tr("Fully online");
        }
    }
    return wire;
}

void ProcedureDiffView::setChanges(const QList<ProcedureChange>& changes)
{
    clear();
    for (const ProcedureChange& c : changes)
        new QTreeWidgetItem(this, {label(c.what), c.caseName, c.item, value(c.what, c.before),
                                   value(c.what, c.after)});
    if (changes.isEmpty())
        new QTreeWidgetItem(this, {tr("No difference")});
    for (int col = 0; col < columnCount(); ++col)
        resizeColumnToContents(col);
}

} // namespace motcua::client
