#include "api/CatalogueBundleController.h"

#include "api/AccessPolicy.h"
#include "api/Body.h"
#include "catalogue/CatalogueBundle.h"
#include "catalogue/ProcedureVersions.h"
#include "core/FileType.h"
#include "core/VnTime.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>

namespace motcua::server {

using Poco::Net::HTTPResponse;

namespace {

constexpr const char* kFormat = "motcua-catalogue";

QJsonArray errorsJson(const QList<Error>& errors)
{
    QJsonArray out;
    for (const Error& e : errors)
        out.append(QJsonObject{{"code", e.code}, {"field", e.path}, {"detail", e.message}});
    return out;
}

QString statusName(BundlePlan::Status s)
{
    switch (s) {
    case BundlePlan::Status::New:
        return QStringLiteral("new");
    case BundlePlan::Status::Changed:
        return QStringLiteral("changed");
    case BundlePlan::Status::Unchanged:
        return QStringLiteral("unchanged");
    case BundlePlan::Status::Refused:
        return QStringLiteral("refused");
    }
    return {};
}

// The versions a change adds or re-dates, as the import preview lists changes.
QJsonArray changesJson(const BundlePlan& plan)
{
    QJsonArray out;
    for (const Procedure& p : plan.add)
        out.append(QJsonObject{{"what", "version"},
                               {"caseName", ""},
                               {"item", QString::number(p.version)},
                               {"before", ""},
                               {"after", p.isDraft() ? QStringLiteral("draft")
                                                     : p.effectiveFrom.toString(Qt::ISODate)}});
    for (const Procedure& p : plan.redate)
        out.append(QJsonObject{{"what", "effectiveTo"},
                               {"caseName", ""},
                               {"item", QString::number(p.version)},
                               {"before", ""},
                               {"after", p.effectiveTo.toString(Qt::ISODate)}});
    return out;
}

// A blank form carried by a document: its bytes, checked against the hash that names it.
struct CarriedForm {
    FormFileRepository::Info info;
    std::string bytes;
};

QHash<QString, CarriedForm> carriedForms(const QJsonArray& forms)
{
    QHash<QString, CarriedForm> out;
    for (qsizetype i = 0; i < forms.size(); ++i) {
        const QJsonObject f = forms.at(i).toObject();
        const QByteArray data =
            QByteArray::fromBase64(f.value(QLatin1String("data")).toString().toLatin1(),
                                   QByteArray::AbortOnBase64DecodingErrors);
        const std::string bytes(data.constData(), std::size_t(data.size()));
        const QString sha = f.value(QLatin1String("sha256")).toString();
        const QString name = f.value(QLatin1String("name")).toString();
        const QString mime = sniffFormMimeType(data);
        const std::string at = QStringLiteral("forms[%1]").arg(i).toStdString();
        if (data.isEmpty() || AttachmentStore::sha256(bytes) != sha.toStdString())
            throw ApiError::badRequest("bundle.bad_form",
                                       "the form's data is not base64 of the file its sha256 names",
                                       at);
        if (mime.isEmpty() || name.isEmpty() || name.size() > 200 || name.contains(u'/') ||
            name.contains(u'\\'))
            throw ApiError::badRequest("bundle.bad_form",
                                       "a form is a PDF, image, Word or OpenDocument file with a "
                                       "name of 1–200 characters without slashes",
                                       at);
        out.insert(sha, CarriedForm{{sha.toStdString(), name.toStdString(), mime.toStdString(),
                                     static_cast<long long>(bytes.size())},
                                    bytes});
    }
    return out;
}

} // namespace

void CatalogueBundleController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/catalogue/export", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { exportBundle(ctx); });
    router.add("POST", "/api/v1/catalogue/import-bundle", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { importBundle(ctx); });
}

