#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>

namespace motcua::vntime {

// Every civil date and time MotCua shows, prints or reasons about (receipt time, appointment,
// the date in a dossier code, deadlines) is Vietnam time: UTC+7, no daylight saving, whatever the
// machine's own time zone is. Instants are QDateTime values; these helpers pin the civil view.
inline constexpr int kOffsetSeconds = 7 * 3600;

// The same instant expressed with a fixed +07:00 offset.
QDateTime toVietnam(const QDateTime& instant);

// The civil date and time of an instant in Vietnam.
QDate civilDate(const QDateTime& instant);
QTime civilTime(const QDateTime& instant);

// The instant at which the Vietnamese civil clock shows `date` `time`.
QDateTime fromCivil(const QDate& date, const QTime& time);

// Now, as an instant carrying the +07:00 offset.
QDateTime now();

// For tests and demonstrations only: from this call on, now() shows `start` and runs on at the
// real pace (an invalid `start` brings the real clock back). A test then sees a fixed day — the
// evening before a version takes effect, the seconds before midnight — however the machine's
// clock reads. motcua-server sets it from its setting motcua.testing.now and says so in its log;
// nothing else about time (tokens, the audit log's instants) follows it.
void setClockForTesting(const QDateTime& start);
bool clockSetForTesting();

} // namespace motcua::vntime
