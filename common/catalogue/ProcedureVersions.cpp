#include "catalogue/ProcedureVersions.h"

#include "workflow/WorkflowGraph.h"

#include <algorithm>

#include <QRegularExpression>
#include <QSet>

namespace motcua {

const Procedure* ProcedureVersions::inForce(const QList<Procedure>& versions, const QDate& day)
{
    // Published versions never overlap; should data say otherwise, the newest one wins.
    const Procedure* found = nullptr;
    for (const Procedure& p : versions) {
        if (p.inForceOn(day) && (!found || p.version > found->version))
            found = &p;
    }
    return found;
}

const Procedure* ProcedureVersions::newest(const QList<Procedure>& versions)
{
    const Procedure* found = nullptr;
    for (const Procedure& p : versions) {
        if (!found || p.version > found->version)
            found = &p;
    }
    return found;
}

QList<Error> ProcedureVersions::publishProblems(const QList<Procedure>& versions, int number,
                                                const QDate& from, const QDate& today)
{
    QList<Error> problems;
    const Procedure* draft = nullptr;
    for (const Procedure& p : versions) {
        if (p.version == number)
            draft = &p;
    }
    if (!draft)
        return {Error{QStringLiteral("procedure.no_version"),
                      QStringLiteral("the procedure has no version %1").arg(number),
                      {}}};
    if (!draft->isDraft())
        return {Error{QStringLiteral("procedure.not_draft"),
                      QStringLiteral("version %1 is published already").arg(number),
                      {}}};
    if (!from.isValid()) {
        problems << Error{QStringLiteral("procedure.effective_missing"),
                          QStringLiteral("a version is published with the day it takes effect"),
                          QStringLiteral("effectiveFrom")};
    } else {
        if (from < today)
            problems << Error{QStringLiteral("procedure.effective_in_past"),
                              QStringLiteral("a version takes effect today or later"),
                              QStringLiteral("effectiveFrom")};
        // Versions take effect in version order: a later one never starts before an earlier one.
        for (const Procedure& p : versions) {
            if (!p.isDraft() && p.version < number && p.effectiveFrom > from) {
                problems << Error{QStringLiteral("procedure.effective_before_previous"),
                                  QStringLiteral("version %1 takes effect on %2, after this day")
                                      .arg(p.version)
                                      .arg(p.effectiveFrom.toString(Qt::ISODate)),
                                  QStringLiteral("effectiveFrom")};
                break;
            }
        }
    }
    problems << caseProblems(*draft);
    return problems;
}

QList<Error> ProcedureVersions::draftProblems(const Procedure& p)
{
    static const QRegularExpression code(QStringLiteral("^[0-9]+(\\.[0-9]+)+$"));
    QList<Error> problems;
    if (!code.match(p.nationalCode).hasMatch())
        problems << Error{
            QStringLiteral("catalogue.code_invalid"),
            QStringLiteral("a national code is digits in dotted groups, e.g. 1.001612"),
            QStringLiteral("nationalCode")};
    if (p.name.simplified().isEmpty())
        problems << Error{QStringLiteral("catalogue.name_required"),
                          QStringLiteral("a procedure needs a name"), QStringLiteral("name")};
    static const QRegularExpression sha(QStringLiteral("^[0-9a-f]{64}$"));
    const QList<FormReference> forms = formReferences(p);
    for (const FormReference& f : forms) {
        if (!sha.match(f.sha256).hasMatch())
            problems << Error{QStringLiteral("procedure.form_invalid"),
                              QStringLiteral("a blank form is named by its SHA-256 in lower-case "
                                             "hex, as POST /forms answered"),
                              f.path};
    }
    const QList<ProcedureCase> all = p.caseList();
    for (int i = 0; i < all.size(); ++i) {
        const QList<ComponentRequirement>& papers = all.at(i).components;
        for (int j = 0; j < papers.size(); ++j) {
            const ComponentRequirement& c = papers.at(j);
            if (c.formSha256.isEmpty())
                continue;
            if (c.formName.isEmpty() || c.formName.size() > 200 || c.formName.contains(u'/') ||
                c.formName.contains(u'\\'))
                problems << Error{
                    QStringLiteral("procedure.form_invalid"),
                    QStringLiteral("a blank form needs a file name of 1–200 characters "
                                   "without slashes"),
                    (p.cases.isEmpty() ? QString() : QStringLiteral("cases[%1].").arg(i)) +
                        QStringLiteral("components[%1].formName").arg(j)};
        }
    }
    return problems;
}

QList<ProcedureVersions::FormReference> ProcedureVersions::formReferences(const Procedure& p)
{
    QList<FormReference> out;
    const QList<ProcedureCase> all = p.caseList();
    for (int i = 0; i < all.size(); ++i) {
        // The implicit case's rules sit at the top level, so its paths have no prefix.
        const QString at = p.cases.isEmpty() ? QString() : QStringLiteral("cases[%1].").arg(i);
        const QList<ComponentRequirement>& papers = all.at(i).components;
        for (int j = 0; j < papers.size(); ++j) {
            if (!papers.at(j).formSha256.isEmpty())
                out << FormReference{at + QStringLiteral("components[%1].formSha256").arg(j),
                                     papers.at(j).formSha256};
        }
    }
    return out;
}

QList<Error> ProcedureVersions::caseProblems(const Procedure& p)
{
    QList<Error> problems;
    auto problem = [&](const char* code, const QString& message, const QString& path) {
        problems << Error{QString::fromLatin1(code), message, path};
    };
    if (p.cases.size() == 1)
        problem("procedure.single_case",
                QStringLiteral("a procedure with one case keeps its rules at the top level"),
                QStringLiteral("cases"));
    QSet<int> ids;
    QSet<QString> names;
    const QList<ProcedureCase> all = p.caseList();
    for (int i = 0; i < all.size(); ++i) {
        const ProcedureCase& c = all.at(i);
        // The implicit case's rules sit at the top level, so its paths have no prefix.
        const QString at = p.cases.isEmpty() ? QString() : QStringLiteral("cases[%1].").arg(i);
        if (!p.cases.isEmpty()) {
            if (ids.contains(c.id))
                problem("procedure.case_id_duplicate",
                        QStringLiteral("two cases have the id %1").arg(c.id),
                        at + QStringLiteral("id"));
            ids.insert(c.id);
            const QString name = c.name.simplified();
            if (name.isEmpty())
                problem("procedure.case_name_required", QStringLiteral("a case needs a name"),
                        at + QStringLiteral("name"));
            else if (names.contains(name.toCaseFolded()))
                problem("procedure.case_name_duplicate",
                        QStringLiteral("two cases are named \"%1\"").arg(name),
                        at + QStringLiteral("name"));
            names.insert(name.toCaseFolded());
        }
        QSet<int> papers;
        for (int j = 0; j < c.components.size(); ++j) {
            const int id = c.components.at(j).id;
            if (papers.contains(id))
                problem("procedure.component_id_duplicate",
                        QStringLiteral("two papers have the id %1").arg(id),
                        at + QStringLiteral("components[%1].id").arg(j));
            papers.insert(id);
        }
        QList<Channel> channels;
        for (int j = 0; j < c.channelTimes.size(); ++j) {
            const Channel ch = c.channelTimes.at(j).channel;
            // In person is the case's own statutoryTime; a second entry would contradict it.
            if (ch == Channel::Direct || channels.contains(ch))
                problem("procedure.channel_time_invalid",
                        QStringLiteral("a channel's time is given once, and not for in person"),
                        at + QStringLiteral("channelTimes[%1].channel").arg(j));
            channels.append(ch);
        }
        for (const Error& e : WorkflowGraph::problems(c.workflow))
            problems << Error{e.code, e.message, at + QStringLiteral("workflow.") + e.path};
    }
    return problems;
}

int ProcedureVersions::minutesPerDay(const CalendarSettings& calendar)
{
    int minutes = 0;
    for (const QList<WorkPeriod>& day : calendar.weekly) {
        int seconds = 0;
        for (const WorkPeriod& w : day)
            seconds += w.seconds();
        minutes = std::max(minutes, seconds / 60);
    }
    return minutes;
}

QList<Error> ProcedureVersions::timeWarnings(const Procedure& p, const CalendarSettings& calendar)
{
    const int minutesPerDay = ProcedureVersions::minutesPerDay(calendar);
    QList<Error> out;
    const QList<ProcedureCase> all = p.caseList();
    for (int i = 0; i < all.size(); ++i) {
        const ProcedureCase& c = all.at(i);
        if (!c.needsAppointment)
            continue;
        // The tightest channel decides: a path too long for it makes that channel's dossiers late.
        Duration tightest = c.statutoryTime;
        for (const ChannelTime& t : c.channelTimes) {
            if (t.time.value > 0 && WorkflowGraph::minutes(t.time, minutesPerDay) <
                                        WorkflowGraph::minutes(tightest, minutesPerDay))
                tightest = t.time;
        }
        const QString at = p.cases.isEmpty() ? QStringLiteral("workflow")
                                             : QStringLiteral("cases[%1].workflow").arg(i);
        for (const Error& e : WorkflowGraph::timeWarnings(c.workflow, tightest, minutesPerDay))
            out << Error{e.code, e.message, at};
    }
    return out;
}

namespace {

const Procedure* numbered(const QList<Procedure>& versions, int number)
{
    for (const Procedure& p : versions) {
        if (p.version == number)
            return &p;
    }
    return nullptr;
}

Error problem(const char* code, const QString& message, const QString& path = {})
{
    return Error{QString::fromLatin1(code), message, path};
}

} // namespace

QList<Error> ProcedureVersions::endProblems(const QList<Procedure>& versions, int number,
                                            const QDate& to, const QDate& today)
{
    const Procedure* v = numbered(versions, number);
    if (!v)
        return {problem("procedure.no_version", QStringLiteral("no version %1").arg(number))};
    if (v->isDraft())
        return {problem("procedure.is_draft",
                        QStringLiteral("a draft has no days: publish it instead"))};
    QList<Error> problems;
    const QString path = QStringLiteral("effectiveTo");
    if (to.isValid()) {
        const QDate earliest =
            v->effectiveFrom <= today ? today : v->effectiveFrom.addDays(-1); // withdrawn
        if (to < earliest)
            problems << problem("procedure.end_too_early",
                                QStringLiteral("version %1 may end on %2 at the earliest")
                                    .arg(number)
                                    .arg(earliest.toString(Qt::ISODate)),
                                path);
    }
    // The version's new days must meet no other published version's days.
    const QDate end = to.isValid() ? to : QDate(9999, 12, 31);
    for (const Procedure& o : versions) {
        if (o.version == number || o.isDraft())
            continue;
        const QDate oEnd = o.effectiveTo.isValid() ? o.effectiveTo : QDate(9999, 12, 31);
        if (oEnd < o.effectiveFrom)
            continue; // replaced before it took effect: in force on no day
        if (o.effectiveFrom <= end && v->effectiveFrom <= oEnd) {
            problems << problem("procedure.overlap",
                                QStringLiteral("version %1 is in force from %2")
                                    .arg(o.version)
                                    .arg(o.effectiveFrom.toString(Qt::ISODate)),
                                path);
            break;
        }
    }
    return problems;
}

QList<Error> ProcedureVersions::correctionProblems(const QList<Procedure>& versions, int number,
                                                   const Procedure& corrected)
{
    const Procedure* v = numbered(versions, number);
    if (!v)
        return {problem("procedure.no_version", QStringLiteral("no version %1").arg(number))};
    if (v->isDraft())
        return {problem("procedure.is_draft",
                        QStringLiteral("a draft is changed as it is, not corrected"))};
    QList<Error> problems;
    if (corrected.nationalCode != v->nationalCode)
        problems << problem("catalogue.code_mismatch",
                            QStringLiteral("a correction keeps the national code"),
                            QStringLiteral("nationalCode"));
    if (corrected.agencyId != v->agencyId)
        problems << problem("catalogue.foreign_agency",
                            QStringLiteral("a procedure stays with its agency"),
                            QStringLiteral("agencyId"));
    problems << caseProblems(corrected);
    return problems;
}

QList<Procedure> ProcedureVersions::endedBy(const QList<Procedure>& versions, const QDate& from)
{
    QList<Procedure> out;
    const QDate end = from.addDays(-1);
    for (const Procedure& p : versions) {
        if (p.isDraft() || (p.effectiveTo.isValid() && p.effectiveTo <= end))
            continue;
        Procedure ended = p;
        ended.effectiveTo = end;
        out << ended;
    }
    return out;
}

bool ProcedureVersions::sameContent(const Procedure& a, Procedure b)
{
    b.version = a.version;
    b.effectiveFrom = a.effectiveFrom;
    b.effectiveTo = a.effectiveTo;
    return a == b;
}

} // namespace motcua
