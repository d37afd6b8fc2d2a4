#include "api/CalendarController.h"

#include "codec/JsonCodec.h"
#include "core/VnTime.h"
#include "http/ApiError.h"

#include <QJsonArray>
#include <QJsonObject>

namespace motcua::server {

CalendarController::CalendarController(const WorkingCalendar& calendar)
    : m_calendar(calendar)
{
}

void CalendarController::registerRoutes(Router& router)
{
    router.add("GET", "/api/v1/calendar", [this](RequestContext& ctx) { get(ctx); });
}

void CalendarController::get(RequestContext& ctx) const
{
    const int year = static_cast<int>(ctx.queryInt("year", WorkingCalendar::kFirstYear, WorkingCalendar::kLastYear)
                                          .value_or(vntime::civilDate(vntime::now()).year()));
    const auto days = m_calendar.nonWorkingDays(year);
    if (!days)
        throw ApiError::badRequest(days.error().code.toStdString(), days.error().message.toStdString(), "year");
    QJsonArray list;
    for (const DayInfo& d : *days) {
        list.append(QJsonObject{{"date", d.date.toString(Qt::ISODate)},
                                {"reason", d.reason},
                                {"label", d.label}});
    }
    QJsonObject body = codec::toJson(m_calendar.settings()).toObject();
    body.insert("year", year);
    body.insert("nonWorkingDays", list);
    ctx.sendJson(body);
}

} // namespace motcua::server
