#include "api/AttachmentController.h"

#include "api/AccessPolicy.h"
#include "api/Body.h"
#include "codec/JsonPrimitives.h"
#include "core/VnTime.h"

#include <charconv>

#include <QJsonArray>
#include <QJsonObject>

using namespace Poco::Data::Keywords;

namespace motcua::server {

using Poco::Net::HTTPResponse;

namespace {

Dossier visibleDossier(ServerContext& context, const Principal& p, const std::string& code)
{
    const auto d = context.dossiers.find(code);
    if (!d)
        throw ApiError::notFound("no dossier " + code);
    AccessPolicy::requireDossier(p, *d);
    return *d;
}

} // namespace

void AttachmentController::registerRoutes(Router& router)
{
    router.add("POST", "/api/v1/dossiers/{code}/components/{componentId}/attachments",
               Access::roles({Role::Receptionist, Role::Specialist, Role::Leader}),
               [this](RequestContext& ctx) { upload(ctx); });
    router.add("GET", "/api/v1/dossiers/{code}/attachments", Access::staff(),
               [this](RequestContext& ctx) { list(ctx); });
    router.add("GET", "/api/v1/dossiers/{code}/attachments/{sha256}", Access::staff(),
               [this](RequestContext& ctx) { download(ctx); });
}

void AttachmentController::upload(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    const std::string code = ctx.params.at("code");
    int componentId = 0;
    const std::string& text = ctx.params.at("componentId");
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), componentId);
    if (ec != std::errc() || end != text.data() + text.size() || componentId < 0)
        throw ApiError::badRequest("attachment.bad_component",
                                   "componentId must be a number (0 = the result document)",
                                   "componentId");
    const std::string name = ctx.query("name").value_or("attachment");
    if (name.empty() || name.size() > 200 || name.find_first_of("/\\\0", 0, 3) != std::string::npos)
        throw ApiError::badRequest("attachment.bad_name",
                                   "name must be 1–200 characters without slashes", "name");
    visibleDossier(m_context, p, code); // before taking in megabytes for a dossier it may not see
    ctx.setMaxBodyBytes(m_maxBytes);
    const QByteArray& body = ctx.body();
    const std::string bytes(body.constData(), std::size_t(body.size()));
    const std::string mime = AttachmentStore::sniff(bytes);
    if (mime.empty())
        throw ApiError(HTTPResponse::HTTP_UNSUPPORTED_MEDIA_TYPE, "attachment.unsupported_type",
                       "only PDF, PNG, JPEG and TIFF files are accepted (by content, not by name)");

    const std::string user = p.user.username.toStdString();
    const QJsonObject reply = m_context.database.write([&](Poco::Data::Session& s) {
        auto d = m_context.dossiers.findForUpdate(s, code);
        if (!d)
            throw ApiError::notFound("no dossier " + code);
        // Component 0 is the result document (kết quả): the signed decision scanned or filed by
        // the officer, or a result received from another agency and recorded at the counter. It
        // belongs to no component, so nothing is marked digitised. Only once processing started.
        const bool result = componentId == AttachmentController::kResultComponent;
        if (result &&
            (d->status == DossierStatus::Registered || d->status == DossierStatus::NotAccepted))
            throw ApiError(HTTPResponse::HTTP_UNPROCESSABLE_ENTITY, "attachment.no_result_yet",
                           "a result document is recorded once the dossier is accepted",
                           "componentId");
        auto it =
            std::find_if(d->components.begin(), d->components.end(),
                         [&](const ReceivedComponent& c) { return c.componentId == componentId; });
        if (!result && it == d->components.end())
            throw ApiError(HTTPResponse::HTTP_NOT_FOUND, "attachment.unknown_component",
                           "the dossier has no component " + std::to_string(componentId),
                           "componentId");
        const std::string sha = m_store.put(s, bytes);
        const Poco::Int64 at = vntime::now().toMSecsSinceEpoch();
        const Poco::Int64 size = Poco::Int64(bytes.size());
        s << m_context.database.sql(
            "INSERT INTO attachments (dossier_code, component_id, sha256, name, mime, size, "
            "uploaded_at, uploaded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (dossier_code, component_id, sha256) DO NOTHING"),
            bind(code), bind(componentId), bind(sha), bind(name), bind(mime), bind(size), bind(at),
            bind(user), now;
        if (result) // the change feed tells workstations that the dossier's files changed
            m_context.journal.record(s, {user, "dossier.attachResult", "dossier", code, d->version,
                                         d->version, sha, d->agencyId.toStdString()});
        if (!result && !it->digitised) {
            const Poco::Int64 before = d->version;
            it->digitised = true;
            ++d->version;
            m_context.dossiers.update(s, *d, before);
            m_context.journal.record(s, {user, "dossier.attach", "dossier", code, before,
                                         d->version, std::to_string(componentId) + " " + sha,
                                         d->agencyId.toStdString()});
        }
        return QJsonObject{{"sha256", QString::fromStdString(sha)},
                           {"componentId", componentId},
                           {"name", QString::fromStdString(name)},
                           {"mime", QString::fromStdString(mime)},
                           {"size", qint64(size)},
                           {"uploadedBy", QString::fromStdString(user)},
                           {"dossierVersion", qint64(d->version)}};
    });
    ctx.sendJson(reply, HTTPResponse::HTTP_CREATED);
}

void AttachmentController::list(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    const std::string code = ctx.params.at("code");
    visibleDossier(m_context, p, code);
    std::vector<int> component;
    std::vector<std::string> sha, name, mime, by;
    std::vector<Poco::Int64> size, at;
    auto& db = m_context.database;
    db.read([&](Poco::Data::Session& s) {
        s << db.sql("SELECT component_id, sha256, name, mime, size, uploaded_at, uploaded_by FROM "
                    "attachments "
                    "WHERE dossier_code = ? ORDER BY uploaded_at, sha256"),
            into(component), into(sha), into(name), into(mime), into(size), into(at), into(by),
            bind(code), now;
    });
    QJsonArray out;
    for (std::size_t i = 0; i < sha.size(); ++i) {
        out.append(QJsonObject{
            {"componentId", component[i]},
            {"sha256", QString::fromStdString(sha[i])},
            {"name", QString::fromStdString(name[i])},
            {"mime", QString::fromStdString(mime[i])},
            {"size", qint64(size[i])},
            {"uploadedAt", codec::dateTimeToJson(QDateTime::fromMSecsSinceEpoch(at[i], Qt::UTC))},
            {"uploadedBy", QString::fromStdString(by[i])}});
    }
    ctx.sendJson(out);
}

void AttachmentController::download(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    const std::string code = ctx.params.at("code"), sha = ctx.params.at("sha256");
    visibleDossier(m_context, p, code);
    std::vector<std::string> mime;
    auto& db = m_context.database;
    db.read([&](Poco::Data::Session& s) {
        s << db.sql("SELECT mime FROM attachments WHERE dossier_code = ? AND sha256 = ? LIMIT 1"),
            into(mime), bind(code), bind(sha), now;
    });
    if (mime.empty())
        throw ApiError::notFound("no such attachment on dossier " + code);
    const auto bytes = m_store.get(sha);
    if (!bytes || AttachmentStore::sha256(*bytes) != sha)
        throw std::runtime_error("attachment " + sha + " is missing or corrupt in storage");
    ctx.sendBytes(*bytes, mime.front());
}

} // namespace motcua::server
