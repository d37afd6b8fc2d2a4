#include "core/VnTime.h"

#include <atomic>

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

namespace {

// Milliseconds added to the real clock; 0 for the real clock. Atomic: the server's request
// threads read it while the test that set it goes on.
std::atomic<qint64> g_offsetMs{0};
std::atomic<bool> g_set{false};

} // namespace

QDateTime now()
{
    const QDateTime real = QDateTime::currentDateTimeUtc();
    return toVietnam(g_set.load() ? real.addMSecs(g_offsetMs.load()) : real);
}

void setClockForTesting(const QDateTime& start)
{
    if (!start.isValid()) {
        g_set.store(false);
        g_offsetMs.store(0);
        return;
    }
    g_offsetMs.store(QDateTime::currentDateTimeUtc().msecsTo(start));
    g_set.store(true);
}

bool clockSetForTesting()
{
    return g_set.load();
}

} // namespace motcua::vntime