void CatalogueBundleController::exportBundle(RequestContext& ctx)
{
    QMap<QString, QJsonArray> versions; // by national code, in code order
    QSet<QString> named;                // the blank forms the exported papers name
    for (const Procedure& p : m_context.catalogue.allVersions()) {
        if (!AccessPolicy::maySee(ctx.principal(), p.agencyId))
            continue;
        versions[p.nationalCode].append(codec::toJson(p));
        for (const ProcedureVersions::FormReference& r : ProcedureVersions::formReferences(p))
            named.insert(r.sha256);
    }
    QStringList shas(named.cbegin(), named.cend());
    shas.sort();
    QJsonArray forms;
    for (const QString& sha : std::as_const(shas)) {
        const std::string key = sha.toStdString();
        const auto info = m_context.database.read(
            [&](Poco::Data::Session& s) { return m_context.forms.find(s, key); });
        const auto bytes = m_store.get(key);
        if (!info || !bytes)
            throw std::runtime_error("blank form " + key + " is missing in storage");
        forms.append(QJsonObject{
            {"sha256", sha},
            {"name", QString::fromStdString(info->name)},
            {"mime", QString::fromStdString(info->mime)},
            {"data",
             QString::fromLatin1(QByteArray(bytes->data(), qsizetype(bytes->size())).toBase64())}});
    }
    QJsonArray procedures;
    for (auto it = versions.cbegin(); it != versions.cend(); ++it)
        procedures.append(QJsonObject{{"nationalCode", it.key()}, {"versions", it.value()}});
    QJsonArray fields;
    for (const Field& f : m_context.catalogue.fields())
        fields.append(codec::toJson(f));
    ctx.sendJson(QJsonObject{{"format", kFormat},
                             {"formatVersion", 1},
                             {"exportedAt", vntime::now().toString(Qt::ISODateWithMs)},
                             {"agencyId", ctx.principal().user.agencyId},
                             {"fields", fields},
                             {"procedures", procedures},
                             {"forms", forms}});
}

