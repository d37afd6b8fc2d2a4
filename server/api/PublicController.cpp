#include "api/PublicController.h"

#include "codec/JsonCodec.h"
#include "codec/JsonPrimitives.h"
#include "http/ApiError.h"

#include <Poco/Timestamp.h>

#include <QJsonObject>

namespace motcua::server {

using Poco::Net::HTTPResponse;

void PublicController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/public/dossiers/{code}", [this](RequestContext& ctx) { lookup(ctx); });
}

bool PublicController::allow(const std::string& address)
{
    const Poco::Int64 minute = Poco::Timestamp().epochMicroseconds() / 60000000;
    std::lock_guard lock(m_mutex);
    if (m_windows.size() > 100000) // bounded memory: forget past windows
        std::erase_if(m_windows, [&](const auto& e) { return e.second.minute != minute; });
    Window& w = m_windows[address];
    if (w.minute != minute)
        w = Window{minute, 0};
    return ++w.count <= m_perMinute;
}

void PublicController::lookup(RequestContext& ctx)
{
    if (!allow(ctx.request().clientAddress().host().toString())) {
        ApiError e(HTTPResponse::HTTP_TOO_MANY_REQUESTS, "public.rate_limited", "too many lookups; try again in a minute");
        e.retryAfterSeconds = 60;
        throw e;
    }
    const auto d = m_context.dossiers.find(ctx.params.at("code"));
    if (!d)
        throw ApiError::notFound("no dossier with this code");
    const WorkflowStep* step = d->workflow.step(d->currentStepId);
    ctx.sendJson(QJsonObject{
        {"code", d->code},
        {"procedureName", d->procedureName},
        {"status", name(d->status)},
        {"statusCode", nationalCode(d->status)},
        {"currentStep", step ? step->name : QString()},
        {"receivedAt", codec::dateTimeToJson(d->receivedAt)},
        {"appointmentAt", codec::dateTimeToJson(d->appointmentAt)},
        {"resultReady", d->status == DossierStatus::Finished},
        {"returned", d->status == DossierStatus::Returned},
    });
}

} // namespace motcua::server
