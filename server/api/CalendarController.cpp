#include "api/CalendarController.h"

#include "api/Body.h"
#include "core/VnTime.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::server {

void CalendarController::registerRoutes(Router& router)
{
    // Public: the working calendar is what every citizen may know (and the kiosk shows).
    router.add("GET", "/api/v1/calendar", Access::anyone(),
               [this](RequestContext& ctx) { get(ctx); });
    // One calendar for the province (holidays are national): any administrator keeps it.
    router.add("PUT", "/api/v1/calendar", Access::roles({Role::Administrator}),
               [this](RequestContext& ctx) { put(ctx); });
}

void CalendarController::get(RequestContext& ctx)
{
    // Public information (the kiosk and the web show working days too): no login needed.
    const int year = static_cast<int>(
        ctx.queryInt("year", WorkingCalendar::kFirstYear, WorkingCalendar::kLastYear)
            .value_or(vntime::civilDate(vntime::now()).year()));
    const auto snapshot = m_context.calendars.current();
    const auto days = snapshot.calendar->nonWorkingDays(year);
    if (!days)
        throw fromDomain(days.error());
    QJsonArray list;
    for (const DayInfo& d : *days)
        list.append(QJsonObject{
            {"date", d.date.toString(Qt::ISODate)}, {"reason", d.reason}, {"label", d.label}});
    QJsonObject body = codec::toJson(snapshot.calendar->settings()).toObject();
    body.insert("year", year);
    body.insert("version", qint64(snapshot.version));
    body.insert("nonWorkingDays", list);
    ctx.sendJson(body);
}

void CalendarController::put(RequestContext& ctx)
{
    const Principal& p = ctx.principal();
    const CalendarSettings settings = decodeBody<CalendarSettings>(ctx);
    if (auto v = WorkingCalendar::validate(settings); !v)
        throw fromDomain(v.error(), Poco::Net::HTTPResponse::HTTP_UNPROCESSABLE_ENTITY);
    const Poco::Int64 version = m_context.database.write([&](Poco::Data::Session& s) {
        const Poco::Int64 before = m_context.settings.calendarVersion(s);
        m_context.settings.saveCalendar(s, settings, before + 1);
        m_context.journal.record(s, {p.user.username.toStdString(), "calendar.update", "calendar",
                                     "calendar", before, before + 1, "", ""});
        return before + 1;
    });
    QJsonObject body = codec::toJson(settings).toObject();
    body.insert("version", qint64(version));
    ctx.sendJson(body);
}

} // namespace motcua::server