void CatalogueBundleController::importBundle(RequestContext& ctx)
{
    ctx.setMaxBodyBytes(m_maxImportBytes);          // a province's catalogue with its forms
    const auto json = codec::parseJson(ctx.body()); // the body first (see the national import)
    const std::string dry = ctx.query("dryRun").value_or("true");
    if (dry != "true" && dry != "false")
        throw ApiError::badRequest("bad_query", "dryRun is true or false", "dryRun");
    const bool apply = dry == "false";
    if (!json)
        throw ApiError::badRequest(json.error().code.toStdString(),
                                   json.error().message.toStdString());
    const QJsonObject bundle = json->toObject();
    if (bundle.value(QLatin1String("format")).toString() != QLatin1String(kFormat) ||
        bundle.value(QLatin1String("formatVersion")).toInt() != 1)
        throw ApiError::badRequest("bundle.format",
                                   "not a MotCua catalogue (format motcua-catalogue, version 1)",
                                   "format");
    const QJsonArray procedures = bundle.value(QLatin1String("procedures")).toArray();
    const QJsonArray fields = bundle.value(QLatin1String("fields")).toArray();
    if (procedures.size() > 5000)
        throw ApiError::badRequest("import.too_many", "at most 5000 procedures at once");
    const QHash<QString, CarriedForm> carried =
        carriedForms(bundle.value(QLatin1String("forms")).toArray());

    const Principal& who = ctx.principal();
    const std::string user = who.user.username.toStdString();
    // Read before the write transaction: no second session is taken while it holds one.
    QHash<QString, Field> known;
    for (const Field& f : m_context.catalogue.fields())
        known.insert(f.code, f);
    QSet<QString> agencies;
    for (const Agency& a : m_context.catalogue.agencies())
        agencies.insert(a.id);

    QJsonArray results;
    QJsonArray fieldResults;
    m_context.database.write([&](Poco::Data::Session& s) {
        if (apply) { // stored first: the versions below name them
            for (const CarriedForm& f : carried) {
                if (m_context.forms.find(s, f.info.sha256))
                    continue;
                m_store.put(s, f.bytes);
                m_context.forms.add(s, f.info, user);
                m_context.journal.record(s, {user, "form.import", "form", f.info.sha256, 0, 1,
                                             f.info.name, who.user.agencyId.toStdString()});
            }
        }
        for (qsizetype i = 0; i < fields.size(); ++i) {
            auto f = codec::fromJson<Field>(fields.at(i), QStringLiteral("fields[%1]").arg(i));
            if (!f)
                throw fromDomain(f.error(), HTTPResponse::HTTP_BAD_REQUEST);
            const auto here = known.constFind(f->code);
            // A field this server has is kept as it is here: its name is this server's word.
            const QString status = here == known.cend() ? QStringLiteral("new")
                                   : *here == *f        ? QStringLiteral("unchanged")
                                                        : QStringLiteral("kept");
            if (apply && status == QLatin1String("new"))
                m_context.catalogue.saveField(s, *f);
            fieldResults.append(QJsonObject{{"code", f->code}, {"status", status}});
        }
        for (qsizetype i = 0; i < procedures.size(); ++i) {
            const QJsonObject entry = procedures.at(i).toObject();
            const QString code = entry.value(QLatin1String("nationalCode")).toString();
            QJsonObject result{{"nationalCode", code}, {"index", int(i)}};
            QList<Procedure> incoming;
            QList<Error> problems;
            const QJsonArray versions = entry.value(QLatin1String("versions")).toArray();
            for (qsizetype j = 0; j < versions.size(); ++j) {
                auto p = codec::fromJson<Procedure>(versions.at(j),
                                                    QStringLiteral("versions[%1]").arg(j));
                if (p)
                    incoming << *p;
                else
                    problems << p.error();
            }
            if (!incoming.isEmpty())
                result.insert("name", incoming.constLast().name);
            for (qsizetype j = 0; j < incoming.size(); ++j) {
                for (const auto& r : ProcedureVersions::formReferences(incoming.at(j))) {
                    if (!carried.contains(r.sha256) &&
                        !m_context.forms.find(s, r.sha256.toStdString()))
                        problems << Error{
                            QStringLiteral("procedure.unknown_form"),
                            QStringLiteral("no blank form %1 here or in the file").arg(r.sha256),
                            QStringLiteral("versions[%1].").arg(j) + r.path};
                }
            }
            for (qsizetype j = 0; j < incoming.size(); ++j) {
                const QString agency = incoming.at(j).agencyId;
                const QString at = QStringLiteral("versions[%1].agencyId").arg(j);
                if (!AccessPolicy::maySee(who, agency))
                    problems << Error{
                        QStringLiteral("catalogue.foreign_agency"),
                        QStringLiteral("the procedure belongs to agency %1").arg(agency), at};
                else if (!agencies.contains(agency))
                    problems << Error{QStringLiteral("import.unknown_agency"),
                                      QStringLiteral("no agency %1 here").arg(agency), at};
            }
            const std::string key = code.toStdString();
            if (const auto owner = m_context.catalogue.owner(s, key);
                owner && !AccessPolicy::maySee(who, *owner))
                problems << Error{QStringLiteral("catalogue.procedure_exists"),
                                  QStringLiteral("another agency has it"),
                                  QStringLiteral("nationalCode")};
            const QList<Procedure> here = m_context.catalogue.versions(s, key);
            BundlePlan plan;
            if (problems.isEmpty())
                plan = CatalogueBundle::plan(here, incoming);
            else
                plan.status = BundlePlan::Status::Refused;
            problems << plan.problems;
            result.insert("status", statusName(plan.status));
            result.insert("problems", errorsJson(problems));
            result.insert("changes", changesJson(plan));
            result.insert("notes", QJsonArray{});
            if (apply && plan.status != BundlePlan::Status::Refused) {
                const std::string agency = incoming.constLast().agencyId.toStdString();
                for (const Procedure& p : plan.redate) {
                    m_context.catalogue.setDays(s, p);
                    m_context.journal.record(
                        s, {user, "procedure.import", "procedure", key, p.version, p.version,
                            "catalogue bundle: until " +
                                p.effectiveTo.toString(Qt::ISODate).toStdString(),
                            agency});
                }
                for (const Procedure& p : plan.add) {
                    const int number = m_context.catalogue.addDraft(s, p);
                    if (number != p.version) // planned from this transaction's versions
                        throw ApiError(HTTPResponse::HTTP_CONFLICT, "bundle.version_differs",
                                       "the procedure changed meanwhile", "nationalCode");
                    if (!p.isDraft())
                        m_context.catalogue.setDays(s, p);
                    m_context.journal.record(s, {user, "procedure.import", "procedure", key,
                                                 number - 1, number, "catalogue bundle",
                                                 p.agencyId.toStdString()});
                }
            }
            results.append(result);
        }
        return 0;
    });
    ctx.sendJson(QJsonObject{{"dryRun", !apply}, {"results", results}, {"fields", fieldResults}});
}

} // namespace motcua::server
