#include "core/VnTime.h"

namespace motcua::vntime {

QDateTime toVietnam(const QDateTime& instant)
{
    return instant.toOffsetFromUtc(kOffsetSeconds);
}

QDate civilDate(const QDateTime& instant)
{
    return toVietnam(instant).date();
}

QTime civilTime(const QDateTime& instant)
{
    return toVietnam(instant).time();
}

QDateTime fromCivil(const QDate& date, const QTime& time)
{
    return QDateTime(date, time, Qt::OffsetFromUTC, kOffsetSeconds);
}

QDateTime now()
{
    return toVietnam(QDateTime::currentDateTimeUtc());
}

} // namespace motcua::vntime
