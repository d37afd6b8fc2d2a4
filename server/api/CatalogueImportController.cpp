#include "api/CatalogueImportController.h"

#include "api/AccessPolicy.h"
#include "api/Body.h"
#include "catalogue/NationalRecord.h"
#include "catalogue/ProcedureDiff.h"
#include "catalogue/ProcedureVersions.h"

#include <QHash>
#include <QSet>

namespace motcua::server {

using Poco::Net::HTTPResponse;

namespace {

QJsonArray errorsJson(const QList<Error>& errors)
{
    QJsonArray out;
    for (const Error& e : errors)
        out.append(QJsonObject{{"code", e.code}, {"field", e.path}, {"detail", e.message}});
    return out;
}

QJsonArray changesJson(const QList<ProcedureChange>& changes)
{
    QJsonArray out;
    for (const ProcedureChange& c : changes)
        out.append(QJsonObject{{"what", c.what},
                               {"caseName", c.caseName},
                               {"item", c.item},
                               {"before", c.before},
                               {"after", c.after}});
    return out;
}

// The version an import is compared with and builds on: the draft, else the newest published
// version (one scheduled for a later day included: the latest word on the procedure).
const Procedure* base(const QList<Procedure>& versions)
{
    const Procedure* newest = nullptr;
    for (const Procedure& p : versions) {
        if (p.isDraft())
            return &p;
        if (!newest || p.version > newest->version)
            newest = &p;
    }
    return newest;
}

// Each imported case takes the process of the case of the same name in `before`, else of the
// case at the same place, else of the first case (a procedure without cases: its own); the
// record has none to give.
void keepProcesses(Procedure& imported, const Procedure& before)
{
    const QList<ProcedureCase> old = before.caseList();
    auto processOf = [&](const QString& name, qsizetype index) {
        for (const ProcedureCase& c : old) {
            if (c.name == name)
                return c.workflow;
        }
        return old.value(index, old.first()).workflow;
    };
    if (imported.cases.isEmpty()) {
        imported.workflow = processOf(QString(), 0);
        return;
    }
    for (qsizetype i = 0; i < imported.cases.size(); ++i)
        imported.cases[i].workflow = processOf(imported.cases[i].name, i);
    imported.mirrorFirstCase();
}

// The record names a paper's blank form and where the national database keeps it, but this
// server cannot fetch it: a form an administrator uploaded for a paper of the same name in
// `before` stays with the paper.
void keepForms(Procedure& imported, const Procedure& before)
{
    QHash<QString, ComponentRequirement> withForm;
    for (const ProcedureCase& c : before.caseList()) {
        for (const ComponentRequirement& r : c.components) {
            if (!r.formSha256.isEmpty())
                withForm.insert(r.name, r);
        }
    }
    auto keep = [&](QList<ComponentRequirement>& papers) {
        for (ComponentRequirement& r : papers) {
            if (const auto it = withForm.constFind(r.name); it != withForm.cend()) {
                r.formSha256 = it->formSha256;
                r.formName = it->formName;
            }
        }
    };
    if (imported.cases.isEmpty()) {
        keep(imported.components);
        return;
    }
    for (ProcedureCase& c : imported.cases)
        keep(c.components);
    imported.mirrorFirstCase();
}

} // namespace

void CatalogueImportController::registerRoutes(Router& router)
{
    router.add("POST", "/api/v1/catalogue/import", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { import(ctx); });
}

void CatalogueImportController::import(RequestContext& ctx)
{
    ctx.setMaxBodyBytes(std::size_t(64) << 20); // a whole province's records in one file
    // The body is read before anything is refused: an answer sent while the client still
    // writes its body resets the connection instead of reaching it.
    auto json = codec::parseJson(ctx.body());
    const std::string dry = ctx.query("dryRun").value_or("true");
    if (dry != "true" && dry != "false")
        throw ApiError::badRequest("bad_query", "dryRun is true or false", "dryRun");
    const bool apply = dry == "false";
    const QString agency = ctx.principal().user.agencyId;
    if (agency.isEmpty()) // a province-wide administrator: whose catalogue would it be?
        throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "catalogue.agency_required",
                       "records are imported into an agency's catalogue", "agencyId");
    if (!json)
        throw ApiError::badRequest(json.error().code.toStdString(),
                                   json.error().message.toStdString());
    QJsonArray records;
    if (json->isArray())
        records = json->toArray();
    else if (json->isObject())
        records.append(*json);
    else
        throw ApiError::badRequest("codec.wrong_type", "expected a record or an array of them");
    if (records.size() > 2000)
        throw ApiError::badRequest("import.too_many", "at most 2000 records at once");

    QSet<QString> known;
    for (const Field& f : m_context.catalogue.fields())
        known.insert(f.code);
    const std::string user = ctx.principal().user.username.toStdString();

    QJsonArray results;
    m_context.database.write([&](Poco::Data::Session& s) {
        for (qsizetype i = 0; i < records.size(); ++i) {
            QJsonObject result;
            const auto read = NationalRecord::read(records.at(i).toObject(), agency, known);
            if (!read) {
                result.insert("status", "refused");
                result.insert("index", int(i));
                result.insert("problems", errorsJson({read.error()}));
                results.append(result);
                continue;
            }
            Procedure imported = read->procedure;
            const std::string code = imported.nationalCode.toStdString();
            result.insert("nationalCode", imported.nationalCode);
            result.insert("name", imported.name);
            result.insert("notes", errorsJson(read->notes));
            if (const QList<Error> bad = ProcedureVersions::draftProblems(imported);
                !bad.isEmpty()) {
                result.insert("status", "refused");
                result.insert("problems", errorsJson(bad));
                results.append(result);
                continue;
            }
            const auto owner = m_context.catalogue.owner(s, code);
            if (owner && !AccessPolicy::maySee(ctx.principal(), *owner)) {
                result.insert("status", "refused"); // codes are national: another agency's
                result.insert("problems",
                              errorsJson({Error{QStringLiteral("catalogue.procedure_exists"),
                                                QStringLiteral("another agency has it"),
                                                QStringLiteral("MATTHC")}}));
                results.append(result);
                continue;
            }
            const QList<Procedure> versions = m_context.catalogue.versions(s, code);
            const Procedure* before = base(versions);
            if (before) {
                // The local code, the service level and the processes are ours, not the
                // record's (it has no level, and its steps are prose).
                imported.localCode = before->localCode;
                imported.serviceLevel = before->serviceLevel;
                keepProcesses(imported, *before);
                keepForms(imported, *before);
                if (imported.fieldCode.isEmpty())
                    imported.fieldCode = before->fieldCode;
            }
            const QList<ProcedureChange> changes =
                before ? ProcedureDiff::between(*before, imported) : QList<ProcedureChange>{};
            const QString status = !before             ? QStringLiteral("new")
                                   : changes.isEmpty() ? QStringLiteral("unchanged")
                                                       : QStringLiteral("changed");
            result.insert("status", status);
            result.insert("changes", changesJson(changes));
            if (apply && status != QLatin1String("unchanged")) {
                if (before && before->isDraft()) {
                    imported.version = before->version;
                    m_context.catalogue.replaceDraft(s, imported);
                } else {
                    imported.version = m_context.catalogue.addDraft(s, imported);
                }
                m_context.journal.record(s, {user, "procedure.import", "procedure", code,
                                             before ? before->version : 0, imported.version,
                                             "national database", agency.toStdString()});
                result.insert("version", imported.version);
            }
            results.append(result);
        }
        return 0;
    });
    ctx.sendJson(QJsonObject{{"dryRun", !apply}, {"results", results}});
}

} // namespace motcua::server
