#include "api/FormController.h"

#include "api/Body.h"
#include "core/FileType.h"

#include <QJsonObject>

namespace motcua::server {

using Poco::Net::HTTPResponse;

void FormController::registerRoutes(Router& router)
{
    router.add("POST", "/api/v1/forms", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { upload(ctx); });
    router.add("GET", "/api/v1/forms/{sha256}", Access::staff(),
               [this](RequestContext& ctx) { download(ctx); });
}

void FormController::upload(RequestContext& ctx)
{
    const std::string name = ctx.query("name").value_or("");
    if (name.empty() || QString::fromStdString(name).size() > 200 ||
        name.find_first_of("/\\\0", 0, 3) != std::string::npos)
        throw ApiError::badRequest("form.bad_name",
                                   "name (the file name shown to people) must be 1–200 "
                                   "characters without slashes",
                                   "name");
    ctx.setMaxBodyBytes(m_maxBytes);
    const QByteArray& body = ctx.body();
    const std::string mime = sniffFormMimeType(body).toStdString();
    if (mime.empty())
        throw ApiError(HTTPResponse::HTTP_UNSUPPORTED_MEDIA_TYPE, "form.unsupported_type",
                       "a blank form is a PDF, an image (PNG, JPEG, TIFF) or a Word or "
                       "OpenDocument text file (by content, not by name)");
    const std::string bytes(body.constData(), std::size_t(body.size()));
    const Principal& p = ctx.principal();
    const std::string user = p.user.username.toStdString();
    const FormFileRepository::Info info = m_context.database.write([&](Poco::Data::Session& s) {
        const std::string sha = m_store.put(s, bytes);
        // The same bytes uploaded again keep their first name and row; the answer says so.
        if (auto known = m_context.forms.find(s, sha))
            return *known;
        FormFileRepository::Info added{sha, name, mime, static_cast<long long>(bytes.size())};
        m_context.forms.add(s, added, user);
        m_context.journal.record(
            s, {user, "form.upload", "form", sha, 0, 1, name, p.user.agencyId.toStdString()});
        return added;
    });
    ctx.sendJson(QJsonObject{{"sha256", QString::fromStdString(info.sha256)},
                             {"name", QString::fromStdString(info.name)},
                             {"mime", QString::fromStdString(info.mime)},
                             {"size", qint64(info.size)}},
                 HTTPResponse::HTTP_CREATED);
}

void FormController::download(RequestContext& ctx)
{
    const std::string sha = ctx.params.at("sha256");
    const auto info = m_context.database.read(
        [&](Poco::Data::Session& s) { return m_context.forms.find(s, sha); });
    if (!info)
        throw ApiError::notFound("no blank form " + sha);
    const auto bytes = m_store.get(sha);
    if (!bytes || AttachmentStore::sha256(*bytes) != sha)
        throw std::runtime_error("blank form " + sha + " is missing or corrupt in storage");
    ctx.sendBytes(*bytes, info->mime);
}

} // namespace motcua::server
