#pragma once

#include <QDate>
#include <QDateTime>

namespace motcua::test {

// Readable constructors for the fixed instants tests use (never the real clock).
QDate d(int y, int m, int day);
// Vietnam civil time y-m-d hh:mm → instant (+07:00).
QDateTime vn(int y, int m, int day, int hh = 0, int mm = 0);

} // namespace motcua::test
