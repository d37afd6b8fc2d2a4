#pragma once

#include "calendar/CalendarSettings.h"
#include "core/Error.h"
#include "domain/Procedure.h"

#include <QDate>
#include <QList>

namespace motcua {

// The rules of a procedure's versions (docs/DOMAIN-RULES.md, "Versions of a procedure"), shared
// by the server, which enforces them, and the client, which shows them before asking.
// `versions` are all the versions of one procedure, in any order.
class ProcedureVersions {
public:
    // The version in force on `day`, or nullptr.
    static const Procedure* inForce(const QList<Procedure>& versions, const QDate& day);

    // The newest version of any state, or nullptr when there is none.
    static const Procedure* newest(const QList<Procedure>& versions);

    // Every reason why version `number` may not be published to take effect on `from` when today
    // is `today`; empty when it may. Codes: procedure.no_version, procedure.not_draft,
    // procedure.effective_missing, procedure.effective_in_past,
    // procedure.effective_before_previous, and those of caseProblems().
    static QList<Error> publishProblems(const QList<Procedure>& versions, int number,
                                        const QDate& from, const QDate& today);

    // What makes `p` no procedure at all, even as a draft: a national code that is not digits
    // in dotted groups ("1.001612"), no name, a paper's blank form that is not a SHA-256 in
    // lower-case hex or has no file name (1–200 characters, no slashes). Codes:
    // catalogue.code_invalid, catalogue.name_required, procedure.form_invalid.
    static QList<Error> draftProblems(const Procedure& p);

    // The blank forms the papers of `p` name: the path of each reference ("components[j]" or
    // "cases[i].components[j]", then ".formSha256") and the SHA-256 it names.
    struct FormReference {
        QString path;
        QString sha256;
    };
    static QList<FormReference> formReferences(const Procedure& p);

    // What is wrong with the cases of `p` (or its top-level rules when it has none): a single
    // listed case, duplicate case ids or names, a case without a name, duplicate paper ids, a
    // channel time for in person or twice for a channel, and each process's own problems (path
    // "workflow..." or "cases[i].workflow..."). Codes: procedure.single_case,
    // procedure.case_id_duplicate, procedure.case_name_required, procedure.case_name_duplicate,
    // procedure.component_id_duplicate, procedure.channel_time_invalid.
    static QList<Error> caseProblems(const Procedure& p);

    // What an administrator confirms before publishing `p`: each way through a case's process
    // whose steps allow more than the case's shortest statutory time over its channels
    // (workflow.path_exceeds_statutory, path "workflow" or "cases[i].workflow"), a working day
    // counting as long as the longest day of `calendar`.
    static QList<Error> timeWarnings(const Procedure& p, const CalendarSettings& calendar);
    // The working minutes of the calendar's longest day (450 for 7:30–11:30 and 13:30–17:00):
    // what a working day counts when step times in hours and days are added up.
    static int minutesPerDay(const CalendarSettings& calendar);

    // The published versions whose end day publishing from `from` moves to the day before `from`
    // (those in force on `from` or after), each with its new end day.
    static QList<Procedure> endedBy(const QList<Procedure>& versions, const QDate& from);

    // Every reason why published version `number` may not be given the end day `to` (null: no
    // end) when today is `today`: a version in force ends today at the earliest (dossiers were
    // received under it); one not yet in force may end the day before it starts (withdrawn);
    // published versions never overlap. Codes: procedure.no_version, procedure.is_draft,
    // procedure.end_too_early, procedure.overlap (path "effectiveTo").
    static QList<Error> endProblems(const QList<Procedure>& versions, int number, const QDate& to,
                                    const QDate& today);

    // A published version changed in place (an audited correction): the same procedure, agency
    // and days, and cases that pass caseProblems(). Codes: procedure.no_version,
    // procedure.is_draft, catalogue.code_mismatch, catalogue.foreign_agency, and caseProblems'.
    static QList<Error> correctionProblems(const QList<Procedure>& versions, int number,
                                           const Procedure& corrected);

    // True when `a` and `b` say the same to a dossier: everything but the version number and
    // the days.
    static bool sameContent(const Procedure& a, Procedure b);
};

} // namespace motcua
