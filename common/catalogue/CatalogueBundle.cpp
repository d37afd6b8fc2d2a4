#include "catalogue/CatalogueBundle.h"

#include "catalogue/ProcedureVersions.h"

#include <algorithm>

namespace motcua {
namespace {

Error problem(const char* code, const QString& message, const QString& path)
{
    return Error{QString::fromLatin1(code), message, path};
}

const Procedure* numbered(const QList<Procedure>& versions, int number)
{
    for (const Procedure& p : versions) {
        if (p.version == number)
            return &p;
    }
    return nullptr;
}

} // namespace

BundlePlan CatalogueBundle::plan(const QList<Procedure>& here, QList<Procedure> incoming)
{
    BundlePlan out;
    std::sort(incoming.begin(), incoming.end(),
              [](const Procedure& a, const Procedure& b) { return a.version < b.version; });
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const QString at = QStringLiteral("versions[%1]").arg(i);
        const Procedure& v = incoming.at(i);
        if (v.version != i + 1)
            out.problems << problem(
                "bundle.version_gap",
                QStringLiteral("versions run 1, 2, …; %1 is out of place").arg(v.version),
                at + QStringLiteral(".version"));
        if (v.isDraft() && i + 1 != incoming.size())
            out.problems << problem("bundle.draft_not_last",
                                    QStringLiteral("only the newest version may be a draft"),
                                    at + QStringLiteral(".effectiveFrom"));
        for (const Error& e : ProcedureVersions::draftProblems(v))
            out.problems << Error{e.code, e.message, at + QLatin1Char('.') + e.path};
        if (!v.isDraft())
            for (const Error& e : ProcedureVersions::caseProblems(v))
                out.problems << Error{e.code, e.message, at + QLatin1Char('.') + e.path};
        if (i > 0 && v.nationalCode != incoming.first().nationalCode)
            out.problems << problem("catalogue.code_mismatch",
                                    QStringLiteral("every version is of one procedure"),
                                    at + QStringLiteral(".nationalCode"));
    }
    if (incoming.isEmpty())
        out.problems << problem("bundle.no_version", QStringLiteral("a procedure without versions"),
                                QStringLiteral("versions"));
    if (!out.problems.isEmpty()) {
        out.status = BundlePlan::Status::Refused;
        return out;
    }

    int newestHere = 0;
    for (const Procedure& p : here)
        newestHere = std::max(newestHere, p.version);
    QList<Procedure> result = here;
    for (qsizetype i = 0; i < incoming.size(); ++i) {
        const Procedure& v = incoming.at(i);
        const QString at = QStringLiteral("versions[%1]").arg(i);
        if (v.version > newestHere) {
            out.add << v;
            result << v;
            continue;
        }
        const Procedure* mine = numbered(here, v.version);
        if (!mine || !ProcedureVersions::sameContent(*mine, v) || mine->isDraft() != v.isDraft() ||
            mine->effectiveFrom != v.effectiveFrom) {
            out.problems << problem(
                "bundle.version_differs",
                QStringLiteral("version %1 here is not the bundle's: the two catalogues went "
                               "separate ways")
                    .arg(v.version),
                at);
            continue;
        }
        if (!v.isDraft() && mine->effectiveTo != v.effectiveTo) {
            out.redate << v;
            for (Procedure& r : result) {
                if (r.version == v.version)
                    r.effectiveTo = v.effectiveTo;
            }
        }
    }
    // Published versions of the result never overlap.
    for (const Procedure& p : result) {
        if (p.isDraft() || (p.effectiveTo.isValid() && p.effectiveTo < p.effectiveFrom))
            continue;
        const QList<Error> overlap =
            ProcedureVersions::endProblems(result, p.version, p.effectiveTo, p.effectiveFrom);
        for (const Error& e : overlap) {
            if (e.code == QLatin1String("procedure.overlap"))
                out.problems << Error{
                    e.code, e.message,
                    QStringLiteral("versions[%1].effectiveTo").arg(p.version - 1)};
        }
    }
    if (!out.problems.isEmpty()) {
        out.status = BundlePlan::Status::Refused;
        out.add.clear();
        out.redate.clear();
        return out;
    }
    out.status = here.isEmpty()                              ? BundlePlan::Status::New
                 : out.add.isEmpty() && out.redate.isEmpty() ? BundlePlan::Status::Unchanged
                                                             : BundlePlan::Status::Changed;
    return out;
}

} // namespace motcua
