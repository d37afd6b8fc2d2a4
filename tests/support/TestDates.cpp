#include "TestDates.h"

#include "core/VnTime.h"

namespace motcua::test {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

QDateTime vn(int y, int m, int day, int hh, int mm)
{
    return vntime::fromCivil(QDate(y, m, day), QTime(hh, mm));
}

} // namespace motcua::test
